// Outside probe 352 (test/realdata/probe-2026-12-352/): 15 real texts of 2010–2025 on anniversaries and reviews of N
// years of resolutions and directives. The first run raised no error or warning; every count of years in them is right.

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-352');
const { loud } = probeSet(DIR);

test('probe 352: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
});
