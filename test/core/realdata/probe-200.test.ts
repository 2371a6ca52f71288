// Outside probe 200 (test/realdata/probe-2026-12-200/): environment, climate change and disasters, 20 texts of 2013–2025: 24-NQ/TW, Chỉ thị 42-CT/TW, the 2020 environment law and its decrees.

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-200');
const { loud } = probeSet(DIR);

test('probe 200: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
});
