// Outside probe 395 (test/realdata/probe-2026-12-395/): 15 texts on the Politburo's resolutions of 2025 (59, 66, 68,
// 70–72, 79, 80) as provinces and ministries cite them. The first run raised two warnings, both true.

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-395');
const { loud } = probeSet(DIR);

test('probe 395: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
});
