// Outside probe 381 (test/realdata/probe-2026-12-381/): 6 căn cứ blocks of provincial resolutions and decisions of
// 2025. The first run raised no error or warning.

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-381');
const { loud } = probeSet(DIR);

test('probe 381: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
});
