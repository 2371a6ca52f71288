import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { bundledIndex, memoryIndex } from '../../helpers/corpus';
import type { CorpusIndex } from '../../../server/src/core/index';
import { applyFix, checkRule, runRule, type RuleCase } from '../../helpers/rules';
import { read } from '../../../server/src/core/extract/reading';

const corpus = memoryIndex([]);

const cases: RuleCase[] = [
  // A blog's stamp alone under its byline, month first, that the header took as the text's day (fortieth session's probe
  // 383): no error; the same written in the body still is one.
  { text: 'Quy định số 24-QĐ/TW, ngày 30/7/2021 của Ban Chấp hành Trung ương\n\nNGUYỄN VĂN BÁCH\n\n7/20/2024\n\nQuy định gồm 6 chương.' },
  { text: 'Quy định gồm 6 chương, ban hành ngày ⟦7/20/2024⟧ tại Hà Nội.', messages: ['không có tháng 20'] },
  { text: 'Hội nghị tổ chức ngày ⟦29/2/2019⟧ tại Hà Nội.', messages: ['năm 2019 không phải năm nhuận'] },
  { text: 'Ngày ⟦31/4/2020⟧, Ban Dân vận họp.', messages: ['tháng 4 chỉ có 30 ngày'] },
  { text: 'Hà Nội, ngày ⟦30 tháng 02 năm 2021⟧', messages: ['tháng 2 chỉ có 28 ngày'] },
  { text: 'ngày ⟦15/13/2022⟧', messages: ['không có tháng 13'] },
  { text: 'ngày ⟦32-1-2020⟧', messages: ['tháng 1 chỉ có 31 ngày'] },
  { text: 'ngày ⟦00/1/2020⟧', messages: ['không có ngày 0'] },
  { text: 'sáng ⟦30/2⟧, Hội nghị khai mạc.', messages: ['tháng 2 chỉ có 29 ngày'] },
  // Valid dates raise nothing.
  { text: 'ngày 29/2/2020, ngày 31/12/2021, ngày 28 tháng 02 năm 2023, 1/7/2025' },
  { text: 'Nghị định số 30/2020/NĐ-CP; tỷ lệ 1/3; 2024-2025' },
  // A site's stamp in the American order, its time after it: 25 June 2018 (eighty-first outside probe). Without the time,
  // or when the swapped reading is no date either, it is told.
  { text: 'Thời gian đăng: 6/25/2018 4:16:54 PM' },
  { text: 'Cập nhật 12/31/2024 9:05 AM' },
  { text: 'ngày ⟦6/25/2018⟧ tại Hà Nội', messages: ['không có tháng 25'] },
  { text: 'Thời gian đăng: ⟦2/30/2018⟧ 4:16:54 PM', messages: ['không có tháng 30'] },
  // … or its counters, the stamp opening its line (thirty-seventh session's probe 326); a date in a sentence stays told.
  { text: 'Đề án Số 12-ĐA/TU\n\n5/14/2024 96 Đã xem\n\nNội dung.' },
  { text: 'Họp ngày ⟦5/14/2024⟧ 96 Đã xem', messages: ['không có tháng 14'] },
  // … or its time after a dash (thirty-eighth session's probe 330).
  { text: 'Quốc hội thông qua Luật\n\n11/20/2020 - 12:00 AM\n\nNội dung.' },
  { text: 'Họp ngày ⟦11/20/2020⟧ - 12 đại biểu', messages: ['không có tháng 20'] },
  // A year of three digits after "ngày": a digit dropped (outside probes: "ngày 31/07/202", "ngày 26 tháng 11 năm 201").
  // The issuer after it is still read (citation tests).
  { text: 'Quyết định số 45/QĐ-UBND ngày ⟦12/5/225⟧ của UBND tỉnh', messages: ['năm "225" có 3 chữ số'] },
  { text: 'Căn cứ Luật Cơ yếu ngày ⟦26 tháng 11 năm 201⟧;', messages: ['năm "201" có 3 chữ số'] },
  // … but a state number's own year begun there is citation-date-mismatch's to tell, with that year (probe 335).
  { text: 'theo Thông tư số 15/2015/TT-BVHTTDL ngày 22/12/201 5 của Bộ Văn hóa' },
  // … but not where the text ends: a year still being typed, or an excerpt cut there (hundred-and-sixteenth outside probe).
  { text: 'Căn cứ Nghị định số 186/2025/NĐ-CP ngày 01 tháng 7 năm 202' },
  { text: 'Căn cứ Nghị định số 186/2025/NĐ-CP ngày 01/7/202 \n' },
  // Five digits are a year and a footnote's mark (the gazette's "ngày 08/10/20181", "năm 20205."): a date, no error.
  { text: 'Nghị định số 140/2018/NĐ-CP ngày 08/10/20181 sửa đổi; Hà Nội, ngày 23 tháng 02 năm 20264' },
  // Not after "ngày", or not a year's shape: no date at all.
  { text: 'Tỷ lệ 15/3/20255; giảm 1/2/345 lần; ngày 1/2/045; ngày 12/5/30255; ngày 40/5/225' },
  // Disable comments.
  { text: '<!-- vanban-disable-next-line date-invalid -->\nngày 31/4/2020\nngày ⟦31/6/2020⟧' },
  { text: '<!-- vanban-disable date-invalid -->\nngày 31/4/2020\n<!-- vanban-enable -->\nngày ⟦31/6/2020⟧' },
  // A year centuries after the text's: a slip of the keys, mended when one digit from a year near it (outside probe 416).
  { text: 'Ngày 20/8/2025\nNghị định có hiệu lực thi hành từ ngày ⟦15/8/2925⟧.', messages: ['năm 2925 cách năm của văn bản (2025) hơn 100 năm; có phải năm 2025?'] },
  { text: 'Ngày 20/8/2025\nKế hoạch đến ngày ⟦31/12/2205⟧.', messages: ['hơn 100 năm; có phải năm 2025?'] },
  { text: 'Ngày 20/8/2025\nTầm nhìn đến năm 2100; ngày 31/12/2045 hoàn thành; ngày 1/1/2125 không ai viết.' },
  // "năm" typed for "tháng" (probe 439): a warning, the word mended in the writer's case; not without "ngày", nor with a
  // month that does not exist.
  { text: 'Nghị định số 98/2019/NĐ-CP ngày ⟦27 năm 12 năm 2019⟧ của Chính phủ', messages: ['Ngày viết nhầm: "27 năm 12 năm 2019" — chữ trước tháng là "tháng", không phải "năm" ("27 tháng 12 năm 2019").'] },
  { text: 'NGÀY ⟦5 NĂM 3 NĂM 2020⟧', messages: ['("5 THÁNG 3 NĂM 2020")'] },
  { text: 'Sau 5 năm 3 năm 2020 đã qua; ngày 5 năm 13 năm 2020.' },
  // "ngày" typed for "tháng" (fifty-first session's probe 475): the same.
  { text: 'Thông tư 05/2021/TT-TTCP ngày ⟦01 ngày 10 năm 2021⟧ của Thanh tra Chính phủ', messages: ['Ngày viết nhầm: "01 ngày 10 năm 2021" — chữ trước tháng là "tháng", không phải "ngày" ("01 tháng 10 năm 2021").'] },
  { text: 'Trong 5 ngày 10 năm 2021 đã qua; ngày 5 ngày 13 năm 2021.' },
  // "tháng" typed for "năm" (forty-ninth session's probe 463; two more in the sets and the gazette): the same, before the year.
  { text: 'Căn cứ Quyết định số 1085/QĐ-TTg ngày ⟦15 tháng 9 tháng 2022⟧ của Thủ tướng Chính phủ', messages: ['Ngày viết nhầm: "15 tháng 9 tháng 2022" — chữ trước năm là "năm", không phải "tháng" ("15 tháng 9 năm 2022").'] },
  { text: 'Căn cứ Nghị định 63/2010/NĐ-CP ngày ngày ⟦08 tháng 6 ngăm 2010⟧ của Chính phủ', messages: ['Ngày viết nhầm: "08 tháng 6 ngăm 2010" — chữ trước năm là "năm", không phải "ngăm" ("08 tháng 6 năm 2010").'] },
  { text: 'Ngày ⟦20 THÁNG 3 THÁNG 2006⟧', messages: ['("20 THÁNG 3 NĂM 2006")'] },
  { text: 'Trong tháng 9 tháng 2022 có nhiều việc; ngày 15 tháng 13 tháng 2022.' },
];

