// Outside probe 173 (test/realdata/probe-2026-12-173/): the 2025 rearrangement of administrative units and two-tier local government, 14 texts of 2019–2025.

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-173');
const { loud } = probeSet(DIR);

test('probe 173: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
});
