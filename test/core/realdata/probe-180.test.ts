// Outside probe 180 (test/realdata/probe-2026-12-180/): family, children and gender equality, 16 texts of 2011–2022: 49-, 20- and 28-CT/TW, the children's, domestic-violence and gender-equality laws.

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-180');
const { loud } = probeSet(DIR);

test('probe 180: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
});
