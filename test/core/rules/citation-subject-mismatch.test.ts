import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import type { CorpusIndex } from '../../../server/src/core/index';
import { bundledIndex } from '../../helpers/corpus';
import { applyFix, checkRule, runRule, type RuleCase } from '../../helpers/rules';

let corpus: CorpusIndex;
before(async () => {
  corpus = await bundledIndex();
});

const cases: RuleCase[] = [
  // The subject of 21-NQ/TW (population), passed the same day, written after 20-NQ/TW (the people's health): two hundred
  // and ninety-second outside probe, nothing was said. With no date the citation is one of four 20-NQ/TW, none on population.
  { text: 'Quán triệt Nghị quyết số 20 - NQ/TW “⟦Công tác dân số trong tình hình mới”⟧.', messages: ['là của Nghị quyết 21-NQ/TW ngày 25/10/2017. Có lẽ số 20 viết nhầm'] },
  // With the date and term, the one document: its own subject is named.
  { text: 'Nghị quyết số 20-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương Đảng khóa XII ⟦về công tác dân số trong tình hình mới⟧', messages: ['Trích yếu “công tác dân số trong tình hình mới” là của Nghị quyết 21-NQ/TW ngày 25/10/2017; Nghị quyết 20-NQ/TW là về “tăng cường công tác bảo vệ'] },
  // The right numbers say nothing, nor does a list that joins both subjects.
  { text: 'Nghị quyết số 21-NQ/TW “Công tác dân số trong tình hình mới”; Nghị quyết số 20-NQ/TW về tăng cường công tác bảo vệ, chăm sóc và nâng cao sức khỏe nhân dân trong tình hình mới.' },
  { text: 'Nghị quyết 20-NQ/TW và Nghị quyết 21-NQ/TW của Ban Chấp hành Trung ương Đảng (khóa XII) về tăng cường công tác bảo vệ, chăm sóc, nâng cao sức khỏe nhân dân, công tác dân số trong tình hình mới.' },
  // A subject no document of the series has: another document of the number, not a slip.
  { text: 'Nghị quyết số 20-NQ/TW về phát triển kinh tế - xã hội của huyện giai đoạn 2021 - 2025.' },
  // A subject written once after a list belongs to its members together (the first outside probes' set q: the second was
  // told it had the first's subject).
  { text: 'Tổng kết 10 năm thực hiện Quyết định 217-QĐ/TW, Quyết định 218-QĐ/TW, ngày 12/12/2013 của Bộ Chính trị (khóa XI) về giám sát, phản biện xã hội; góp ý xây dựng Đảng, xây dựng chính quyền của MTTQ Việt Nam.' },
  // A day written that is another document's is told by citation-date-mismatch, which names that document (probe 161).
  { text: 'Căn cứ nghị định số 66/2023/NĐ-CP ngày 07 tháng 12 năm 2023 của Chính phủ quy định về khung tiêu chuẩn và trình tự, thủ tục hồ sơ xét tặng danh hiệu “Gia đình văn hóa”, “Thôn văn hóa”, “Xã, phường, thị trấn tiêu biểu”;' },
  // A date written that is not the sibling's: the subject may be the slip as well as the number; nothing is said.
  { text: 'Nghị quyết số 20-NQ/TW ngày 16/6/2022 về công tác dân số trong tình hình mới.' },
  // A period that is not the record's (thirty-eighth session's probe 329): information, the period mended; the record's own
  // period, or a subject on another matter, says nothing.
  { text: 'triển khai thực hiện Đề án 2415 về hỗ trợ phụ nữ khởi nghiệp giai đoạn ⟦2026-2030⟧.', messages: ['Quyết định 2415/QĐ-TTg ngày 31/10/2025 là giai đoạn 2026 - 2035, không phải 2026 - 2030'] },
  { text: 'triển khai thực hiện Đề án 2415 về hỗ trợ phụ nữ khởi nghiệp giai đoạn 2026 - 2035.' },
  { text: 'triển khai thực hiện Quyết định số 2415/QĐ-TTg về phát triển kinh tế - xã hội giai đoạn 2021-2025.' },
  // A plan's period after the resolution's subject, and a review's (test sets zzv and 130).
  { text: 'ban hành Kế hoạch triển khai thực hiện Nghị quyết số 35/NQ-CP ngày 04/6/2019 của Chính phủ về tăng cường huy động các nguồn lực của xã hội đầu tư cho phát triển giáo dục và đào tạo trên địa bàn tỉnh Cao Bằng giai đoạn 2020 - 2025.' },
  { text: 'dự thảo sơ kết 5 năm thực hiện Nghị quyết số 21-NQ/TW ngày 22/11/2012 của Bộ Chính trị (khóa XI) về tăng cường sự lãnh đạo của Đảng đối với công tác bảo hiểm xã hội, bảo hiểm y tế giai đoạn 2012 - 2017.' },
  { text: 'Thủ tướng Chính phủ ban hành Quyết định số 800/QĐ-TTg, “Về phê duyệt Chương trình mục tiêu quốc gia về xây dựng nông thôn mới giai đoạn ⟦2010 - 2022⟧”', messages: ['là giai đoạn 2010 - 2020, không phải 2010 - 2022'] },
  // A law cited by another law's name and this one's number (forty-second session's probe 392: only the hover said so); the
  // other law of the name passed by the report's date comes first.
  {
    text: 'Căn cứ ⟦Luật Tổ chức chính quyền địa phương số 75/2025/QH15⟧;',
    messages: ['Số 75/2025/QH15 là Luật sửa đổi, bổ sung một số điều của Luật Quảng cáo ngày 16/6/2025, không phải Luật Tổ chức chính quyền địa phương; Luật Tổ chức chính quyền địa phương là số 72/2025/QH15 (16/6/2025) hoặc 65/2025/QH15 (19/2/2025) hoặc 77/2015/QH13 (19/6/2015)'],
  },
  // The name of the law the cited one replaced (probe 93), and an amendment named with the code's number (probe 188): each
  // says what it means. The law's own name and number say nothing.
  { text: 'Căn cứ Luật Phòng cháy và chữa cháy số 55/2024/QH15;' },
  { text: 'Căn cứ Luật sửa đổi, bổ sung một số điều của Bộ luật Hình sự số 100/2015/QH13;' },
  { text: 'Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15; Luật Đất đai số 31/2024/QH15;' },
  // A congress's ordinal that is not the record's (forty-ninth session's probe 461: nothing was said); the record's own, and
  // another congress (a province's), say nothing.
  {
    text: 'Chỉ thị này thay thế Chỉ thị số 35-CT/TW, ngày 14/6/2024 của Bộ Chính trị về đại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ ⟦XVI⟧ của Đảng.',
    messages: ['Chỉ thị 35-CT/TW ngày 14/6/2024 là về Đại hội đại biểu toàn quốc lần thứ XIV, không phải lần thứ XVI'],
  },
  { text: 'Thực hiện Chỉ thị số 35-CT/TW, ngày 14/6/2024 của Bộ Chính trị về đại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XIV của Đảng.' },
  { text: 'Thực hiện Chỉ thị số 35-CT/TW, ngày 14/6/2024 của Bộ Chính trị về đại hội đảng bộ các cấp tiến tới Đại hội Đảng bộ tỉnh lần thứ XX.' },
];