for (const c of cases) test(`date-invalid: ${c.text.replace(/\n/g, ' ⏎ ')}`, () => void checkRule('date-invalid', corpus, c));

test('date-invalid: "năm" for "tháng" is mended by its fix, and the date is the citation\'s', () => {
  const text = 'Căn cứ Nghị định số 98/2019/NĐ-CP ngày 27 năm 12 năm 2019 của Chính phủ;';
  const [f] = runRule('date-invalid', text, corpus);
  assert.ok(f);
  assert.equal(f.severity, 'warning');
  assert.equal(f.fixes?.[0]?.safe, true);
  assert.equal(applyFix(text, f), 'Căn cứ Nghị định số 98/2019/NĐ-CP ngày 27 tháng 12 năm 2019 của Chính phủ;');
  const [c] = read(text).citations;
  assert.deepEqual([c?.date?.iso, c?.issuer?.name], ['2019-12-27', 'Chính phủ']);
});

// A known document's impossible date is told once, by citation-date-mismatch with the document's day (hundred-and-thirty-
// fifth outside probe: "ngày 50/8/2008" drew two errors); an unknown document's, and a date of no citation, still here.
let bundled: CorpusIndex;
before(async () => {
  bundled = await bundledIndex();
});
const withCorpus: RuleCase[] = [
  { text: 'Thực hiện Nghị quyết số 26-NQ/TW ngày 50/8/2008 của Ban Chấp hành Trung ương về nông nghiệp, nông dân, nông thôn.' },
  { text: 'Thực hiện Quyết định số 999-QĐ/TW ngày ⟦50/8/2008⟧ của Ban Bí thư.', messages: ['tháng 8 chỉ có 31 ngày'] },
  { text: 'Nghị quyết số 26-NQ/TW ngày 5/8/2008; ngày ⟦31/4/2020⟧ họp.', messages: ['tháng 4 chỉ có 30 ngày'] },
  // A known document's date centuries ahead: told by citation-date-mismatch with its day (probe 107), not twice.
  { text: 'Ngày 20/8/2019\nCăn cứ Quyết định số 46/2014/QĐ-TTg ngày 15/8/5014 của Thủ tướng Chính phủ; ngày ⟦1/9/5019⟧ họp.', messages: ['năm 5019'] },
];
for (const c of withCorpus) test(`date-invalid, bundled corpus: ${c.text}`, () => void checkRule('date-invalid', bundled, c));

test('date-invalid: the mended year is offered as a fix on the original text', () => {
  const text = 'Ngày 20/8/2025\r\nNghị định có hiệu lực từ ngày 15/8/2925.';
  const [f] = runRule('date-invalid', text, corpus);
  assert.equal(applyFix(text, f!), 'Ngày 20/8/2025\r\nNghị định có hiệu lực từ ngày 15/8/2025.');
});

test('date-invalid: "tháng" for "năm" is mended by its fix, and the date is the citation\'s', () => {
  const text = 'Căn cứ Quyết định số 1085/QĐ-TTg ngày 15 tháng 9 tháng 2022 của Thủ tướng Chính phủ;';
  const [f] = runRule('date-invalid', text, corpus);
  assert.ok(f);
  assert.equal(applyFix(text, f), 'Căn cứ Quyết định số 1085/QĐ-TTg ngày 15 tháng 9 năm 2022 của Thủ tướng Chính phủ;');
  const [c] = read(text).citations;
  assert.deepEqual([c?.date?.iso, c?.issuer?.name], ['2022-09-15', 'Thủ tướng Chính phủ']);
});
