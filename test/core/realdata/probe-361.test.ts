// Outside probe 361 (test/realdata/probe-2026-12-361/): 15 real texts of 2013–2026 on foreign affairs, integration and
// overseas Vietnamese (36-NQ/TW of 2004, Chỉ thị 45-CT/TW of 2015, Kết luận 12-KL/TW). The first run raised no error or
// warning.

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-361');
const { loud } = probeSet(DIR);

test('probe 361: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
});
