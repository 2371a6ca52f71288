import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import type { CorpusIndex } from '../../../server/src/core/index';
import { bundledIndex } from '../../helpers/corpus';
import { checkRule, runRule, type RuleCase } from '../../helpers/rules';

let corpus: CorpusIndex;
before(async () => {
  corpus = await bundledIndex();
});

// The text's own date line: 15/01/2020.
const H = 'Thanh Hóa, ngày 15 tháng 01 năm 2020\n\nQUYẾT ĐỊNH\n\n';

const cases: (RuleCase & { severity?: string })[] = [
  // The forty-seventh outside probe's slip: a decision of 15/01/2020 resting on one of 20/01/2020.
  { text: `${H}Căn cứ Quyết định số 20/QĐ-UBND ngày ⟦20/01/2020⟧ của UBND tỉnh ban hành Chương trình công tác năm 2020;`, messages: ['Quyết định 20/QĐ-UBND ghi ngày "20/01/2020", sau ngày của văn bản này (15/1/2020): không thể dẫn một văn bản ban hành sau mình; một trong hai ngày có lẽ viết nhầm.'], severity: 'warning' },
  // A Party document, a date in words.
  { text: `${H}Thực hiện Kế hoạch số 16-KH/TU ngày ⟦23 tháng 12 năm 2020⟧ của Ban Thường vụ Tỉnh ủy;` },
  // The corpus confirms the cited date: this text's date is the suspect one.
  { text: `${H}Căn cứ Nghị quyết số 57-NQ/TW ngày ⟦22/12/2024⟧ của Bộ Chính trị;`, messages: ['kho văn bản xác nhận ngày 22/12/2024, nên có lẽ ngày của văn bản này viết nhầm'] },
  // The same day, or before it: nothing.
  { text: `${H}Căn cứ Quyết định số 20/QĐ-UBND ngày 15/01/2020 của UBND tỉnh; Căn cứ Nghị định số 24/2014/NĐ-CP ngày 04/4/2014 của Chính phủ;` },
  // A state number whose year differs from its date's: citation-date-mismatch says so, not this rule.
  { text: `${H}Căn cứ Nghị định số 214/2025/NĐ-CP ngày 04 tháng 8 năm 2028 của Chính phủ;` },
  // A date the corpus records otherwise (290-QĐ/TW is of 25/2/2010): citation-date-mismatch says so.
  { text: 'Hà Tĩnh, ngày 20 tháng 3 năm 2010\n\nBÁO CÁO\n\nThực hiện Quyết định số 290-QĐ/TW ngày 25/3/2010 của Bộ Chính trị;' },
  // Years away from any record of the number: no record speaks for it, and the date is still after the text.
  { text: `${H}Căn cứ Quyết định số 290-QĐ/TW ngày ⟦25/3/2021⟧ của Bộ Chính trị;` },
  // Without a date line the text's date is not known: today says when it is read, not written.
  { text: 'Căn cứ Quyết định số 20/QĐ-UBND ngày 20/01/2027 của UBND tỉnh;', today: '2026-12-01' },
  // A news page's banner is not the text's own date either.
  { text: 'Thứ Hai, 13/01/2020 08:15\n\nUBND tỉnh đã ban hành Quyết định số 20/QĐ-UBND ngày 20/01/2020 về chương trình công tác.' },
  // A news page's dateline: a document dated more than a year after it is a slip (ninety-fifth outside probe); within
  // the year a later update of the page may explain it.
  { text: 'Hội CCB Việt Nam tổ chức Hội nghị lấy ý kiến\n\nCập nhật 31/8/2018, 09:08:15\n\nHội CCB tỉnh đã báo cáo theo kế hoạch số 61/KH-CCB ngày ⟦17/7/2028⟧ của Trung ương Hội CCB Việt Nam.', messages: ['sau ngày đăng của trang (31/8/2018)'] },
  { text: 'Hội CCB Việt Nam tổ chức Hội nghị lấy ý kiến\n\nCập nhật 31/8/2018, 09:08:15\n\nHội CCB tỉnh đã báo cáo theo kế hoạch số 61/KH-CCB ngày 17/7/2019 của Trung ương Hội CCB Việt Nam.' },
  // A legal portal's note above the text's own header is not the text's citation (hundred-and-second outside probe).
  { text: 'Caselaw Việt Nam: “Kể từ ngày 28-02-2019, Nghị quyết số 162/2015/NQ-HĐND bị bãi bỏ, thay thế bởi Quyết định 642/QĐ-UBND ngày 28/02/2019 của Ủy ban nhân dân tỉnh Hà Tĩnh”\n\nHỘI ĐỒNG NHÂN DÂN\nTỈNH HÀ TĨNH\nSố: 162/2015/NQ-HĐND\nHà Tĩnh, ngày 12 tháng 12 năm 2015\n\nNGHỊ QUYẾT\n\nCăn cứ Quyết định số 20/QĐ-UBND ngày ⟦20/12/2015⟧ của UBND tỉnh;', messages: ['sau ngày của văn bản này (12/12/2015)'] },
  // A configured report date counts as the text's own.
  { text: 'Căn cứ Quyết định số 20/QĐ-UBND ngày ⟦20/01/2020⟧ của UBND tỉnh;', options: { reportDate: '2020-01-15' } },
];

test('citation-date-future: a cited document dated after the text', () => {
  for (const c of cases) {
    const found = checkRule('citation-date-future', corpus, c);
    if (c.severity) assert.equal(found[0]?.severity, c.severity);
  }
});

test('citation-date-future: a citation read without its kind word is named by its number alone', () => {
  // The outside set's Hà Nội resolution, read as of 2018 by the findings snapshot's headless bodies: the message had
  // read "null 6253/UBND-SNV ghi ngày …".
  const [f] = runRule('citation-date-future', `${H}Xét Văn bản giải trình, tiếp thu số 6253/UBND-SNV ngày 25 tháng 11 năm 2025 của Ủy ban nhân dân Thành phố.`, corpus);
  assert.ok(f);
  assert.ok(f.message.vi.startsWith('6253/UBND-SNV ghi ngày "25 tháng 11 năm 2025", sau ngày của văn bản này (15/1/2020)'), f.message.vi);
});
