// Outside probe 448 (test/realdata/probe-2026-12-448/): administrative reform and public services (Đề án 06, one-stop
// shops, Nghị quyết 27/NQ-CP of 2025), 2023–2026: 15 texts, 1 error and 1 warning, both real

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-448');
const { loud } = probeSet(DIR);

test('probe 448: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
});
