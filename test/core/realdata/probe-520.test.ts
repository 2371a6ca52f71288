// Outside probe 520 (test/realdata/probe-2026-12-520/): grassroots democracy and mass mobilisation in government — councils'
// resolutions under the 2022 law, Nghị định 04/2015/NĐ-CP, provincial news on "dân vận khéo": 15 texts, 1 warning on the
// first run, judged unsure by the probe and settled real by the lead

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-520');
const { loud } = probeSet(DIR);

test('probe 520: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
  // "Nghị quyết số 55/NQ-UBTVQH10": the National Assembly's own law of 2022 numbers it 55/1998/NQ-UBTVQH10.
  assert.deepEqual(raised, ['004.txt:9:citation-format']);
});
