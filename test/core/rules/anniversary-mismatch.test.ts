import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import type { CorpusIndex } from '../../../server/src/core/index';
import { bundledIndex, memoryIndex } from '../../helpers/corpus';
import { checkRule, runRule, type RuleCase } from '../../helpers/rules';

let corpus: CorpusIndex;
before(async () => {
  corpus = await bundledIndex();
});

const HEADER = (year: number) => `ĐẢNG BỘ TỈNH HÀ TĨNH\nBAN DÂN VẬN TỈNH ỦY\nSố 12-BC/BDVTU\n\nHà Tĩnh, ngày 25 tháng 8 năm ${year}\n\nBÁO CÁO\n`;

const cases: RuleCase[] = [
  // The period reviewed, given after the platform (forty-first session's probe 400): 1991–2031 is the 1991 platform's forty
  // years, not the 2011 text in force; with a period the count does not fit, the count is told.
  { text: HEADER(2026) + 'Tổng kết 40 năm thực hiện Cương lĩnh xây dựng đất nước trong thời kỳ quá độ lên chủ nghĩa xã hội (1991-2031).\n' },
  // Without the period, the review the Politburo set up in 2026 for the 1991 platform's fortieth year (probe 430) — a review
  // of a version whose year falls in the coming five-year term; one of a year past that term is told.
  { text: HEADER(2026) + 'Ban Chỉ đạo tổng kết 40 năm thực hiện Cương lĩnh xây dựng đất nước trong thời kỳ quá độ lên chủ nghĩa xã hội.\n' },
  { text: HEADER(2020) + '⟦Tổng kết 40 năm thực hiện⟧ Cương lĩnh xây dựng đất nước trong thời kỳ quá độ lên chủ nghĩa xã hội.\n', messages: ['9 năm, không phải 40 năm'] },
  { text: HEADER(2026) + '⟦Tổng kết 40 năm thực hiện⟧ Cương lĩnh xây dựng đất nước trong thời kỳ quá độ lên chủ nghĩa xã hội (1991-2026).\n', messages: ['15 năm, không phải 40 năm'] },
  // A period after an id whose first year is not the document's is no excuse.
  { text: HEADER(2020) + '⟦Tổng kết 5 năm thực hiện⟧ Quyết định số 290-QĐ/TW (2015-2020)\n', messages: ['10 năm, không phải 5 năm'] },
  // 290-QĐ/TW is of 2010: a "10 năm" review in 2020 (difference 10) is right, in 2017 it is not.
  { text: HEADER(2020) + 'Tổng kết 10 năm thực hiện Quyết định số 290-QĐ/TW\n' },
  { text: HEADER(2017) + '⟦Tổng kết 10 năm thực hiện⟧ Quyết định số 290-QĐ/TW\n', messages: ['7 năm, không phải 10 năm'] },
  // A congress's resolution by name, dated the day the congress voted it (1/2/2021); its kind is said once.
  { text: HEADER(2026) + '⟦Tổng kết 10 năm thực hiện⟧ Nghị quyết Đại hội XIII của Đảng\n', messages: ['Nghị quyết Đại hội XIII ban hành năm 2021'] },
  { text: HEADER(2026) + 'Sơ kết 5 năm thực hiện Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng\n' },
  // Both conventions: 5 năm of 43-KL/TW (2019) held in 2023 (difference 4); 5 năm of 657-QĐ/TU (2018) in 2023 (5).
  { text: HEADER(2023) + 'Sơ kết 5 năm thực hiện Kết luận số 43-KL/TW; sơ kết 5 năm thực hiện Quyết định 657-QĐ/TU ngày 4/4/2018\n' },
  // 10 năm of 25-NQ/TW (2013) in 2023.
  { text: HEADER(2023) + 'tổng kết 10 năm thực hiện Nghị quyết 25-NQ/TW ngày 3/6/2013\n' },
  // Three resolutions carry 25-NQ/TW (religion, 2003; youth work, 2008; dân vận, 2013): a bare id is wrong only if
  // the count fits none — 10 years in 2026 fits none, in 2018 it fits the 2008 one.
  { text: HEADER(2026) + '⟦tổng kết 10 năm thực hiện⟧ Nghị quyết 25-NQ/TW\n', messages: ['ban hành năm 2013; đến ngày của báo cáo 25/8/2026 là 13 năm'] },
  { text: HEADER(2018) + 'tổng kết 10 năm thực hiện Nghị quyết 25-NQ/TW\n' },
  // The year written with an unknown document counts too.
  { text: HEADER(2023) + '⟦sơ kết 5 năm thực hiện⟧ Chỉ thị số 99-CT/TU ngày 1/2/2010\n' },  // A law counts from the year it took effect too (third outside probe): Luật Tín ngưỡng, tôn giáo
  // (passed 2016, in force 1/1/2018) reviewed after 5 years in 2023; Luật Thi đua, khen thưởng
  // 2022 (in force 1/1/2024) after 1 year in 2025.
  { text: HEADER(2023) + 'Tổng kết 5 năm thi hành Luật Tín ngưỡng, tôn giáo số 02/2016/QH14\n' },
  { text: HEADER(2025) + 'Sơ kết 1 năm thi hành Luật Thi đua, khen thưởng số 06/2022/QH15\n' },
  { text: HEADER(2027) + '⟦Sơ kết 1 năm thi hành⟧ Luật Thi đua, khen thưởng số 06/2022/QH15\n', messages: ['5 năm, không phải 1 năm'] },
  // A review named as the basis of another document is past, counted to any year up to the report's
  // (eighty-third outside probe: Chỉ thị 17-CT/TW of 21/10/2022 came of the ten-year review of 08-CT/TW
  // of 2011); without "trên cơ sở" the count is the report's own.
  { text: HEADER(2023) + 'Trên cơ sở tổng kết 10 năm thực hiện Chỉ thị số 08-CT/TW ngày 21/10/2011, Ban Bí thư đã ban hành Chỉ thị số 17-CT/TW ngày 21/10/2022.\n' },
  { text: HEADER(2023) + '⟦Tổng kết 10 năm thực hiện⟧ Chỉ thị số 08-CT/TW ngày 21/10/2011, Ban Bí thư đã ban hành Chỉ thị số 17-CT/TW ngày 21/10/2022.\n', messages: ['12 năm, không phải 10 năm'] },
  // Its results carried on too (two-hundred-and-second outside probe: a 2019 item, told 14 years).
  { text: HEADER(2019) + 'Trong đó, kế thừa kết quả tổng kết 08 năm thực hiện Nghị quyết số 49-NQ/TW được tiến hành năm 2014, đảm bảo thống nhất.\n' },
  // A review heard of is past too; but not one that could only be held after the report.
  { text: HEADER(2019) + 'Sau khi nghe Ban Tuyên giáo Trung ương báo cáo tổng kết 10 năm thực hiện Chỉ thị số 11-CT/TW ngày 13/4/2007 của Bộ Chính trị khóa X, Ban Bí thư kết luận như sau.\n' },
  { text: HEADER(2019) + 'Trên cơ sở ⟦tổng kết 10 năm thực hiện⟧ Chỉ thị số 08-CT/TW ngày 21/10/2011, Ban Bí thư sẽ ban hành chỉ thị mới.\n', messages: ['8 năm, không phải 10 năm'] },
  // A date its sentence gives before the phrase is the review's own day (eighth outside probe: a news
  // item with no date line had been counted to today, "12 năm, không phải 10 năm").
  { text: 'Sáng 06/11/2024, Thành ủy tổ chức Hội nghị tổng kết 10 năm thực hiện Nghị quyết số 33-NQ/TW, ngày 09/6/2014.', today: '2026-12-01' },
  // (The opening's date is the text's own since the thirty-eighth probe's round: counted to it.)
  { text: 'Sáng 06/11/2021, Thành ủy tổ chức Hội nghị ⟦tổng kết 10 năm thực hiện⟧ Nghị quyết số 33-NQ/TW, ngày 09/6/2014.', today: '2026-12-01', messages: ['đến ngày ghi ở câu mở đầu 6/11/2021 (ngày của sự kiện; văn bản có thể viết sau đó) là 7 năm, không phải 10 năm'] },
  // The end of a period the sentence names is the review's year too (tenth outside probe).
  { text: 'Tổ chức sơ kết 5 năm thực hiện Chỉ thị số 35-CT/TW ngày 30/5/2019 của Bộ Chính trị về đại hội (2019-2024).', today: '2026-12-01' },
  // With no date line, a full date later in the sentence counts too, not the citation's own
  // (twelfth outside probe).
  { text: 'Chiều ngày 19/5, BTV Huyện ủy tổ chức hội nghị sơ kết 5 năm thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị và kỷ niệm 131 năm ngày sinh Chủ tịch Hồ Chí Minh (19/5/1890 – 19/5/2021).', today: '2026-12-01' },
  { text: 'Chiều ngày 19/5, Huyện ủy tổ chức hội nghị ⟦sơ kết 5 năm thực hiện⟧ Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị.', today: '2026-12-01', messages: ['là 10 năm, không phải 5 năm'] },
  // With no date line and none in the sentence, a later date the text gives opens the span of years
  // it may be from: a news item that cites Kết luận 01-KL/TW of 18/5/2021 beside a "sơ kết 5 năm" of
  // a 2016 directive may be of 2021 (twenty-second outside probe). A date in the text, not a cited
  // record, does too; nothing later than the document reviewed, and the count is to today.
  { text: 'Sáng 12/6, Ban Bí thư tổ chức Hội nghị sơ kết 5 năm thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị khoá XII, triển khai Kết luận số 01-KL/TW của Bộ Chính trị khoá XIII về tiếp tục thực hiện Chỉ thị số 05-CT/TW.', today: '2026-12-01' },
  { text: 'Huyện ủy tổ chức hội nghị sơ kết 5 năm thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị.\n\nNgày 02/6/2021, Ban Thường vụ Huyện ủy ban hành kế hoạch.', today: '2026-12-01' },
  { text: 'Huyện ủy tổ chức hội nghị ⟦sơ kết 5 năm thực hiện⟧ Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị.\n\nNgày 02/6/2016, Ban Thường vụ Huyện ủy ban hành kế hoạch.', today: '2026-12-01', messages: ['là 10 năm, không phải 5 năm'] },
  { text: HEADER(2026) + '⟦Sơ kết 5 năm thực hiện⟧ Chỉ thị số 05-CT/TW ngày 15/5/2016 (kỷ niệm 19/5/2021).\n', messages: ['là 10 năm, không phải 5 năm'] },
  // A month and year the text names does too ("Tính đến tháng 6/2021"; twenty-seventh outside probe); a
  // target does not ("phấn đấu đến tháng 6/2021").
  { text: 'Huyện ủy tổ chức hội nghị sơ kết 5 năm thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị. Tính đến tháng 6/2021, 95% chi bộ đã đăng ký.', today: '2026-12-01' },
  { text: 'Huyện ủy tổ chức hội nghị ⟦sơ kết 5 năm thực hiện⟧ Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị. Phấn đấu đến tháng 6/2021, 95% chi bộ đăng ký.', today: '2026-12-01', messages: ['là 10 năm, không phải 5 năm'] },
  // With no date line, the first full date of the opening lines dates the text too (a 2022 news item's
  // "Tổng kết 15 năm thực hiện Nghị quyết Trung ương 7 khóa X" had been counted to today); with none,
  // today it is.
  { text: 'Sáng 06/11/2024, Thành ủy họp. Tổng kết 10 năm thực hiện Nghị quyết số 33-NQ/TW, ngày 09/6/2014.', today: '2026-12-01' },
  { text: 'Thành ủy họp. ⟦Tổng kết 10 năm thực hiện⟧ Nghị quyết số 33-NQ/TW, ngày 09/6/2014.', today: '2026-12-01', messages: ['là 12 năm, không phải 10 năm'] },
  // A count that fits a year two or more back is said as a condition, with the year it fits (hundred-and-thirty-sixth
  // outside probe: undated news items of 2022 read as told a wrong count).
  { text: 'Tỉnh ủy tổ chức hội nghị ⟦tổng kết 10 năm thực hiện⟧ Nghị quyết số 09-NQ/TW ngày 9/12/2011 của Bộ Chính trị.', today: '2026-12-01', messages: ['Nghị quyết 09-NQ/TW ban hành năm 2011; nếu văn bản viết năm nay thì đến hôm nay 1/12/2026 (báo cáo chưa có dòng "…, ngày … tháng … năm …") là 15 năm, không phải 10 năm (10 năm ứng với văn bản năm 2021).'] },
  // The period the resolution set itself is what a review may count (seventy-second outside probe: the Politburo's own
  // conclusion of 2012 on 37-NQ/TW, "… đến năm 2010", had been told 8 years, not 6); a count that fits neither is told.
  { text: HEADER(2012) + 'Sau khi xem xét báo cáo tổng kết 6 năm thực hiện Nghị quyết số 37-NQ/TW, ngày 01/7/2004 của Bộ Chính trị khóa IX về phương hướng phát triển kinh tế - xã hội và bảo đảm quốc phòng, an ninh vùng trung du và miền núi Bắc Bộ đến năm 2010.\n' },
  { text: HEADER(2012) + 'Sau khi xem xét báo cáo ⟦tổng kết 3 năm thực hiện⟧ Nghị quyết số 37-NQ/TW, ngày 01/7/2004 của Bộ Chính trị khóa IX về phương hướng phát triển kinh tế - xã hội và bảo đảm quốc phòng, an ninh vùng trung du và miền núi Bắc Bộ đến năm 2010.\n', messages: ['8 năm, không phải 3 năm'] },
];

