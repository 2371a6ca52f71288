// Outside probe 208 (test/realdata/probe-2026-12-208/): public security and order, 20 texts of 2012–2026: 09-CT/TW, 12-NQ/TW, drug prevention, the road traffic laws of 2024, fire prevention, grassroots security forces.

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-208');
const { loud } = probeSet(DIR);

test('probe 208: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
});
