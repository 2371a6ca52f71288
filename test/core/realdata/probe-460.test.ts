// Outside probe 460 (test/realdata/probe-2026-12-460/): anti-corruption, inspection, citizens' complaints and judicial
// reform in 2023–2026 — a Prime Minister's decision and plan, inspection news and explainers: 16 texts, 1 error on the first
// run, real, and a warning raised by this session's new rule (an annex naming its decision by another number), real

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-460');
const { loud, resolved } = probeSet(DIR);

test('probe 460: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
  assert.ok(raised.includes('001.txt:22:own-number-mismatch'), "the plan's heading names the decision 2744 for 2774");
});

test('probe 460: a bare "Chỉ thị 42" on cần, kiệm, liêm, chính in 2025 is the Politburo\'s directive of that year', () => {
  // Corpus round 171 holds it beside the Secretariat's 42-CT/TW of 2015, which had been the only one.
  assert.equal(resolved('006', 'Chỉ thị 42', 6), '42-CT/TW 2025-01-16');
});
