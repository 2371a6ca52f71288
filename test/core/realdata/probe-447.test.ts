// Outside probe 447 (test/realdata/probe-2026-12-447/): emulation and commendation work (plans, reward decisions, Nghị
// định 152/2025 replacing 98/2023, Chỉ thị 41-CT/TW), 2024–2026: 15 texts, no loud finding at first

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-447');
const { loud } = probeSet(DIR);

test('probe 447: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
});
