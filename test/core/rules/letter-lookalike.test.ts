import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze, resolveOptions, RULE_CODES } from '../../../server/src/core/index';
import { memoryIndex } from '../../helpers/corpus';
import { parseMarkers } from '../../helpers/markers';
import { applyFix, checkRule, type RuleCase } from '../../helpers/rules';

const corpus = memoryIndex([]);

// Lookalike letters as PDF copies and some sites give them (outside probes 90, 113, 138), then what must stay quiet.
const cases: (RuleCase & { fixed?: string })[] = [
  // Probe 113 (022): "ƣ" for "ư" in a law's name.
  { text: 'Căn cứ Luật Thi đua, khen ⟦thƣởng⟧ ngày 26 tháng 11 năm 2003;', fixed: 'Căn cứ Luật Thi đua, khen thưởng ngày 26 tháng 11 năm 2003;', messages: ['"thƣởng" có chữ không phải chữ tiếng Việt: "ƣ" (U+01A3) → "ư", thường do chép từ tệp PDF; nên viết "thưởng".'] },
  // Probe 90 (006): two in one word, one finding; each word its own.
  { text: 'Hội nghị Trung ⟦ƣơng⟧ 4 khóa X về Chiến ⟦lƣợc⟧ biển', fixed: 'Hội nghị Trung ương 4 khóa X về Chiến lƣợc biển' },
  { text: '⟦ƢỚC⟧ TÍNH', fixed: 'ƯỚC TÍNH', messages: ['"Ƣ" (U+01A2) → "Ư"'] },
  // The eth for "Đ", "đ" (some Party sites).
  { text: '⟦Ðảng⟧ bộ tỉnh', fixed: 'Đảng bộ tỉnh', messages: ['"Ð" (U+00D0) → "Đ"'] },
  { text: 'Ban Chấp hành ⟦ðoàn⟧', fixed: 'Ban Chấp hành đoàn' },
  // Decomposed text (NFD): the word as written, the fix on the letter alone.
  { text: `khen ⟦${'thƣởng'.normalize('NFD')}⟧`, fixed: `khen ${'thưởng'.normalize('NFD')}` },

  // A Cyrillic "С" in a symbol (two-hundred-and-fifth outside probe); a word all Cyrillic is Russian: nothing.
  { text: 'Thông tư số 133/2025/TT-⟦BT\u0421⟧ của Bộ Tài chính', fixed: 'Thông tư số 133/2025/TT-BTC của Bộ Tài chính', messages: ['"С" (U+0421) → "C"'] },
  { text: 'Hội nghị tại \u041c\u043e\u0441\u043a\u0432\u0430, Liên bang Nga.' },
  // A symbol's part all Cyrillic, joined to the rest by "-" or "/" (forty-eighth session's probe 455: "NĐ-СР" said nothing).
  { text: 'Nghị định 126/2024/NĐ-⟦\u0421\u0420⟧ của Chính phủ', fixed: 'Nghị định 126/2024/NĐ-CP của Chính phủ', messages: ['"С" (U+0421) → "C", "Р" (U+0420) → "P"'] },
  { text: 'Quyết định số 12/⟦\u0421\u0422⟧-TTg', fixed: 'Quyết định số 12/CT-TTg' },
  { text: 'Tuyến \u041c\u043e\u0441\u043a\u0432\u0430 - Hà Nội; \u041c\u0418\u0420-2025' },
  // Greek capitals for Latin ones in a symbol (fifty-fifth session's probe 517: "QĐ-BHΧΗ"); a word all Greek is Greek.
  { text: 'Quyết định 1456/QĐ-⟦BH\u03a7\u0397⟧ năm 2025', fixed: 'Quyết định 1456/QĐ-BHXH năm 2025', messages: ['"Χ" (U+03A7) → "X", "Η" (U+0397) → "H"'] },
  { text: 'Công văn số 12/⟦\u0392\u03a7\u0397⟧-CSYT', fixed: 'Công văn số 12/BXH-CSYT' },
  { text: 'Đảng Cộng sản Hy Lạp (\u039a\u039a\u0395) và các chữ α, β, Ω trong công thức.' },

  // The Vietnamese letters: nothing.
  { text: 'Ban Chấp hành Trung ương Đảng; Luật Thi đua, khen thưởng; ƯỚC TÍNH; Ư, ư, Đ, đ.' },
];

for (const c of cases)
  test(`letter-lookalike: ${c.text}`, () => {
    const found = checkRule('letter-lookalike', corpus, c);
    if (c.fixed !== undefined) assert.equal(applyFix(parseMarkers(c.text).text, found[0]!), c.fixed);
  });

test('letter-lookalike: the reader reads "ƣ" as "ư" — a law named with it resolves, spans on the original', () => {
  const law = {
    type: 'directive',
    id: '15/2003/QH11',
    kind: 'Luật',
    number: '15',
    symbol: 'QH11',
    issuer: 'Quốc hội',
    date: '2003-11-26',
    name: 'Thi đua, khen thưởng',
    sources: [{ note: 'test' }],
  };
  const idx = memoryIndex([law as never]);
  const { options } = resolveOptions(undefined, RULE_CODES);
  const text = 'Căn cứ Luật Thi đua, khen thƣởng ngày 26 tháng 11 năm 2003;';
  const a = analyze(text, idx, options, '2026-12-01');
  const i = a.reading.citations.findIndex((c) => c.named?.kind === 'law');
  assert.ok(i >= 0, 'the law is read');
  const c = a.reading.citations[i]!;
  assert.equal(text.slice(c.span.start, c.fullSpan.end), 'Luật Thi đua, khen thƣởng ngày 26 tháng 11 năm 2003');
  assert.equal(a.resolutions[i]?.entry.record.id, '15/2003/QH11');
});

test('letter-lookalike: the reader reads Greek capitals in a symbol as the Latin letters (probe 517)', () => {
  const { options } = resolveOptions(undefined, RULE_CODES);
  const a = analyze('Quyết định 1456/QĐ-BH\u03a7\u0397 năm 2025 của Bảo hiểm xã hội Việt Nam', corpus, options, '2026-12-01');
  assert.deepEqual(a.reading.citations.map((c) => c.id), ['1456/QĐ-BHXH']);
});
