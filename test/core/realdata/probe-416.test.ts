// Outside probe 416 (test/realdata/probe-2026-12-416/): land, environment and natural resources in 2024–2026 (Luật Đất
// đai 2024, Nghị quyết 18-NQ/TW, environment and water laws, Lào Cai letters)

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-416');
const { loud } = probeSet(DIR);

test('probe 416: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
});
