// Outside probe 210 (test/realdata/probe-2026-12-210/): 20 texts of 2024–2025 on the merger of provinces and the two-level local government (commune and provincial Party committees, the 2025 laws); first run no loud findings

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-210');
const { loud } = probeSet(DIR);

test('probe 210: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
});
