import assert from 'node:assert/strict';
import { test } from 'node:test';
import { memoryIndex } from '../../helpers/corpus';
import { checkRule, type RuleCase } from '../../helpers/rules';

const corpus = memoryIndex([]);

// The report's own date line: 25/8/2023.
const H = 'Hà Tĩnh, ngày 25 tháng 8 năm 2023\n\n';

const cases: (RuleCase & { severity?: string })[] = [
  // A recurring day is no event (fifth outside probe: a Front report of September on the Ngày Hội
  // held "thường niên vào ngày 18/11 hàng năm").
  { text: `${H}Ngày Hội đại đoàn kết toàn dân tộc được tổ chức thường niên vào ngày 18/11 hàng năm.` },
  { text: `${H}Hội nghị được tổ chức định kỳ vào ngày 20/12.` },
  // Done, dated after the report.
  { text: `${H}Ngày ⟦05/9/2023⟧, Ban Thường vụ Tỉnh ủy đã tổ chức hội nghị sơ kết.`, messages: ['"đã tổ chức"'], severity: 'warning' },
  { text: `${H}Sáng ngày ⟦5/9/2023⟧, tại Hà Nội, Ban Dân vận đã long trọng tổ chức lễ kỷ niệm.` },
  { text: `${H}Hội nghị đã được tổ chức vào ngày ⟦10/10/2023⟧ tại Hà Tĩnh.`, messages: ['"đã được tổ chức"'] },
  { text: `${H}Hội nghị tổng kết được tổ chức vào ngày ⟦20/9/2023⟧.` },
  { text: `${H}Ngày ⟦1/9/2023⟧, hai bên vừa ký kết quy chế phối hợp.` },
  { text: `${H}Tỉnh ủy đã ban hành ngày ⟦30 tháng 8 năm 2023⟧ văn bản chỉ đạo.` },
  { text: `${H}Đại hội đã diễn ra từ ngày ⟦3/9/2023⟧ đến ngày 5/9/2023.` },
  { text: `${H}Đại hội đã diễn ra vào ngày ⟦3/9/2023⟧ - 5/9/2023.` },
  // A news lead "(PLVN) - Ngày …" is no range.
  { text: `${H}(PLVN) - Ngày ⟦5/9/2023⟧, Tỉnh ủy đã tổ chức hội nghị.` },
  // A day and month without a year takes the report's year when that is the nearer reading.
  { text: `${H}Sáng ⟦15/9⟧, Ban Dân vận đã tổ chức tọa đàm.`, messages: ['hiểu là năm 2023'] },
  // No date line: judged against today, and only as information.
  { text: 'Ngày ⟦05/12/2026⟧, Tỉnh ủy đã tổ chức hội nghị.', today: '2026-11-23', messages: ['hôm nay 23/11/2026'], severity: 'information' },
  // A day without its year, with no date line: today says nothing of the text's year (eighth outside
  // probe: "đã diễn ra chiều 15/12" in a review of 2025, read on 1/12/2026).
  { text: 'Hội nghị tổng kết năm đã diễn ra chiều 15/12 tại hội trường.', today: '2026-12-01' },
  // A date line configured in the options counts as the report's date.
  { text: 'Ngày ⟦05/9/2023⟧, Tỉnh ủy đã tổ chức hội nghị.', options: { reportDate: '2023-08-25' }, severity: 'warning' },

  // Not flagged: before the report, or the report's own date.
  { text: `${H}Ngày 05/8/2023, Tỉnh ủy đã tổ chức hội nghị.` },
  { text: `${H}Ngày 25/8/2023, Tỉnh ủy đã tổ chức hội nghị.` },
  // Plans and forecasts.
  { text: `${H}Dự kiến ngày 15/9/2023 sẽ tổ chức hội nghị tổng kết.` },
  { text: `${H}Ngày 15/9/2023, Tỉnh ủy sẽ tổ chức hội nghị tổng kết.` },
  { text: `${H}Theo kế hoạch, ngày 15/9/2023 được tổ chức hội nghị tổng kết.` },
  { text: `${H}Phấn đấu đến ngày 31/12/2023 đã tổ chức xong đại hội chi bộ.` },
  { text: `${H}Trong thời gian tới, ngày 15/9/2023 được tổ chức hội nghị.` },
  // The verb is not bound to the date: another intention lies between them.
  { text: `${H}Tỉnh ủy đã tổ chức hội nghị và thống nhất tổ chức Đại hội vào ngày 15/12/2023.` },
  { text: `${H}Ban Thường vụ đã họp, quyết định tổ chức Đại hội vào ngày 15/12/2023.` },
  { text: `${H}Ngày 15/10/2023 là ngày truyền thống công tác dân vận, các cấp đã tổ chức nhiều hoạt động.` },
  // Deadlines and ends of ranges.
  { text: `${H}Các chi bộ đã hoàn thành trước ngày 30/9/2023.` },
  { text: `${H}Đợt thi đua đã được phát động từ ngày 1/8/2023 đến ngày 31/12/2023.` },
  // No explicit done-marker: news narration "Ngày …, X tổ chức …" may as well be a plan.
  { text: `${H}Ngày 05/9/2023, Tỉnh ủy tổ chức hội nghị.` },
  // Another clause.
  { text: `${H}Ngày 05/9/2023 khai giảng năm học; Tỉnh ủy đã tổ chức hội nghị.` },
  // Dates of citations are document dates, not events.
  { text: `${H}Ban Thường vụ Tỉnh ủy đã ban hành Kế hoạch số 25-KH/TU ngày 10/9/2023 về công tác dân vận.` },
  // Quoted text.
  { text: `${H}Báo cáo ghi "ngày 05/9/2023 đã tổ chức hội nghị".` },
  // A day and month nearer to last year: "ngày 20/12" in a report of 5/1/2024 is December 2023.
  { text: 'Hà Tĩnh, ngày 05 tháng 01 năm 2024\n\nNgày 20/12, Tỉnh ủy đã tổ chức hội nghị tổng kết.' },
  // A bare "được …" in a forward-looking section, or in a plan, is future by design.
  { text: `${H}III. PHƯƠNG HƯỚNG, NHIỆM VỤ\nHội nghị tổng kết được tổ chức vào ngày 20/9/2023.\nIV. ĐỀ XUẤT\nKhông.` },
  { text: 'Hà Tĩnh, ngày 25 tháng 8 năm 2023\n\nKẾ HOẠCH\nTổ chức hội nghị tổng kết\n\nHội nghị được tổ chức vào ngày 20/9/2023.' },
  // … but "đã" is done even there.
  { text: `${H}III. PHƯƠNG HƯỚNG, NHIỆM VỤ\nNgày ⟦02/9/2023⟧, Tỉnh ủy đã tổ chức hội nghị.\nIV. ĐỀ XUẤT\nKhông.` },
  // Word's non-breaking spaces, CRLF and NFD text keep spans on the original.
  { text: 'Hà Tĩnh, ngày 25 tháng 8 năm 2023\r\n\r\nNgày\u00a0⟦05/9/2023⟧, Tỉnh ủy đã tổ chức hội nghị.'.normalize('NFD') },
];

for (const c of cases)
  test(`date-future: ${c.text.replace(/\r?\n/g, ' ⏎ ')}`, () => {
    const found = checkRule('date-future', corpus, c);
    if (c.severity) for (const f of found) assert.equal(f.severity, c.severity);
  });

test('date-future: messages are in both languages', () => {
  const [f] = checkRule('date-future', corpus, { text: `${H}Ngày ⟦05/9/2023⟧, Tỉnh ủy đã tổ chức hội nghị.` });
  assert.match(f!.message.vi, /sau ngày của báo cáo 25\/8\/2023/);
  assert.match(f!.message.en, /after the report's date 25\/8\/2023/);
});
