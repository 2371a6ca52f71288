import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import type { CorpusIndex } from '../../../server/src/core/index';
import { oneEditApart } from '../../../server/src/core/rules/citation-unknown';
import { bundledIndex } from '../../helpers/corpus';
import { applyFix, checkRule, runRule, type RuleCase } from '../../helpers/rules';

let corpus: CorpusIndex;
before(async () => {
  corpus = await bundledIndex();
});

const cases: RuleCase[] = [
  // A swapped digit: did you mean the close record?
  { text: 'Quyết định số ⟦920-QĐ/TW⟧ ngày 25/2/2010 của Bộ Chính trị', messages: ['Có phải Quyết định 290-QĐ/TW (25/2/2010)'] },
  // An extra digit; 34-KL/TW also exists, so the swapped form would be a different, known document.
  { text: 'Kết luận số ⟦430-KL/TW⟧ của Ban Bí thư', messages: ['Có phải Kết luận 43-KL/TW'] },
  // Unknown and nothing close: still information, once per document.
  { text: 'Quyết định số ⟦9876-QĐ/TW⟧ và lại Quyết định số 9876-QĐ/TW' },
  // Known documents, number-only and named mentions are not flagged.
  { text: 'Quyết định số 290-QĐ/TW; Nghị định số 30/2020/NĐ-CP; Quyết định 217; Nghị quyết Đại hội XIII' },
  // The report's own number is not a citation.
  { text: 'BAN DÂN VẬN TỈNH ỦY\nSố 45-BC/BDVTU\n\nBÁO CÁO\nTổng kết công tác\n' },
];

for (const c of cases) test(`citation-unknown: ${c.text}`, () => void checkRule('citation-unknown', corpus, c));

test('citation-unknown is information and offers the close record as a fix', () => {
  const input = 'Quyết định số 920-QĐ/TW ngày 25/2/2010';
  const [f] = runRule('citation-unknown', input, corpus);
  assert.equal(f!.severity, 'information');
  assert.equal(applyFix(input, f!), 'Quyết định số 290-QĐ/TW ngày 25/2/2010');
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
