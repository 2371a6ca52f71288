// Outside probe 204 (test/realdata/probe-2026-12-204/): culture, family and gender equality, 17 texts of 2012–2026: 33-NQ/TW, 06-CT/TW, 11-NQ/TW, the domestic-violence and gender-equality laws.

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-204');
const { loud } = probeSet(DIR);

test('probe 204: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
});
