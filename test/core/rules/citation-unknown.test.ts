import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import type { CorpusIndex } from '../../../server/src/core/index';
import { oneEditApart } from '../../../server/src/core/text/edit';
import { bundledIndex, bundledOnly, memoryIndex } from '../../helpers/corpus';
import { applyFix, checkRule, runRule, type RuleCase } from '../../helpers/rules';

let corpus: CorpusIndex;
before(async () => {
  corpus = await bundledIndex();
});

const cases: RuleCase[] = [
  // A kind and number with its full date, two digits of a record of that day swapped (fortieth session's probe 380): asked,
  // with the record's id as the fix; a digit one off, or another day, is not.
  { text: 'xử phạt theo Nghị định số ⟦132⟧ ngày 28-12-2021 của Chính phủ về giao thông.', messages: ['Kho văn bản chưa có Nghị định số 132 ngày 28/12/2021. Có phải Nghị định 123/2021/NĐ-CP (28/12/2021)? Cùng ngày, hai chữ số đảo chỗ.'] },
  { text: 'xử phạt theo Nghị định số 124 ngày 28-12-2021 của Chính phủ về giao thông.' },
  { text: 'xử phạt theo Nghị định số 132 ngày 27-12-2021 của Chính phủ về giao thông.' },
  // A Party kind and number alone with the full day of the Party centre's document of that number and another kind (probe
  // 429): the Politburo's Thông báo kết luận 81-TB/TW of 18/7/2025, not its Kết luận 81 of 2020 or 2024; another day, or a
  // body outside the Party centre, is not asked.
  { text: 'Dự án triển khai theo Kết luận số ⟦81⟧ ngày 18/7/2025 của Bộ Chính trị về chủ trương đầu tư xây dựng trường học.', today: '2025-08-20', messages: ['Kho văn bản chưa có Kết luận số 81 ngày 18/7/2025. Có phải Thông báo 81-TB/TW (18/7/2025) về chủ trương đầu tư xây dựng trường học cho các xã biên giới? Cùng số, cùng ngày, khác loại văn bản.'] },
  { text: 'Dự án triển khai theo Kết luận số 81 ngày 17/7/2025 của Bộ Chính trị về chủ trương đầu tư xây dựng trường học.', today: '2025-08-20' },
  { text: 'Dự án triển khai theo Kết luận số 81 ngày 18/7/2025 của Tỉnh ủy về chủ trương đầu tư xây dựng trường học.', today: '2025-08-20' },
  // A law's name near one law's of the corpus (hundred-and-twenty-sixth outside probe: "đảm bảo" for "bảo vệ", cut,
  // unknown, nothing said); a typo, glued words, a word left out or repeated, the words in another order.
  { text: 'Căn cứ ⟦Luật Lực lượng tham gia đảm bảo an ninh, trật tự ở cơ sở⟧ ngày 28 tháng 11 năm 2023;', messages: ['Kho văn bản không có văn bản tên "Luật Lực lượng tham gia đảm bảo an ninh, trật tự ở cơ sở"; có phải Luật Lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở (30/2023/QH15'] },
  { text: 'Căn cứ ⟦Luật Ban hành văn bản quy phạm pháo luật⟧ ngày 22 tháng 6 năm 2015;', messages: ['có phải Luật Ban hành văn bản quy phạm pháp luật (80/2015/QH13, 22/6/2015)?'] },
  { text: 'Căn cứ ⟦Luật Tổ chức Hội đồng nhân dân và Uỷban nhân dân⟧ ngày 26 tháng 11 năm 2003;', messages: ['có phải Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân (11/2003/QH11'] },
  { text: 'Thực hiện ⟦Luật Phòng, chống chống bạo lực gia đình⟧ năm 2022,', messages: ['có phải Luật Phòng, chống bạo lực gia đình (13/2022/QH15'] },
  { text: 'Thực hiện ⟦Luật Tôn giáo, tín ngưỡng⟧ năm 2016,', messages: ['có phải Luật Tín ngưỡng, tôn giáo (02/2016/QH14'] },
  // A short name one letter off, with the law's day (hundred-and-thirty-second outside probe: a letter lost in a copy);
  // the corpus knows that law by its year only, so any day of the year is its; without a day, or in another year, nothing.
  { text: 'Căn cứ ⟦Luật Thủy sn⟧ ngày 21 tháng 11 năm 2017;', messages: ['Kho văn bản không có văn bản tên "Luật Thủy sn"; có phải Luật Thuỷ sản (18/2017/QH14, 21/11/2017)?'] },
  { text: 'Căn cứ Luật Thủy sn;' },
  { text: 'Căn cứ Luật Thủy sn ngày 19 tháng 6 năm 2016;' },
  // Not a slip: one word for another in a short name is another law ("… về dân sự" is not "… về hình sự"); a name cut
  // short is the reader's cut; a name the corpus has, unresolved by its year, is no near miss; a footnote's number.
  { text: 'Căn cứ Luật Tương trợ tư pháp về dân sự ngày 25 tháng 6 năm 2025;' },
  // Nor a word that makes the name its opposite (fifty-first session's probe 473: the agricultural land-use tax law of 1993,
  // before the corpus held it, was offered the non-agricultural one of 2010): "phi" or "không" added or left out.
  { text: 'Căn cứ Luật Tổ chức phi Chính phủ ngày 19/6/2015;' },
  { text: 'Căn cứ ⟦Luật Tổ chức Chínhphủ⟧ ngày 19/6/2015;', messages: ['có phải Luật Tổ chức Chính phủ (76/2015/QH13'] },
  { text: 'Căn cứ Luật Quản lý, sử dụng vốn nhà nước đầu tư vào sản xuất, kinh doanh tại\n\nCÔNG BÁO' },
  { text: 'Căn cứ Luật Thuế giá trị gia tăng2 ngày 26 tháng 11 năm 2024;' },
  // A swapped digit: did you mean the close record?
  { text: 'Quyết định số ⟦920-QĐ/TW⟧ ngày 25/2/2010 của Bộ Chính trị', messages: ['Có phải Quyết định 290-QĐ/TW (25/2/2010)'] },
  // An extra digit; 34-KL/TW also exists, so the swapped form would be a different, known document.
  { text: 'Kết luận số ⟦430-KL/TW⟧ ngày 7/1/2019 của Ban Bí thư', messages: ['Có phải Kết luận 43-KL/TW'] },
  // A subject naming another year than the close record's rules it out (thirty-eighth session): the meeting of January
  // 2026 is not 28/NQ-CP on that of February 2024; the meeting of February 2024 is.
  { text: 'Chính phủ ban hành Nghị quyết số ⟦23/NQ-CP⟧ về phiên họp Chính phủ thường kỳ tháng 2 năm 2024.', messages: ['Có phải Nghị quyết 28/NQ-CP (5/3/2024)?'] },
  // A law's name and day name one law whose number is another (ninety-third outside probe: QH10 for QH11).
  { text: 'Căn cứ Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân số ⟦11/2003/QH10⟧ ngày 26 tháng 11 năm 2003;', messages: ['Kho văn bản chưa có Luật 11/2003/QH10. Có phải Luật 11/2003/QH11 (26/11/2003)?'] },
  // Without a day: the law of that name in the number's year, or of the same number and term in another year
  // (hundred-and-twelfth and -eighth outside probes).
  { text: 'Theo Điều 154, Luật Bảo vệ môi trường số ⟦17/2020/QH14⟧ quy định về phổ biến pháp luật.', messages: ['Kho văn bản chưa có Luật 17/2020/QH14. Có phải Luật 72/2020/QH14 (17/11/2020)?'] },
  { text: 'những nội dung mới của Luật Công đoàn số ⟦50/2025/QH15⟧ (Luật Công đoàn 2024).', messages: ['Kho văn bản chưa có Luật 50/2025/QH15. Có phải Luật 50/2024/QH15 (27/11/2024)?'] },
  // Two laws of that name in the number's year (forty-first session's probe 392): both, the one passed last by the report's
  // day first. (The probe's 75/2025/QH15 is a record since corpus round 155, the advertising law's amendment: 77/2025/QH15,
  // which the corpus does not hold, stands in for it; see the FIXME below.)
  { text: 'Hà Nội, ngày 30 tháng 7 năm 2025\nCăn cứ Luật Tổ chức chính quyền địa phương số ⟦77/2025/QH15⟧;', messages: ['Kho văn bản chưa có Luật 77/2025/QH15. Có phải Luật 72/2025/QH15 (16/6/2025) hoặc Luật 65/2025/QH15 (19/2/2025)?'] },
  { text: 'Hà Nội, ngày 30 tháng 3 năm 2025\nCăn cứ Luật Tổ chức chính quyền địa phương số ⟦77/2025/QH15⟧;', messages: ['Kho văn bản chưa có Luật 77/2025/QH15. Có phải Luật 65/2025/QH15 (19/2/2025) hoặc Luật 72/2025/QH15 (16/6/2025)?'] },
  // A law's name with another law's number ("Luật Tổ chức chính quyền địa phương số 75/2025/QH15", 75/2025/QH15 being the
  // amendment of the advertising law) is a known number: citation-subject-mismatch tells the slip (its test), not this rule.
  { text: 'Hà Nội, ngày 30 tháng 7 năm 2025\nCăn cứ Luật Tổ chức chính quyền địa phương số 75/2025/QH15;' },
  // The Assembly's symbol after the Standing Committee's name is the Committee's resolution of that number and term (forty-third
  // session's probe 424); after the Assembly's own name nothing is offered.
  { text: 'sắp xếp đơn vị hành chính theo Quyết định số ⟦1659/2025/QH15⟧ của Ủy ban Thường vụ Quốc hội.', messages: ['Kho văn bản chưa có Quyết định 1659/2025/QH15. Có phải Nghị quyết 1659/NQ-UBTVQH15 (16/6/2025)?'] },
  { text: 'sắp xếp đơn vị hành chính theo Nghị quyết số ⟦1659/2025/QH15⟧ của Quốc hội.', messages: ['Kho văn bản chưa có Nghị quyết 1659/2025/QH15.'] },
  // … and before the note on the Assembly's own document of the number (set 406).
  { text: 'được quy định tại Nghị quyết số ⟦76/2025/QH15⟧ của Uỷ ban thường vụ Quốc hội về việc sắp xếp đơn vị hành chính năm 2025.', messages: ['Có phải Nghị quyết 76/2025/UBTVQH15 (14/4/2025)?'] },
  // A number the corpus holds for another document, a neighbour sharing some words but no day written: the note, not the
  // neighbour (set 126: 81-KL/TW on food security was about to be offered for the 86-KL/TW of 2014).
  { text: 'triển khai kế hoạch thực hiện Kết luận số ⟦86-KL/TƯ⟧ của Bộ Chính trị về "Tăng cường lãnh đạo công tác bảo đảm an ninh quốc gia trong tình hình mới".', messages: ['Có lẽ đây là một văn bản khác cùng số'] },
  // A law's name with the day of another law whose name holds it (probe 426): the law of 2025 named, the day the 2013 law's.
  { text: 'Căn cứ ⟦Luật Tiết kiệm, chống lãng phí⟧ ngày 26 tháng 11 năm 2013;', today: '2026-01-15', messages: ['"Luật Tiết kiệm, chống lãng phí" là Luật 110/2025/QH15 (10/12/2025); ngày 26/11/2013 là ngày của Luật Thực hành tiết kiệm, chống lãng phí (44/2013/QH13) — có phải luật này?'] },
  { text: 'Căn cứ Luật Thực hành tiết kiệm, chống lãng phí ngày 26 tháng 11 năm 2013;', today: '2026-01-15' },
  // A year one keystroke off inside the number, the day identifying the record (probe 425).
  { text: 'Nghị quyết số ⟦197/2020/QH15⟧ ngày 17/5/2025 của Quốc hội.', messages: ['Kho văn bản chưa có Nghị quyết 197/2020/QH15. Có phải Nghị quyết 197/2025/QH15 (17/5/2025)?'] },
  // A number one digit off that the day and subject identify comes before the note on another document of the number
  // (probe 427: only the 388/QĐ-TTg of 2026 was named).
  {
    text: 'Ngày 03/04/2023\nPhó Thủ tướng Trần Hồng Hà đã ký Quyết định ⟦388/QĐ-TTg⟧ ngày 3/4/2023 của Thủ tướng Chính phủ phê duyệt Đề án "Đầu tư xây dựng ít nhất 1 triệu căn hộ nhà ở xã hội (NƠXH) cho đối tượng thu nhập thấp, công nhân khu công nghiệp giai đoạn 2021-2030".',
    messages: ['Kho văn bản chưa có Quyết định 388/QĐ-TTg. Có phải Quyết định 338/QĐ-TTg (3/4/2023)?'],
  },
  // A year put into a number that has none, the record of that number and year known (two hundred and thirteenth outside
  // probe); a date written that contradicts the record leaves it unsaid.
  { text: 'Quyết định số ⟦06/2022/QĐ-TTg⟧ về Đề án phát triển ứng dụng dữ liệu về dân cư', messages: ['Kho văn bản chưa có Quyết định 06/2022/QĐ-TTg. Có phải Quyết định 06/QĐ-TTg (6/1/2022)?'] },
  // Two letters of the type code swapped, the date written naming the record (two hundred and fourteenth outside probe);
  // with nothing that identifies it, nothing is offered.
  { text: 'Thực hiện Chỉ thị ⟦48-TC/TW⟧ ngày 22-10-2010 của Bộ Chính trị', messages: ['Kho văn bản chưa có Chỉ thị 48-TC/TW. Có phải Chỉ thị 48-CT/TW (22/10/2010)?'] },
  // The Assembly's term one off in a number of a year two terms share, the day naming the record (two hundred and
  // ninety-fourth outside probe); without a day or subject nothing identifies it.
  { text: 'Luật số ⟦01/2007/QH11⟧ ngày 04 tháng 8 năm 2007 của Quốc hội sửa đổi, bổ sung một số điều của Luật Phòng, chống tham nhũng', messages: ['Kho văn bản chưa có Luật 01/2007/QH11. Có phải Luật 01/2007/QH12 (4/8/2007)?'] },
  // The Assembly's code with its term left off (forty-ninth session's probe 466): the resolver fills the term in from the
  // year, so the corpus knows it and citation-format tells the missing term.
  { text: 'căn cứ Pháp lệnh số 02/2020/UBTVQH ngày 09/12/2020 của Ủy ban Thường vụ Quốc hội' },
  // A local committee's code after a central issuer (two hundred and twenty-second outside probe); without the central
  // issuer it is the local committee's.
  { text: 'Nghị quyết số ⟦33-NQ/TU⟧ ngày 09 tháng 6 năm 2014 của Ban Chấp hành Trung ương (khóa XI) về xây dựng và phát triển văn hóa', messages: ['Kho văn bản chưa có Nghị quyết 33-NQ/TU. Có phải Nghị quyết 33-NQ/TW (9/6/2014)?'] },
  { text: 'Nghị quyết số ⟦33-NQ/TU⟧ ngày 09 tháng 6 năm 2014 của Tỉnh ủy về xây dựng và phát triển văn hóa', messages: ['Kho văn bản chưa có Nghị quyết 33-NQ/TU. Văn bản của cấp ủy địa phương'] },
  // A number beside the close record in one list is not a slip for it: no "did you mean 18?".
  { text: 'Thực hiện Nghị quyết số 18, ⟦81-NQ/TW⟧ của Ban Chấp hành Trung ương khóa XII' },
  // A term alone identifies nothing (a term has dozens of resolutions): the full date does.
  { text: 'Thực hiện Nghị quyết số ⟦81-NQ/TW⟧ của Ban Chấp hành Trung ương khóa XII', messages: ['Kho văn bản chưa có Nghị quyết 81-NQ/TW.'] },
  { text: 'Thực hiện Nghị quyết số ⟦81-NQ/TW⟧ ngày 25/10/2017 của Ban Chấp hành Trung ương khóa XII', messages: ['Có phải Nghị quyết 18-NQ/TW (25/10/2017)'] },
  // 42-NQ/TW of khóa XIII is known: one of khóa XII is another document with that number.
  { text: 'Thực hiện Nghị quyết số ⟦42-NQ/TW⟧ của Ban Chấp hành Trung ương khóa XII', messages: ['văn bản khác cùng số (khóa XII): kho chỉ có Nghị quyết 42-NQ/TW ngày 24/11/2023 (khóa XIII)'] },
  // Unknown and nothing close: a hint (see the severity table below), once per document.
  { text: 'Quyết định số ⟦9876-QĐ/TW⟧ và lại Quyết định số 9876-QĐ/TW' },
  { text: 'Quyết định số ⟦290-QĐ/TW⟧ của Bộ Chính trị khoá XII.', messages: ['văn bản khác cùng số (khóa XII)'] },
  // The same day and month in another year: the year is the likelier slip.
  { text: 'Quyết định số ⟦290-QĐ/TW⟧ ngày 25/2/2012 của Bộ Chính trị', messages: ['kiểm tra lại năm'] },
  // Both 42-CT/TW are known (24/3/2015 on youth, 24/3/2020 on natural disasters): each resolves.
  { text: 'Căn cứ Chỉ thị số 42-CT/TW ngày 24 tháng 3 năm 2020 của Ban Bí thư về tăng cường sự lãnh đạo của Đảng đối với công tác phòng ngừa, ứng phó, khắc phục hậu quả thiên tai; Chỉ thị số 42-CT/TW ngày 24/3/2015.' },
  // A local record of another province says whose it is.
  { text: 'Tỉnh ủy Nghệ An chỉ đạo. Quyết định ⟦657-QĐ/TU⟧ ngày 4/4/2018.', messages: ['của Tỉnh ủy Hà Tĩnh về "ban hành Quy chế tiếp xúc, đối thoại trực tiếp của người…" — văn bản của nơi khác, không phải của Nghệ An.'] },
  // The citation's own issuer names the other province; the date being the record's is no slip
  // of the year.
  { text: 'Quyết định ⟦657-QĐ/TU⟧ ngày 4/4/2018 của Tỉnh ủy Nghệ An.', messages: ['— văn bản của nơi khác, không phải của Tỉnh ủy Nghệ An.'] },
  // Seed 004: officials named after their position ("Bí thư Tỉnh ủy Hoàng Trung Dũng") are not
  // the province, so the Hà Tĩnh document written exactly as the corpus has it is known.
  { text: 'Bí thư Tỉnh ủy Hoàng Trung Dũng dự. Bí thư Tỉnh ủy Hoàng Trung Dũng phát biểu. Đảng bộ tỉnh Hà Tĩnh sơ kết Quyết định 657-QĐ/TU ngày 4/4/2018 của BTV Tỉnh ủy.' },
  // Known documents, number-only and named mentions are not flagged.
  { text: 'Quyết định số 290-QĐ/TW; Nghị định số 30/2020/NĐ-CP; Quyết định 217; Nghị quyết Đại hội XIII' },
  // The report's own number is not a citation.
  { text: 'BAN DÂN VẬN TỈNH ỦY\nSố 45-BC/BDVTU\n\nBÁO CÁO\nTổng kết công tác\n' },
];

