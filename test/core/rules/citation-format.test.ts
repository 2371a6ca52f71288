import assert from 'node:assert/strict';
import { test } from 'node:test';
import { memoryIndex } from '../../helpers/corpus';
import { applyFix, checkRule, runRule, type RuleCase } from '../../helpers/rules';

const corpus = memoryIndex([]);

// Forms seen in real pages (conventions §1.8).
const cases: RuleCase[] = [
  { text: 'Quyết định số ⟦217/QĐ-TW⟧ ngày 12/12/2013', messages: ['217-QĐ/TW'] },
  { text: 'Quy định ⟦66/QĐ/TW⟧' },
  { text: 'Kết luận số ⟦100 - KL/TW⟧' },
  { text: 'Quyết định số 217-QĐ/TW; Nghị định số 30/2020/NĐ-CP; Quyết định số 1234/QĐ-UBND' },
];

for (const c of cases) test(`citation-format: ${c.text}`, () => void checkRule('citation-format', corpus, c));

test('citation-format fixes to the Party form; spacing is only a hint', () => {
  const table: [string, string, string][] = [
    ['Quyết định số 217/QĐ-TW ngày 12/12/2013', 'Quyết định số 217-QĐ/TW ngày 12/12/2013', 'warning'],
    ['Quy định 66/QĐ/TW', 'Quy định 66-QĐ/TW', 'warning'],
    ['Kết luận số 100 - KL/TW', 'Kết luận số 100-KL/TW', 'hint'],
  ];
  for (const [input, expected, severity] of table) {
    const [f] = runRule('citation-format', input, corpus);
    assert.equal(applyFix(input, f!), expected);
    assert.equal(f!.severity, severity);
  }
});
