// Outside probe 452 (test/realdata/probe-2026-12-452/): industry, trade, energy and business texts of 2024–2026 (power
// plans, petrol, chemicals, e-commerce; a provincial department's drafts): 15 texts, 1 error and 3 warnings, 2 real and
// 2 false

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-452');
const { loud } = probeSet(DIR);

test('probe 452: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
});
