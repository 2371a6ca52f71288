// Outside probe 413 (test/realdata/probe-2026-12-413/): agriculture, rural development and new rural areas in 2023–2026
// (Nghị quyết 19-NQ/TW, the national target programmes, Prime Minister decisions)

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-413');
const { loud } = probeSet(DIR);

test('probe 413: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
});
