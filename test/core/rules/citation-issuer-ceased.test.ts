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
  // Probe 445's slips: the ministry's old code on decisions of June and August 2025, told with the new ministry and its code.
  { text: 'Căn cứ Quyết định số ⟦2418/QĐ-BTNMT⟧ ngày 28/6/2025 của Bộ Nông nghiệp và Môi trường.', messages: ['Ký hiệu "BTNMT" là của Bộ Tài nguyên và Môi trường, thôi hoạt động từ ngày 1/3/2025 (nay là Bộ Nông nghiệp và Môi trường, ký hiệu "BNNMT"); Quyết định 2418/QĐ-BTNMT ngày 28/6/2025'] },
  { text: 'Quyết định số ⟦3380/QĐ-BTNMT⟧ ngày 25/8/2025 về việc công bố thủ tục hành chính.' },
  // The other merged ministries; a letter's code first ("1234/BTNMT-TCMT"); a state number's year wholly after.
  { text: 'Thông tư số ⟦12/2025/TT-BLĐTBXH⟧ ngày 05/5/2025 hướng dẫn chế độ.', messages: ['nay là Bộ Nội vụ, ký hiệu "BNV"'] },
  { text: 'Công văn số ⟦1234/BTNMT-TCMT⟧ ngày 5/5/2025 của Bộ Tài nguyên và Môi trường.' },
  { text: 'Quyết định ⟦100/QĐ-BKHĐT⟧ ngày 2/3/2025; Thông tư ⟦05/2026/TT-BKHĐT⟧.', messages: ['ngày 2/3/2025', 'Thông tư 05/2026/TT-BKHĐT năm 2026'] },
  // A central Party commission merged in February 2025.
  { text: 'Hướng dẫn số ⟦15-HD/BDVTW⟧ ngày 10/6/2025 của Ban Dân vận Trung ương.', messages: ['Ban Dân vận Trung ương, thôi hoạt động từ ngày 3/2/2025 (nay là Ban Tuyên giáo và Dân vận Trung ương'] },
  // Before the day the body ceased, or no day: the year 2025 still had two months of the old ministries.
  { text: 'Quyết định 50/QĐ-BKHĐT ngày 20/2/2025; Thông tư 05/2025/TT-BKHĐT; Thông tư số 23/2024/TT-BTNMT ngày 15/11/2024.' },
  // A day written once after a list may be another member's (the last is the new ministry's).
  { text: 'Thông tư số 23/2024/TT-BTNMT, Thông tư số 10/2025/TT-BNNMT ngày 20/6/2025 của Bộ Nông nghiệp và Môi trường.' },
  // A number the corpus knows under the old code is a document that exists, whatever day is written (the date rule judges the day).
  { text: 'Thông tư số 01/2023/TT-BKHĐT ngày 10/5/2026.' },
  // Bodies that did not cease, and local codes.
  { text: 'Thông tư số 15/2025/TT-BTC ngày 10/4/2025; Quyết định số 20/QĐ-STNMT ngày 10/4/2025; Nghị quyết số 57-NQ/TW ngày 22/12/2024.' },
];

for (const c of cases) test(`citation-issuer-ceased: ${c.text}`, () => void checkRule('citation-issuer-ceased', corpus, c));

test('citation-issuer-ceased: the fix puts the successor’s code in the number as written, and is not safe', () => {
  const text = 'Căn cứ Thông tư 23/2025/TT-BTNMT ngày 20/6/2025.\r\n';
  const [f] = runRule('citation-issuer-ceased', text, corpus);
  assert.equal(f!.severity, 'warning');
  assert.equal(f!.fixes![0]!.safe, false);
  assert.equal(applyFix(text, f!), 'Căn cứ Thông tư 23/2025/TT-BNNMT ngày 20/6/2025.\r\n');
});
