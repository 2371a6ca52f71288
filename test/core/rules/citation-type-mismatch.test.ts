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
  { text: '⟦Nghị quyết⟧ số 290-QĐ/TW ngày 25/2/2010', messages: ['không mang ký hiệu "QĐ"'] },
  { text: '⟦Chỉ thị⟧ số 25-NQ/TW', messages: ['Nghị quyết'] },
  // The code fits both Quyết định and Quy định: the corpus decides.
  { text: '⟦Quyết định⟧ số 213-QĐ/TW ngày 2/1/2020', messages: ['là Quy định'] },
  { text: '⟦Quy định⟧ số 290-QĐ/TW', messages: ['là Quyết định'] },
  // State kinds from a Party body.
  { text: '⟦Nghị định⟧ số 12 của Bộ Chính trị' },
  // Correct kinds.
  { text: 'Quy định số 213-QĐ/TW; Quyết định số 290-QĐ/TW; Nghị quyết 25-NQ/TW; Kết luận 43-KL/TW; Nghị định số 30/2020/NĐ-CP' },
  // A Kết luận issued as a Thông báo carries TB: both kind words are right.
  { text: 'Kết luận số 159-TB/TW ngày 15/11/2004 và Thông báo số 159-TB/TW' },
  // The general word for a joint circular is a customary shortening.
  { text: 'sửa đổi Thông tư số 191/2005/TTLT-BQP-BLĐTBXH-BTC; Thông tư liên tịch số 191/2005/TTLT-BQP-BLĐTBXH-BTC; ⟦Thông tư⟧ số 06/2024/NĐ-CP' },
  // Unknown document, code that fits: nothing to say.
  { text: 'Quyết định số 999-QĐ/TW' },
  // A state Quy định is QyĐ; "QĐ" belongs to a state Quyết định.
  { text: 'Quyết định số 1234/QĐ-UBND; ⟦Quy định⟧ số 12/QĐ-UBND' },
];

for (const c of cases) test(`citation-type-mismatch: ${c.text}`, () => void checkRule('citation-type-mismatch', corpus, c));

test('citation-type-mismatch fixes the kind word, keeping capitals in headings', () => {
  const table: [string, string][] = [
    ['Quyết định số 213-QĐ/TW ngày 2/1/2020', 'Quy định số 213-QĐ/TW ngày 2/1/2020'],
    ['Nghị quyết số 290-QĐ/TW', 'Quyết định số 290-QĐ/TW'],
    ['NGHỊ QUYẾT SỐ 290-QĐ/TW', 'QUYẾT ĐỊNH SỐ 290-QĐ/TW'],
  ];
  for (const [input, expected] of table) {
    const [f] = runRule('citation-type-mismatch', input, corpus);
    assert.ok(f, input);
    assert.equal(applyFix(input, f), expected);
  }
});
