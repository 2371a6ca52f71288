// Outside probe 237 (test/realdata/probe-2026-12-237/): the 2025 reorganisation of the state and of local government into two levels (60-NQ/TW, 126/127/137-KL/TW, 202/2025/QH15) (15 texts, 2017–2026)

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-237');
const { loud } = probeSet(DIR);

test('probe 237: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
});
