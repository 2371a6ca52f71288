// Outside probe 392 (test/realdata/probe-2026-12-392/): 15 texts on communes and wards after the 2025 reorganisation
// (2025–2026; web pages and GitHub copies of commune documents). The first run raised two warnings, both true.

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-392');
const { loud } = probeSet(DIR);

test('probe 392: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
});
