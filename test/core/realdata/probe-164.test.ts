// Outside probe 164 (test/realdata/probe-2026-12-164/): 20 real texts of 2020–2025 on digital transformation and e-government. The first run raised one error and one warning, both judged true.

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-164');
const { loud } = probeSet(DIR);

test('probe 164: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
});
