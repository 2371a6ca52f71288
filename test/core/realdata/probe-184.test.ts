// Outside probe 184 (test/realdata/probe-2026-12-184/): environment, climate change and natural disasters, 19 texts of 2011–2025: 24-NQ/TW, 56-KL/TW, the environment and disaster laws and their decrees.

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-184');
const { loud } = probeSet(DIR);

test('probe 184: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
});