for (const c of cases) test(`citation-unknown: ${c.text}`, () => void checkRule('citation-unknown', corpus, c));

test('citation-unknown: a close record of another year named in the subject is not offered', () => {
  const [f] = runRule('citation-unknown', 'Chính phủ ban hành Nghị quyết số 23/NQ-CP về phiên họp Chính phủ thường kỳ tháng 1/2026.', corpus);
  assert.equal(f?.message.vi, 'Kho văn bản chưa có Nghị quyết 23/NQ-CP.');
});

// The only record with the number is another document (Party numbers restart every term): both are
// shown, never an issuer, date or term error (those rules' tables say so too). The corpus here has
// the 23-NQ/TW of 2003 alone (the bundled one also has those of 2008 and 2018).
const onlyRecord: RuleCase[] = [
  {
    text: 'Nghị quyết số ⟦23-NQ/TW⟧ ngày 22/3/2018 của Bộ Chính trị về định hướng xây dựng chính sách phát triển công nghiệp quốc gia.',
    messages: ['Có lẽ đây là một văn bản khác cùng số (ngày 22/3/2018, "về định hướng xây dựng chính sách phát triển công nghiệp…"): kho chỉ có Nghị quyết 23-NQ/TW năm 2003 (khóa IX) về "Phát huy sức mạnh'],
  },
  { text: 'Nghị quyết số ⟦23-NQ/TW⟧ của Bộ Chính trị về định hướng xây dựng chính sách phát triển công nghiệp quốc gia.', messages: ['số văn bản của Đảng đánh lại từ đầu mỗi khóa'] },
];
// The same day and month, but the subject of another document: not a slip of the year (gazette:
// 42-CT/TW of 24/3/2020 on natural disasters, when the corpus had only the 42-CT/TW of 24/3/2015 on youth).
test('citation-unknown, the same day and month of another year with another subject: another document', async () => {
  const only2015 = await bundledOnly('42-CT/TW', (r) => r.date === '2015-03-24');
  checkRule('citation-unknown', only2015, {
    text: 'Căn cứ Chỉ thị số ⟦42-CT/TW⟧ ngày 24 tháng 3 năm 2020 của Ban Bí thư về tăng cường sự lãnh đạo của Đảng đối với công tác phòng ngừa, ứng phó, khắc phục hậu quả thiên tai;',
    messages: ['Có lẽ đây là một văn bản khác cùng số (ngày 24/3/2020'],
  });
});
for (const c of onlyRecord)
  test(`citation-unknown, one record of the id: ${c.text}`, async () => {
    const only2003 = await bundledOnly('23-NQ/TW', (r) => r.date === '2003');
    checkRule('citation-unknown', only2003, c);
    const [f] = runRule('citation-unknown', 'Nghị quyết số 23-NQ/TW ngày 22/3/2018 của Bộ Chính trị', only2003);
    assert.equal(f!.severity, 'information');
  });