for (const c of cases) test(`anniversary-mismatch: ${c.text.split('\n').pop() || c.text.split('\n').slice(-2)[0]}`, () => void checkRule('anniversary-mismatch', corpus, c));

test('anniversary-mismatch without a date line: information, or a hint when the count fits a year two or more back', () => {
  // [text, today, severity]: 290-QĐ/TW is of 2010.
  const table: [string, string, string][] = [
    // More years than have passed (2010 + 20 = 2030): no older text explains it, a draft of now may be wrong.
    ['Hội nghị tổng kết 20 năm thực hiện Quyết định số 290-QĐ/TW', '2026-11-23', 'information'],
    ['Hội nghị tổng kết 10 năm thực hiện Quyết định số 290-QĐ/TW', '2023-03-01', 'hint'],
    // 2010 + 10 = 2020: most likely a text of 2020 read in 2026 (fifty-seventh and sixty-first outside probes).
    ['Hội nghị tổng kết 10 năm thực hiện Quyết định số 290-QĐ/TW', '2026-11-23', 'hint'],
  ];
  for (const [text, today, severity] of table) assert.equal(runRule('anniversary-mismatch', text, corpus, today)[0]?.severity, severity, `${text} @ ${today}`);
});

test('anniversary-mismatch: a sentence opening on a day without its year, in a text with no date, is a hint that says so', () => {
  // Thirty-seventh outside probe: news items of 2023 and 2016 were counted to today.
  const text = 'Ngày 18/5, Đảng ủy tổ chức hội nghị sơ kết 5 năm thực hiện Quyết định số 290-QĐ/TW ngày 25/2/2010 của Bộ Chính trị.';
  const [f] = runRule('anniversary-mismatch', text, corpus, '2026-11-23');
  assert.equal(f?.severity, 'hint');
  assert.match(f!.message.vi, /nếu văn bản viết năm nay thì .* là 16 năm, không phải 5 năm \(ngày ghi ở đầu câu chưa có năm\)/u);
  // With a date line the year is the report's: a warning as before.
  const [g] = runRule('anniversary-mismatch', HEADER(2023) + text, corpus);
  assert.equal(g?.severity, 'warning');
});