for (const c of cases) test(`citation-subject-mismatch: ${c.text}`, () => void checkRule('citation-subject-mismatch', corpus, c));

test('citation-subject-mismatch: a period not the record\'s is information, its fix the record\'s years', () => {
  const text = 'triển khai Đề án 2415 về hỗ trợ phụ nữ khởi nghiệp giai đoạn 2026-2030.';
  const [f] = runRule('citation-subject-mismatch', text, corpus);
  assert.equal(f!.severity, 'information');
  assert.equal(applyFix(text, f!), 'triển khai Đề án 2415 về hỗ trợ phụ nữ khởi nghiệp giai đoạn 2026-2035.');
});

test('citation-subject-mismatch: the fix writes the other number and is not for Fix all', () => {
  const text = 'Quán triệt Nghị quyết số 20-NQ/TW “Công tác dân số trong tình hình mới”.';
  const [f] = runRule('citation-subject-mismatch', text, corpus);
  assert.equal(f!.severity, 'warning');
  assert.equal(f!.fixes![0]!.safe, false);
  assert.equal(applyFix(text, f!), 'Quán triệt Nghị quyết số 21-NQ/TW “Công tác dân số trong tình hình mới”.');
});

test('citation-subject-mismatch: a law named otherwise is a warning whose fix writes the named law\'s number of the year written', () => {
  const text = 'Căn cứ Luật Tổ chức chính quyền địa phương số 75/2025/QH15;';
  const [f] = runRule('citation-subject-mismatch', text, corpus);
  assert.equal(f!.severity, 'warning');
  assert.equal(f!.fixes![0]!.safe, false);
  assert.equal(applyFix(text, f!), 'Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;');
});

test("citation-subject-mismatch: a congress's ordinal not the record's is a warning, its fix the record's ordinal", () => {
  const text = 'Thực hiện Chỉ thị số 35-CT/TW ngày 14/6/2024 của Bộ Chính trị về đại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XIII của Đảng.';
  const [f] = runRule('citation-subject-mismatch', text, corpus);
  assert.equal(f!.severity, 'warning');
  assert.equal(applyFix(text, f!), text.replace('lần thứ XIII', 'lần thứ XIV'));
});
