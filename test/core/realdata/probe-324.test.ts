// Outside probe 324 (test/realdata/probe-2026-12-324/): courts, procuracy and civil judgment enforcement, 2013–2025 (15 texts)

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-324');
const { loud } = probeSet(DIR);

// "Nghị quyết 522d/NQ/UBTVQH13" told to be written with "NQ-": the state's form; no page gave the resolution's own (unsure).
test('probe 324: the loud findings raised are the ones judged true or unsure', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judged.filter((v) => v.verdict === 'true' || v.verdict === 'unsure').map((v) => v.finding).sort());
});
