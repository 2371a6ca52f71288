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
  // The eighth outside probe's slip: fifteen years, one digit from the five the writer meant.
  { text: 'Đại hội đại biểu toàn quốc Hội Nông dân Việt Nam lần thứ VIII, nhiệm kỳ ⟦2023 – 2038⟧ và Kế hoạch số 560-KH/HNDTW.', messages: ['dài 15 năm; một nhiệm kỳ dài nhiều nhất 5 năm — có phải 2023 – 2028?'] },
  // Five, four (Quốc hội khóa XII), two and a half, one: terms that exist.
  { text: 'Đại hội Đảng bộ tỉnh lần thứ XVII, nhiệm kỳ 2020 - 2025; Quốc hội khóa XII (nhiệm kỳ 2007–2011).' },
  { text: 'Đại hội Đoàn cơ sở nhiệm kỳ 2022-2024; Ban Chấp hành chi đoàn nhiệm kỳ 2024 - 2025.' },
  { text: 'NHIỆM KỲ 2025 - 2030' },
  // Written in capitals, in parentheses, with "đến": still one term.
  { text: 'ĐẠI HỘI ĐẠI BIỂU ĐẢNG BỘ XÃ NHIỆM KỲ (⟦2025 - 2036⟧)', messages: ['dài 11 năm'] },
  { text: 'Ban Chấp hành nhiệm kỳ ⟦2020 đến 2019⟧ đã họp.', messages: ['năm kết thúc không sau năm bắt đầu'] },
  // Several terms counted, and the long terms of the early decades.
  { text: 'Qua hai nhiệm kỳ 2010 – 2020, các nhiệm kỳ 2000 - 2010 và 3 nhiệm kỳ 2005-2020, tỉnh đã đạt nhiều kết quả.' },
  { text: 'Quốc hội khóa I, nhiệm kỳ 1946 – 1960, đã thông qua hai bản Hiến pháp.' },
  // The People's Councils of 2004 sat until 2011 (Nghị quyết 25/2008/QH12; fifty-third session's probe 500); another term
  // of seven years from 2004 is still a slip.
  { text: 'Hội đồng nhân dân huyện Đình Lập khoá 18 đã tổ chức kỳ họp thứ 17, nhiệm kỳ 2004- 2011.' },
  { text: 'Ban Chấp hành Đoàn nhiệm kỳ ⟦2004 - 2012⟧.', messages: ['dài 8 năm'] },
  // Ten years may be a wrong start as well as a wrong end: no guess.
  { text: 'Ban Chấp hành nhiệm kỳ ⟦2015 – 2025⟧.', messages: ['dài 10 năm; một nhiệm kỳ dài nhiều nhất 5 năm.'] },
  // The Assembly's and the councils' terms are known: the Party's five years written for them (outside probe 411), and
  // a term of theirs cut short. The Party's own term beside a council's title is not theirs; nor a council's of 1999.
  { text: 'Cuộc bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp nhiệm kỳ ⟦2026 - 2030⟧ diễn ra ngày 15/3/2026.', messages: ['Nhiệm kỳ 2026 – 2030: nhiệm kỳ của Quốc hội (khóa XVI) và Hội đồng nhân dân bắt đầu năm 2026 là 2026 – 2031.'] },
  { text: 'Kỳ họp thứ 10 Quốc hội khóa XV, nhiệm kỳ ⟦2021-2025⟧.', messages: ['bắt đầu năm 2021 là 2021 – 2026'] },
  { text: 'Chủ tịch UBND tỉnh nhiệm kỳ 2021 - 2026; ĐBQH nhiệm kỳ 2016-2021; HĐND xã nhiệm kỳ 2026-2031.' },
  { text: 'Bí thư Đảng ủy, Chủ tịch UBND xã nhiệm kỳ 2025-2030; Đại hội Đảng bộ UBND tỉnh nhiệm kỳ 2025 - 2030.' },
  { text: 'Kỳ họp thứ 3, Hội đồng nhân dân tỉnh Lào Cai nhiệm kỳ 1999- 2004; HĐND tỉnh nhiệm kỳ 2004 - 2009.' },
  { text: 'Ủy ban MTTQ Việt Nam tỉnh nhiệm kỳ 2024 - 2029; Hội đồng nhân dân tỉnh và Hội Nông dân tỉnh nhiệm kỳ 2023 - 2028.' },
  // The elections' phrase with the khóa of the term before (probe 445): the years are the councils' and the Assembly's, the
  // khóa is not; the right khóa is a fix, not safe (the years may be the slip).
  { text: 'hỗ trợ kinh phí phục vụ bầu cử đại biểu Quốc hội khóa ⟦XV⟧ và Đại biểu Hội đồng nhân dân các cấp nhiệm kỳ 2026-2031 của Thành phố Hà Nội', messages: ['Quốc hội khóa XV là nhiệm kỳ 2021 – 2026; nhiệm kỳ 2026 – 2031 là khóa XVI.'] },
  { text: 'BẦU CỬ ĐẠI BIỂU QUỐC HỘI KHÓA ⟦XIV⟧ VÀ ĐẠI BIỂU HĐND CÁC CẤP NHIỆM KỲ 2021 - 2026', today: '2021-03-01', messages: ['Quốc hội khóa XIV là nhiệm kỳ 2016 – 2021; nhiệm kỳ 2021 – 2026 là khóa XV.'] },
  // Which of the two is the slip is told by the elections the text's day leads to: in 2026 the khóa is right and the years
  // of the term before are the slip (probe 55).
  { text: 'Bầu cử đại biểu Quốc hội khóa XVI và đại biểu Hội đồng nhân dân các cấp nhiệm kỳ ⟦2021-2026⟧ là quyền và nghĩa vụ của công dân.', today: '2026-03-13', messages: ['Quốc hội khóa XVI là nhiệm kỳ 2026 – 2031, không phải 2021 – 2026 (nhiệm kỳ khóa XV).'] },
  { text: 'Bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp nhiệm kỳ 2026-2031; Quốc hội khóa XV, HĐND nhiệm kỳ 2021 - 2026.' },
  // A year inside a longer number is not a term ("nhiệm kỳ 2020-20251").
  { text: 'nhiệm kỳ 2020-20251' },
];