// A number with its year is shared only by documents of two kinds: said so, not that numbers restart every year
// (hundred-and-eighty-eighth outside probe: a National Assembly resolution beside the law of the same number).
test('citation-unknown, the number of a law of the corpus on a resolution: another kind, the same number', () => {
  const law = memoryIndex([
    { type: 'directive', id: '55/2010/QH12', kind: 'Luật', number: '55', symbol: 'QH12', issuer: 'Quốc hội', date: '2010-06-17', name: 'An toàn thực phẩm', sources: [{ url: 'https://example.test/l55', note: 'test record' }] },
  ]);
  checkRule('citation-unknown', law, {
    text: 'Nghị quyết số ⟦55/2010/QH12⟧ về miễn, giảm thuế sử dụng đất nông nghiệp',
    messages: ['kho chỉ có Luật 55/2010/QH12 ngày 17/6/2010 (cùng số hiệu nhưng khác loại văn bản, ở đây là Nghị quyết).'],
  });
});

test('citation-unknown: a year put into a number that has none is no slip when the date written is another day', () => {
  const [f] = runRule('citation-unknown', 'Quyết định số 06/2022/QĐ-TTg ngày 15/3/2022 của Thủ tướng Chính phủ', corpus);
  assert.equal(f?.message.vi, 'Kho văn bản chưa có Quyết định 06/2022/QĐ-TTg.');
});

