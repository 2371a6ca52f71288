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
  // State ids as offices write them (issue 10 §2): stray spaces, a lost hyphen.
  { text: 'Nghị quyết số ⟦71/NQ -CP⟧ của Chính phủ', messages: ['71/NQ-CP'] },
  { text: 'Chỉ thị số ⟦27/CTTg⟧ của Thủ tướng', messages: ['27/CT-TTg'] },
  { text: 'Nghị quyết số ⟦27/NQ- TW⟧', messages: ['27-NQ/TW'] },
  // Correct forms, Đ in unit codes, a department after a dot, a line wrap: nothing to say.
  { text: 'Công văn số 1234/VPCP-QHĐP; Công văn số 6721/VPCP-V.I; Thông tư số 42/2019/TT-\nBLĐTBXH' },
];

for (const c of cases) test(`citation-format: ${c.text}`, () => void checkRule('citation-format', corpus, c));

test('citation-format fixes to the Party form; spacing is only a hint', () => {
  const table: [string, string, string][] = [
    ['Quyết định số 217/QĐ-TW ngày 12/12/2013', 'Quyết định số 217-QĐ/TW ngày 12/12/2013', 'warning'],
    ['Quy định 66/QĐ/TW', 'Quy định 66-QĐ/TW', 'warning'],
    ['Kết luận số 100 - KL/TW', 'Kết luận số 100-KL/TW', 'hint'],
    ['Kế hoạch số 75/KH- UBND ngày 2/4/2025', 'Kế hoạch số 75/KH-UBND ngày 2/4/2025', 'hint'],
    ['Chỉ thị số 27/CTTg của Thủ tướng', 'Chỉ thị số 27/CT-TTg của Thủ tướng', 'warning'],
  ];
  for (const [input, expected, severity] of table) {
    const [f] = runRule('citation-format', input, corpus);
    assert.equal(applyFix(input, f!), expected);
    assert.equal(f!.severity, severity);
  }
});
