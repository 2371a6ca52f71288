// Outside probe 406 (test/realdata/probe-2026-12-406/): 15 letters and news of ministries and the Government's steering
// committee on the two-tier local government (2025–2026). The first run raised no error or warning.

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-406');
const { loud } = probeSet(DIR);

test('probe 406: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
});
