// Outside probe 469 (test/realdata/probe-2026-12-469/): transport, construction, planning, housing, industry and trade in
// 2009–2025 — the Government Office's notices and letters, a ministry letter, two Politburo conclusions, Hà Nội's council
// resolution and decision, provincial decisions and plans, decree news: 16 texts, 1 warning, real

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-469');
const { loud, doc, finding } = probeSet(DIR);

test('probe 469: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
  assert.deepEqual(raised, ['003.txt:188:citation-date-mismatch']);
});

test('probe 469: a law number a year off is offered the law of the year before, as information', () => {
  // "Luật Đầu tư công số 58/2025/QH15" for 58/2024/QH15: said, but not loud (no page shows the slip).
  const f = finding('003', 'citation-unknown', '58/2025/QH15');
  assert.equal(f?.message.vi, 'Kho văn bản chưa có Luật 58/2025/QH15. Có phải Luật 58/2024/QH15 (29/11/2024)?');
  assert.equal(f?.severity, 'information');
});

test('probe 469: a header run into one line, rules of dashes after the motto, dates the decision (2009), not today', () => {
  assert.deepEqual([doc('015').a.reportDate, doc('015').a.reportDateSource], ['2009-02-12', 'header']);
  // Judged as of 2009, the 2003 law on councils and committees was in force: nothing says it was replaced.
  assert.ok(!doc('015').a.findings.some((f) => f.code === 'citation-superseded'));
});