test('citation-unknown: a type code with its letters swapped, or the Assembly term one off, with nothing that identifies the record is offered nothing; a term left off or cut is the resolver\'s', () => {
  const [f] = runRule('citation-unknown', 'Thực hiện Chỉ thị 48-TC/TW của Bộ Chính trị.', corpus);
  assert.equal(f?.message.vi, 'Kho văn bản chưa có Chỉ thị 48-TC/TW.');
  const [g] = runRule('citation-unknown', 'Luật số 01/2007/QH11 sửa đổi.', corpus);
  assert.equal(g?.message.vi, 'Kho văn bản chưa có Luật 01/2007/QH11.');
  // Left off or cut to a digit, the year in the number names the record: the resolver takes it (citation-format tells the
  // term), and a year no term's record of that number holds stays unknown.
  assert.deepEqual(runRule('citation-unknown', 'Pháp lệnh số 02/2020/UBTVQH sửa đổi.', corpus), []);
  assert.deepEqual(runRule('citation-unknown', 'Căn cứ Luật Đất đai số 31/2024/QH15 được sửa đổi, bổ sung bởi Luật số 43/2024/QH1;', corpus), []);
  const [m] = runRule('citation-unknown', 'Pháp lệnh số 02/2021/UBTVQH sửa đổi.', corpus);
  assert.equal(m?.message.vi, 'Kho văn bản chưa có Pháp lệnh 02/2021/UBTVQH.');
});