test('anniversary-mismatch spans stay on the original text (CRLF, no-break spaces)', () => {
  const text = (HEADER(2017) + 'Tổng kết 10\u00a0năm thực hiện Quyết định số 290-QĐ/TW\n').replace(/\n/g, '\r\n');
  const [f] = runRule('anniversary-mismatch', text, corpus);
  assert.equal(text.slice(f!.span.start, f!.span.end), 'Tổng kết 10\u00a0năm thực hiện');
});

test('anniversary-mismatch ignores the date of an unverified record', () => {
  const corpus2 = memoryIndex([
    { type: 'directive', id: '777-NQ/TW', kind: 'Nghị quyết', number: '777', symbol: 'NQ/TW', issuer: 'Bộ Chính trị', date: '2010-05-05', confidence: 'unverified', sources: [{ title: 'test' }] },
  ]);
  assert.deepEqual(runRule('anniversary-mismatch', HEADER(2023) + 'Tổng kết 10 năm thực hiện Nghị quyết số 777-NQ/TW\n', corpus2), []);
});

test('anniversary-mismatch: a number known only as a later document is no count to judge (fifth outside probe)', () => {
  // "Nghị định 150" in a 2012 report: the corpus's 150 is of 2026 — not this decree, and no "-14 năm".
  const text = 'HỘI CỰU CHIẾN BINH VIỆT NAM\nHà Nội, ngày 22 tháng 6 năm 2012\nBÁO CÁO tổng kết 5 năm thực hiện Nghị định 150 của Chính phủ quy định chi tiết Pháp lệnh Cựu chiến binh.\n';
  assert.deepEqual(runRule('anniversary-mismatch', text, corpus).map((f) => f.message.vi), []);
});

test('anniversary-mismatch counted to a banner date (a weekday and a date alone at the top) is information, and says so', () => {
  // Thirteenth outside probe: a review of 16/5/2016 read on 12/8/2022.
  const text = 'Thứ sáu,  12/08/2022\n\nSáng 16-5, Ban Bí thư tổ chức Hội nghị toàn quốc tổng kết 5 năm thực hiện Chỉ thị 03-CT/TW của Bộ Chính trị (khóa XI).';
  const [f] = runRule('anniversary-mismatch', text, corpus, '2026-11-23');
  assert.equal(f?.severity, 'information');
  assert.match(f!.message.vi, /ngày ghi ở đầu trang 12\/8\/2022 \(có thể là ngày xem trang, không phải ngày của văn bản\)/);
});
