import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import type { CorpusIndex } from '../../../server/src/core/index';
import { bundledIndex } from '../../helpers/corpus';
import { applyFix, checkRule, runRule, type RuleCase } from '../../helpers/rules';

let corpus: CorpusIndex;
before(async () => {
  corpus = await bundledIndex();
});

// A decision's header, as the Prime Minister's of 24/12/2025 (forty-ninth session's probe 460), then its annex's first line.
const head = (number: string) => `THỦ TƯỚNG CHÍNH PHỦ\nSố: ${number}\nHà Nội, ngày 24 tháng 12 năm 2025\nQUYẾT ĐỊNH\nBAN HÀNH KẾ HOẠCH TRIỂN KHAI THI HÀNH LUẬT THANH TRA\n`;

const cases: RuleCase[] = [
  // The annex names the decision by a number one digit off its own.
  { text: head('2774/QĐ-TTg') + 'KẾ HOẠCH\n(Kèm theo Quyết định số ⟦2744/QĐ-TTg⟧ ngày 24/12/2025 của Thủ tướng Chính phủ)\n', messages: ['Văn bản này là số 2774/QĐ-TTg (dòng "Số:"), nhưng ở đây ghi "2744/QĐ-TTg" cùng ngày 24/12/2025'] },
  { text: head('12/2025/QĐ-TTg') + 'QUY CHẾ\n(Ban hành kèm theo Quyết định số ⟦21/2025/QĐ-TTg⟧ ngày 24 tháng 12 năm 2025 của Thủ tướng Chính phủ)\n', messages: ['Văn bản này là số 12/2025/QĐ-TTg'] },
  // Its own number; another document of the day cited without "kèm theo"; a number far from its own; another day.
  { text: head('2774/QĐ-TTg') + '(Kèm theo Quyết định số 2774/QĐ-TTg ngày 24/12/2025 của Thủ tướng Chính phủ)\n' },
  { text: head('2774/QĐ-TTg') + 'Thực hiện Quyết định số 2775/QĐ-TTg ngày 24/12/2025 của Thủ tướng Chính phủ.\n' },
  { text: head('2774/QĐ-TTg') + '(Kèm theo Quyết định số 1234/QĐ-TTg ngày 24/12/2025 của Thủ tướng Chính phủ)\n' },
  { text: head('2774/QĐ-TTg') + '(Kèm theo Quyết định số 2744/QĐ-TTg ngày 20/12/2025 của Thủ tướng Chính phủ)\n' },
  // Another symbol: a ministry's decision of the day.
  { text: head('2774/QĐ-TTg') + '(Kèm theo Quyết định số 2744/QĐ-BTC ngày 24/12/2025 của Bộ Tài chính)\n' },
  // Another document's annex named in a sentence, the same day and symbol (the gazette's circular 07/2024/TT-BKHĐT).
  { text: head('07/2024/TT-BKHĐT') + 'Các mẫu được vận dụng theo Phụ lục ban hành kèm theo Thông tư số 06/2024/TT-BKHĐT ngày 24 tháng 12 năm 2025 của Bộ trưởng.\n' },
  // No date line of its own: nothing to compare the day with.
  { text: 'Số: 2774/QĐ-TTg\nKẾ HOẠCH\n(Kèm theo Quyết định số 2744/QĐ-TTg ngày 24/12/2025 của Thủ tướng Chính phủ)\n' },
];

for (const c of cases) test(`own-number-mismatch: ${JSON.stringify(c.text.slice(-90))}`, () => void checkRule('own-number-mismatch', corpus, c));

test("own-number-mismatch: the fix writes the header's number, and is not safe", () => {
  const text = head('2774/QĐ-TTg') + '(Kèm theo Quyết định số 2744/QĐ-TTg ngày 24/12/2025 của Thủ tướng Chính phủ)\n';
  const [f] = runRule('own-number-mismatch', text, corpus);
  assert.equal(f!.severity, 'warning');
  assert.equal(f!.fixes![0]!.safe, false);
  assert.equal(applyFix(text, f!), text.replace('số 2744/QĐ-TTg', 'số 2774/QĐ-TTg'));
});