test('citation-unknown is information and offers the close record as a fix', () => {
  const input = 'Quyết định số 920-QĐ/TW ngày 25/2/2010';
  const [f] = runRule('citation-unknown', input, corpus);
  assert.equal(f!.severity, 'information');
  assert.equal(applyFix(input, f!), 'Quyết định số 290-QĐ/TW ngày 25/2/2010');
});

test('citation-unknown: a sibling of the same day is a slip only when its subject agrees nearly word for word', () => {
  // 298-QĐ/TW (9/6/2025) is "về chức năng, nhiệm vụ, tổ chức bộ máy của đảng ủy cấp trên trực tiếp của tổ
  // chức cơ sở đảng ở xã, phường, đặc khu"; a regulation of the same series and day shares most of
  // the words (fifteenth outside probe: 299-QĐ/TW was asked "Có phải 298-QĐ/TW?").
  const table: [string, string][] = [
    ['Quy định số 208-QĐ/TW, ngày 09/6/2025 của Ban Bí thư khóa XIII về chức năng, nhiệm vụ, tổ chức bộ máy cơ quan chuyên trách tham mưu, giúp việc đảng ủy xã, phường, đặc khu;', 'Kho văn bản chưa có Quy định 208-QĐ/TW.'],
    ['Quy định số 208-QĐ/TW, ngày 09/6/2025 của Ban Bí thư về chức năng, nhiệm vụ, tổ chức bộ máy của đảng ủy cấp trên trực tiếp của tổ chức cơ sở đảng ở xã, phường, đặc khu;', 'Kho văn bản chưa có Quy định 208-QĐ/TW. Có phải Quy định 298-QĐ/TW (9/6/2025)?'],
  ];
  for (const [input, message] of table) assert.deepEqual(runRule('citation-unknown', input, corpus).map((f) => f.message.vi), [message], input);
});

