import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { CorpusIndex } from '../../../server/src/core/index';
import { bundledIndex } from '../../helpers/corpus';
import { checkRule, runRule, type RuleCase } from '../../helpers/rules';

let corpus: CorpusIndex;
before(async () => {
  corpus = await bundledIndex();
});

// Quy định 76-QĐ/TW (2000) was replaced by Quy định 213-QĐ/TW of 2/1/2020 (a confirmed link).
const HEADER = (date: string) => `BAN DÂN VẬN TỈNH ỦY\nSố 12-BC/BDVTU\n\nHà Tĩnh, ${date}\n\nBÁO CÁO\nCông tác dân vận\n\n`;

const cases: RuleCase[] = [
  { text: HEADER('ngày 05 tháng 3 năm 2023') + 'Các chi bộ tiếp tục thực hiện ⟦Quy định số 76-QĐ/TW⟧ của Bộ Chính trị.', messages: ['213-QĐ/TW'] },
  { text: HEADER('ngày 05 tháng 3 năm 2023') + 'Căn cứ ⟦Quy định số 76-QĐ/TW⟧ ngày 15/6/2000 của Bộ Chính trị;' },
  // Historical mentions: a review, a past year, a report dated before the replacement.
  { text: HEADER('ngày 05 tháng 3 năm 2023') + 'Hội nghị tổng kết 20 năm thực hiện Quy định số 76-QĐ/TW.' },
  { text: HEADER('ngày 05 tháng 3 năm 2023') + 'Năm 2019, các chi bộ đã thực hiện Quy định số 76-QĐ/TW.' },
  { text: HEADER('ngày 05 tháng 3 năm 2019') + 'Các chi bộ tiếp tục thực hiện Quy định số 76-QĐ/TW.' },
  // Mentioned, not cited as in force.
  { text: HEADER('ngày 05 tháng 3 năm 2023') + 'Quy định 213-QĐ/TW thay thế Quy định số 76-QĐ/TW.' },
  // A replacement known only as "reported" or "unverified" never warns (290 → 23-QĐ/TW is unverified).
  { text: HEADER('ngày 05 tháng 3 năm 2023') + 'Tiếp tục thực hiện Quyết định số 290-QĐ/TW của Bộ Chính trị.' },
  // In force documents.
  { text: HEADER('ngày 05 tháng 3 năm 2023') + 'Tiếp tục thực hiện Quy định số 213-QĐ/TW và Nghị quyết 25-NQ/TW.' },
];

for (const c of cases) test(`citation-superseded: ${c.text.split('\n').pop()}`, () => void checkRule('citation-superseded', corpus, c));

test('citation-superseded: a reported replacement informs, never warns', () => {
  // Quy định 66-QĐ/TW → 399-QĐ/TW (9/1/2026) is reported only.
  const text = HEADER('ngày 05 tháng 3 năm 2026') + 'Văn bản trình bày theo Quy định số 66-QĐ/TW của Ban Bí thư.';
  const [f] = runRule('citation-superseded', text, corpus);
  assert.equal(f?.severity, 'information');
  assert.match(f!.message.vi, /399-QĐ\/TW/);
});

test('citation-superseded: without a date line the finding is information, saying why', () => {
  const [f] = runRule('citation-superseded', 'Các chi bộ tiếp tục thực hiện Quy định số 76-QĐ/TW.', corpus, '2023-03-05');
  assert.equal(f?.severity, 'information');
  assert.match(f!.message.vi, /chưa có dòng/);
});
