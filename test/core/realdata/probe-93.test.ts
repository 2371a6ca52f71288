// Outside probe 93 (test/realdata/probe-2026-12-93/): 26 real texts of 2011–2025 on road and waterway traffic safety and
// fire prevention (Chỉ thị 23-CT/TW of 2023, Kết luận 45-KL/TW of 2019, the laws on fire prevention of 2001 and 2024).
// The first run raised two errors, both true, and nothing false (a third true one since); what it read wrong silently is read right since.

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-93');
const { doc, resolved, loud } = probeSet(DIR);

test('probe 93: the errors and warnings raised are the judged true ones', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judged.filter((v) => v.verdict === 'true').map((v) => v.finding).sort());
  // 022's "11/2003/QH10" (the law is 11/2003/QH11) is told since the Assembly's khóa X entered the term table
  // (thirty-ninth session). 011's "Kế hoạch số 89-KH/TU của Tỉnh ủy", after "… ngày 27/6/2019 của Ban Thường vụ Tỉnh ủy", is
  // told since an undated mention is compared with the dated one before it (fiftieth session).
  assert.deepEqual(raised, ['011.txt:9:citation-inconsistent', '017.txt:5:citation-type-mismatch', '022.txt:8:citation-term-mismatch', '025.txt:25:citation-date-mismatch']);
});

test('probe 93: a header run into one line gives the decision its date (2011), not today', () => {
  assert.deepEqual([doc('002').a.reportDate, doc('002').a.reportDateSource], ['2011-07-18', 'header']);
  // Judged as of 2011, the law on fire prevention of 2001 was in force: nothing says it was replaced.
  assert.ok(!doc('002').a.findings.some((f) => f.code === 'citation-superseded'));
});

test('probe 93: "Luật PCCC và CNCH" is the law of 2024; Kết luận 45-KL/TW in a text of 2019 is the one of 2019', () => {
  assert.equal(resolved('004', 'Luật PCCC và CNCH'), '55/2024/QH15 2024-11-29');
  assert.equal(resolved('004', 'Luật PCCC&CNCH'), '55/2024/QH15 2024-11-29');
  assert.equal(resolved('011', 'Kết luận số 45-KL/TW'), '45-KL/TW 2019-02-01');
});
