import assert from 'node:assert/strict';
import { test } from 'node:test';
import { memoryIndex } from '../../helpers/corpus';
import { parseMarkers } from '../../helpers/markers';
import { applyFix, checkRule, type RuleCase } from '../../helpers/rules';

const corpus = memoryIndex([]);

const cases: (RuleCase & { fixed?: string })[] = [
  // A place's name keeps its spelling, neither counted nor flagged (three hundred and sixtieth outside probe: "Thanh Hóa" was
  // to become "Thanh Hoá" because the text wrote "khoá" twice); the common words are judged among themselves.
  { text: 'Hội Cựu TNXP tỉnh Thanh Hóa tổ chức hội nghị khoá IV; Ban Chấp hành khoá V.' },
  { text: 'Hội nghị tỉnh Thanh Hóa khoá IV, ⟦khóa⟧ V và khoá VI.', messages: ['"khóa" đặt dấu thanh trên nguyên âm thứ nhất'] },

  // The majority decides: mark on the first vowel here (3 against 1).
  {
    text: 'Khóa XIII, văn hóa, Tỉnh ủy; Bộ Chính trị ⟦khoá⟧ XII.',
    messages: ['"khoá" đặt dấu thanh trên nguyên âm thứ hai; văn bản nên thống nhất đặt trên nguyên âm thứ nhất ("khóa")'],
    fixed: 'Khóa XIII, văn hóa, Tỉnh ủy; Bộ Chính trị khóa XII.',
  },
  // … and on the second vowel here (3 against 1); the squiggle covers the whole word.
  { text: 'Tỉnh ⟦ủy⟧ khoá XII, văn hoá, thuỷ lợi.', fixed: 'Tỉnh uỷ khoá XII, văn hoá, thuỷ lợi.' },
  { text: 'Công tác ⟦hòa⟧ giải; hoà nhập, hoá giải, khoẻ mạnh.' },
  // A tie: the style the text uses first.
  { text: 'khoá X và ⟦khóa⟧ XI', fixed: 'khoá X và khoá XI' },
  // Letter case is kept.
  { text: 'ỦY BAN, ⟦UỶ⟧ BAN, ủy ban', fixed: 'ỦY BAN, ỦY BAN, ủy ban' },
  { text: 'Ủy ban, ⟦Uỷ⟧ ban, ủy viên', fixed: 'Ủy ban, Ủy ban, ủy viên' },
  // The configured style wins, even when the text is consistent.
  { text: 'Bộ Chính trị ⟦khoá⟧ XIII', options: { toneMarkStyle: 'first' }, messages: ['theo cấu hình'], fixed: 'Bộ Chính trị khóa XIII' },
  { text: 'Tỉnh ⟦ủy⟧ và ⟦khóa⟧ XIII', options: { toneMarkStyle: 'second' } },
  { text: 'Tỉnh uỷ, khoá XIII', options: { toneMarkStyle: 'second' } },

  // One style only: nothing.
  { text: 'Tỉnh ủy, khóa XIII, văn hóa, thủy lợi, khỏe mạnh.' },
  { text: 'Tỉnh uỷ, khoá XIII, văn hoá, thuỷ lợi, khoẻ mạnh.' },
  // "qu" is a consonant: "quý", "quỹ" keep the mark on "y" in both customs and do not count.
  // Here one "Khóa" against one "khoá": a tie, the first style wins.
  { text: 'Khóa XIII, quý I, quỹ, quỳ, ⟦khoá⟧ XII' },
  // Only pairs that end a syllable: "hoàn", "khuya", "toàn", "thuyết" are not in scope.
  { text: 'hoàn thành, khuya, toàn dân, thuyết phục, khóa XIII.' },
  // Quoted text keeps its source's spelling and is not counted.
  { text: 'Bộ Chính trị khóa XIII; "Bộ Chính trị khoá XII".' },
  // Word's NFD text: the fix lands on the original offsets.
  { text: 'Khóa XIII, văn hóa, ⟦khoá⟧ XII.'.normalize('NFD'), fixed: 'Khóa XIII, văn hóa, khóa XII.'.normalize('NFD') },
];

for (const c of cases)
  test(`tone-mark-style: ${c.text}`, () => {
    const found = checkRule('tone-mark-style', corpus, c);
    if (c.fixed !== undefined) assert.equal(applyFix(parseMarkers(c.text).text, found[0]!), c.fixed);
  });

test('tone-mark-style: messages never call a style old or new', () => {
  const [f] = checkRule('tone-mark-style', corpus, { text: 'Khóa XIII, văn hóa; ⟦khoá⟧ XII.' });
  assert.equal(f!.severity, 'hint');
  for (const m of [f!.message.vi, f!.message.en]) assert.doesNotMatch(m, /cũ|mới|old|new/iu);
  assert.match(f!.message.en, /the second vowel/);
});