test('one edit apart', () => {
  const table: [string, string, boolean][] = [
    ['290', '920', true],
    ['290', '209', true],
    ['290', '29', true],
    ['290', '2900', true],
    ['290', '291', true],
    ['290', '290', false],
    ['290', '902', false],
    ['290', '12', false],
  ];
  for (const [a, b, want] of table) assert.equal(oneEditApart(a, b), want, `${a} ~ ${b}`);
});

test('citation-unknown: the same number in another numbering period points at the year', () => {
  const [f] = runRule('citation-unknown', 'Quyết định số 290-QĐ/TW ngày 25/2/2012 của Bộ Chính trị', corpus);
  assert.match(f!.message.vi, /Kho có Quyết định 290-QĐ\/TW ngày 25\/2\/2010 \(khóa X\).*kiểm tra lại năm/);
});

// Information only where the writer can act: a did-you-mean or the same number in the corpus.
// With nothing near it, a hint (the hover and `vanban citations` still show it).
const severityCases: [string, string][] = [
  ['Quyết định số 920-QĐ/TW ngày 25/2/2010', 'information'],
  ['Quyết định số 9876-QĐ/TW', 'hint'],
  ['Kế hoạch số 12/KH-UBND ngày 4/1/2024 của Ủy ban nhân dân tỉnh', 'hint'],
  ['Quyết định số 1234-QĐ/TU ngày 4/1/2024', 'hint'],
  // A neighbour one keystroke away is suggested only when something written agrees with it and
  // nothing contradicts it (outside set: 46-CT/TW of 2025 was not 45-CT/TW of 2010; the corpus now
  // has a 46-CT/TW of 2020, so that citation is "another document with the same number").
  // (Since the fifty-fifth corpus round added the Secretariat's 47-CT/TW of 2015, this one has the same number as a
  // known document: information, no longer the hint it was.)
  ['Chỉ thị số 47-CT/TW ngày 14/4/2024 của Ban Bí thư', 'information'],
  // (Both 46-CT/TW of 2020 and of 16/5/2025 are in the corpus now: a 46-CT/TW of 14/4/2025 resolves, no unknown.)
  // (278/2025/NĐ-CP and 90/2020/NĐ-CP, unknown when these rows were written, are in the corpus since
  // its twentieth round: a neighbour of the same day stays a hint, one whose subject agrees word for
  // word is suggested. 91/2020/NĐ-CP served as that neighbour until corpus round 177 held it, on spam: its citation with
  // 90/2020's subject is now told by citation-subject-mismatch.)
  ['Căn cứ Nghị định số 279/2025/NĐ-CP, ngày 22/10/2025 của Chính phủ', 'hint'],
  ['Căn cứ Nghị định số 92/2020/NĐ-CP của Chính phủ về đánh giá, xếp loại chất lượng cán bộ, công chức, viên chức', 'information'],
  // One digit off a record of the same day: a sibling of that day's batch as likely as a slip
  // (gazette: every such suggestion named a sibling). Swapped, doubled or dropped digits above stay.
  ['Nghị định số 31/2020/NĐ-CP ngày 5/3/2020 của Chính phủ', 'hint'],
  ['Nghị định số 31/2020/NĐ-CP của Chính phủ về công tác văn thư', 'information'],
  // An issuer that agrees identifies nothing (gazette: "155/2020/NĐ-CP" of the Government is not
  // 154/2020/NĐ-CP — 155 is now known from the gazette layer, 153 since corpus round 93 and 156 since round 174, so 151 stands
  // in for it; "76-NQ/TW của Bộ Chính trị" is not 26-NQ/TW, 70-NQ/TW or 79-NQ/TW (73 served here until corpus round 148 held
  // it)); nor does a year in the id.
  ['Nghị định số 151/2020/NĐ-CP của Chính phủ', 'hint'],
  ['Kết luận số 430-KL/TW của Ban Bí thư', 'hint'],
  ['Nghị quyết số 76-NQ/TW của Bộ Chính trị', 'hint'],
  ['Nghị quyết số 113/2020/QH14 ngày 20/6/2020 của Quốc hội', 'hint'],
  // Decrees of one day share the date: 154, 155, 157 … /2020/NĐ-CP of 31/12/2020 are neighbours of one batch, and a
  // subject none of them carries confirms none (151 for 153 and 156, which corpus rounds 93 and 174 added) …
  ['Căn cứ Nghị định số 151/2020/NĐ-CP ngày 31 tháng 12 năm 2020 của Chính phủ quy định về quản lý tài sản công tại đơn vị sự nghiệp', 'hint'],
  ['Căn cứ Nghị định số 151/2020/NĐ-CP ngày 31 tháng 12 năm 2020 của Chính phủ', 'hint'],
  // … while one record's own subject names it: 156/2020/NĐ-CP on penalties in the securities market.
  ['Căn cứ Nghị định số 151/2020/NĐ-CP ngày 31 tháng 12 năm 2020 của Chính phủ quy định xử phạt vi phạm hành chính trong lĩnh vực chứng khoán', 'information'],
];
for (const [text, severity] of severityCases)
  test(`citation-unknown severity: ${text}`, () => {
    const found = runRule('citation-unknown', text, corpus);
    assert.deepEqual(found.map((f) => f.severity), [severity]);
  });

