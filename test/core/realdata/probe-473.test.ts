// Outside probe 473 (test/realdata/probe-2026-12-473/): finance, tax, budget and public investment in 2025 — the Prime
// Minister's dispatch and decision, the Government Office's and the finance ministry's letters, the tax department's
// answers, provincial budget resolutions: 15 texts, no loud finding on the first run; one error since corpus round 176, real

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-473');
const { loud, resolved, finding } = probeSet(DIR);

test('probe 473: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
  // "Luật Thuế GTGT số 31/2013/QH13 ngày 09/6/2013", of 19/6/2013: told once the corpus held the law (round 176).
  assert.deepEqual(raised, ['011.txt:18:citation-date-mismatch']);
});

test('probe 473: the tax laws named by their initials resolve', () => {
  // "Luật Thuế GTGT", "Luật thuế TNDN": neither resolved, though the same texts resolved the names written out.
  assert.equal(resolved('011', 'Luật Thuế GTGT', 9), '48/2024/QH15 2024-11-26');
  assert.equal(resolved('014', 'Luật thuế TNDN', 15), '67/2025/QH15 2025-06-14');
});

test('probe 473: the agricultural land-use tax law of 1993 is not the non-agricultural one of 2010', () => {
  // "Luật Thuế sử dụng đất nông nghiệp ngày 10/7/1993" was offered the law of 2010, whose name is its opposite (the nearness
  // of names refuses that since the fifty-first session; citation-unknown's table has the case without the corpus record);
  // corpus round 176 added the law of 1993.
  assert.equal(resolved('009', 'Luật Thuế sử dụng đất nông nghiệp', 11), '23-L/CTN 1993-07-10');
  assert.equal(finding('009', 'citation-unknown', 'Luật Thuế sử dụng đất nông nghiệp'), undefined);
});
