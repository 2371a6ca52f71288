// Outside probe 201 (test/realdata/probe-2026-12-201/): the Politburo's breakthrough resolutions of 2024–2025 (57, 59, 66, 68, 70–72-NQ/TW), 17 texts of 2025–2026 and the Government's and provinces' plans for them.

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-201');
const { loud } = probeSet(DIR);

test('probe 201: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
});