test('citation-unknown: later mentions of the same id are related locations of the first', () => {
  const text = 'Quyết định số 9876-QĐ/TW; lại Quyết định 9876-QĐ/TW; và 9876-QĐ/TW.';
  const found = runRule('citation-unknown', text, corpus);
  assert.equal(found.length, 1);
  assert.deepEqual(found[0]!.related?.map((r) => r.span.start), [text.indexOf('9876', 20), text.lastIndexOf('9876')]);
});

// Seventh outside probe: every "did you mean" it saw named another document, because the cited one
// was missing from the corpus. A suggestion needs evidence (the full date, or a subject the record
// confirms) and is never a document issued after the report. Records made up for the test.
test('citation-unknown: a number inside a series of one day is a document the corpus lacks, not a swap of digits', () => {
  // Thirty-eighth outside probe: the Standing Committee's resolutions arranging communes, 1654–1687 of 16/6/2025.
  const ubtvqh = (n: string) => ({ type: 'directive' as const, id: `${n}/NQ-UBTVQH15`, kind: 'Nghị quyết', number: n, symbol: 'NQ-UBTVQH15', issuer: 'Ủy ban Thường vụ Quốc hội', date: '2025-06-16', sources: [{ title: 't' }] });
  const series = memoryIndex([ubtvqh('1654'), ubtvqh('1660'), ubtvqh('1687')]);
  const messages = (input: string) => runRule('citation-unknown', input, series).map((f) => f.message.vi);
  assert.deepEqual(messages('Nghị quyết số 1678/NQ-UBTVQH15 ngày 16/6/2025'), ['Kho văn bản chưa có Nghị quyết 1678/NQ-UBTVQH15.']);
  // Past the series' last number, a swap is still a slip.
  assert.deepEqual(messages('Nghị quyết số 1867/NQ-UBTVQH15 ngày 16/6/2025'), ['Kho văn bản chưa có Nghị quyết 1867/NQ-UBTVQH15. Có phải Nghị quyết 1687/NQ-UBTVQH15 (16/6/2025)?']);
});

const probeRecords = memoryIndex([
  { type: 'directive', id: '146/2025/NĐ-CP', kind: 'Nghị định', number: '146', symbol: 'NĐ-CP', issuer: 'Chính phủ', date: '2025-06-12', sources: [{ title: 't' }] },
  { type: 'directive', id: '109/NQ-CP', kind: 'Nghị quyết', number: '109', symbol: 'NQ-CP', issuer: 'Chính phủ', date: '2026-04-16', subject: 'về Kế hoạch triển khai thi hành Luật', sources: [{ title: 't' }] },
  { type: 'directive', id: '35-CT/TW', kind: 'Chỉ thị', number: '35', symbol: 'CT/TW', issuer: 'Bộ Chính trị', date: '2014-05-26', term: 'XI', sources: [{ title: 't' }] },
  { type: 'directive', id: '16-CT/TW', kind: 'Chỉ thị', number: '16', symbol: 'CT/TW', issuer: 'Ban Bí thư', date: '2022-08-10', subject: 'về lãnh đạo đại hội hội nông dân các cấp và Đại hội đại biểu toàn quốc Hội Nông dân Việt Nam lần thứ VIII, nhiệm kỳ 2023 - 2028', sources: [{ title: 't' }] },
]);
const evidence: [string, string, string][] = [
  // The date agrees, but the subject written is one the record cannot confirm (decrees of one day).
  ['Căn cứ Nghị định số 136/2025/NĐ-CP ngày 12 tháng 6 năm 2025 của Chính phủ quy định phân quyền, phân cấp trong lĩnh vực nông nghiệp và môi trường;', '2026-11-23', 'hint'],
  // … and without a subject the date alone does not tell a slip from a sibling of that day's batch.
  ['Căn cứ Nghị định số 136/2025/NĐ-CP ngày 12 tháng 6 năm 2025 của Chính phủ;', '2026-11-23', 'hint'],
  // A swapped digit with the record's date is a slip.
  ['Căn cứ Nghị định số 164/2025/NĐ-CP ngày 12 tháng 6 năm 2025 của Chính phủ;', '2026-11-23', 'Có phải Nghị định 146/2025/NĐ-CP (12/6/2025)?'],
  // Issued after the report: not what it meant. Before it, a subject of two content syllables ("kế hoạch") agrees with
  // any subject that holds them, and identifies nothing (thirty-fifth session: "Hướng dẫn số 18-HD/BTGTW về tuyên truyền
  // thực hiện …" was offered two guides on other campaigns); more do (the rows on 17-CT/TW below).
  ['Hà Nội, ngày 08 tháng 8 năm 2025\n\nChính phủ ban hành Nghị quyết số 139/NQ-CP về Kế hoạch triển khai thi hành Luật.', '2026-11-23', 'hint'],
  ['Hà Nội, ngày 08 tháng 8 năm 2026\n\nChính phủ ban hành Nghị quyết số 139/NQ-CP về Kế hoạch triển khai thi hành Luật.', '2026-11-23', 'hint'],
  // Directives on congresses share their wording; another congress is another document (eighth probe).
  ['Ban Bí thư vừa ban hành Chỉ thị số 17-CT/TW về lãnh đạo Đại hội Mặt trận Tổ quốc Việt Nam các cấp và Đại hội đại biểu toàn quốc Mặt trận Tổ quốc Việt Nam lần thứ IX, nhiệm kỳ 2019-2024.', '2026-11-23', 'hint'],
  ['Ban Bí thư vừa ban hành Chỉ thị số 17-CT/TW về lãnh đạo đại hội hội nông dân các cấp và Đại hội đại biểu toàn quốc Hội Nông dân Việt Nam lần thứ VIII.', '2026-11-23', 'Có phải Chỉ thị 16-CT/TW (10/8/2022)?'],
  // The term agrees, and says nothing more.
  ['Hà Nội, ngày 20 tháng 5 năm 2016\n\nThực hiện Chỉ thị số 03-CT/TW của Bộ Chính trị khóa XI.', '2026-11-23', 'hint'],
];
for (const [text, today, want] of evidence)
  test(`citation-unknown suggests only on evidence: ${text.replace(/\n/g, ' ⏎ ')}`, () => {
    const [f, ...rest] = runRule('citation-unknown', text, probeRecords, today);
    assert.equal(rest.length, 0);
    if (want === 'hint') {
      assert.equal(f!.severity, 'hint');
      assert.doesNotMatch(f!.message.vi, /Có phải/);
    } else assert.ok(f!.message.vi.endsWith(want), f!.message.vi);
  });