for (const c of cases) test(`office-term-span: ${c.text}`, () => void checkRule('office-term-span', corpus, c));

test('office-term-span: the fix writes the five years the term meant, on the original text (CRLF, no-break space)', () => {
  const text = 'Dòng đầu\r\nĐại hội lần thứ VIII, nhiệm\u00a0kỳ 2023 – 2038.\r\n';
  const [f] = runRule('office-term-span', text, corpus);
  assert.equal(text.slice(f!.span.start, f!.span.end), '2023 – 2038');
  assert.equal(f!.severity, 'warning');
  assert.equal(applyFix(text, f!), 'Dòng đầu\r\nĐại hội lần thứ VIII, nhiệm\u00a0kỳ 2023 – 2028.\r\n');
  assert.equal(f!.fixes![0]!.safe, false);
});

test("office-term-span: the Assembly's term is written with its end", () => {
  const text = 'đại biểu HĐND các cấp nhiệm kỳ 2026 - 2030.';
  const [f] = runRule('office-term-span', text, corpus);
  assert.equal(applyFix(text, f!), 'đại biểu HĐND các cấp nhiệm kỳ 2026 - 2031.');
});

test('office-term-span: no fix when nothing but the writer can say which year is wrong', () => {
  const [f] = runRule('office-term-span', 'Ban Chấp hành nhiệm kỳ 2020 đến 2019.', corpus);
  assert.equal(f!.fixes, undefined);
});

test("office-term-span: the elections' phrase mends the khóa or the years, whichever the text's day says is the slip, not safely", () => {
  const text = 'bầu cử đại biểu Quốc hội khóa XV và đại biểu HĐND các cấp nhiệm kỳ 2026 - 2031.';
  const [f] = runRule('office-term-span', text, corpus, '2025-11-20');
  assert.equal(applyFix(text, f!), 'bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp nhiệm kỳ 2026 - 2031.');
  assert.equal(f!.fixes![0]!.safe, false);
  const later = 'bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp nhiệm kỳ 2021-2026.';
  const [g] = runRule('office-term-span', later, corpus, '2026-03-13');
  assert.equal(applyFix(later, g!), 'bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp nhiệm kỳ 2026-2031.');
  // Neither the term of its day's elections: told, with no fix.
  const [h] = runRule('office-term-span', 'bầu cử đại biểu Quốc hội khóa XIII và đại biểu HĐND các cấp nhiệm kỳ 2021-2026.', corpus, '2026-03-13');
  assert.equal(h!.fixes, undefined);
});
