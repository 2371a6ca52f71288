// Outside probe 449 (test/realdata/probe-2026-12-449/): personnel, staffing and streamlining policy (Nghị định 178/2024
// and 67/2025, Kết luận and Quy định on cadres), 2024–2026: 15 texts, 1 error and 1 warning, both real

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-449');
const { loud } = probeSet(DIR);

test('probe 449: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
});