test('citation-unknown: a local Party committee\'s document with no province is said to be local, not provincial (29th outside probe)', () => {
  for (const id of ['1234-QĐ/TU', '74-KH/ĐU', '260-CV/HU']) {
    const [f] = runRule('citation-unknown', `Thực hiện văn bản số ${id} ngày 4/1/2024.`, corpus);
    assert.match(f?.message.vi ?? '', /Văn bản của cấp ủy địa phương: kho chỉ tra được khi báo cáo ghi rõ tỉnh/u, id);
  }
});

test('citation-unknown: "08-QĐ/TW" written for the Central Committee\'s "08-QĐi/TW" is suggested when the subject agrees (28th outside probe)', () => {
  const [f] = runRule('citation-unknown', 'Thực hiện Quy định số 08-QĐ/TW của Ban Chấp hành Trung ương Đảng khóa XII về "Trách nhiệm nêu gương của cán bộ, đảng viên, trước hết là Ủy viên Bộ Chính trị, Ủy viên Ban Bí thư, Ủy viên Ban Chấp hành Trung ương".', corpus);
  assert.match(f?.message.vi ?? '', /Có phải Quy định 08-QĐi\/TW \(25\/10\/2018\)\?/u);
  assert.equal(f?.fixes?.[0]?.edits[0]?.newText, '08-QĐi/TW');
  // Nothing written that identifies it: no suggestion.
  const [g] = runRule('citation-unknown', 'Thực hiện Quy định số 08-QĐ/TW.', corpus);
  assert.doesNotMatch(g?.message.vi ?? '', /Có phải/u);
});

test('an action programme for another resolution is no "did you mean", whatever the wording it shares (probe 386)', () => {
  // Probe 386 cited 41/NQ-CP, a record since corpus round 152: 13/NQ-CP, which the corpus does not hold, stands in for it
  // (without the guard it draws three action programmes for other resolutions).
  const found = runRule('citation-unknown', 'Chính phủ vừa ban hành Nghị quyết số 13/NQ-CP về Chương trình hành động của Chính phủ thực hiện Nghị quyết Đại hội XIV của Đảng.', corpus, '2026-12-01');
  assert.deepEqual(
    found.map((f) => [f.severity, f.message.vi]),
    [['hint', 'Kho văn bản chưa có Nghị quyết 13/NQ-CP.']],
  );
});

test('citation-unknown: the Assembly\'s symbol after its own name offers no Standing Committee resolution', () => {
  const [f] = runRule('citation-unknown', 'theo Nghị quyết số 1659/2025/QH15 của Quốc hội.', corpus);
  assert.equal(f!.severity, 'hint');
  assert.deepEqual(f!.fixes ?? [], []);
});

test('citation-unknown: the year written after a yearless id rules out a record of another year as the slip meant (probe 438)', () => {
  // The corpus holds 28/CT-TTg of 10/9/2014 (ethnic affairs), one digit from 29; the text names its directive's year, 2018.
  const text = 'Chỉ thị 29/CT-TTg năm 2018 về tăng cường hiệu lực quản lý nhà nước đối với công tác quản lý, vận hành, sử dụng nhà chung cư do Thủ tướng Chính phủ ban hành';
  const found = runRule('citation-unknown', text, corpus).map((f) => [f.severity, f.message.vi]);
  assert.deepEqual(found, [['hint', 'Kho văn bản chưa có Chỉ thị 29/CT-TTg.']]);
});
