// Outside probe 424 (test/realdata/probe-2026-12-424/): the 2025 reorganisation of administrative units and the two-
// level local government, texts of 2025–2026 (the Standing Committee's arrangement resolutions, Kết luận 127/128-KL/TW)

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-424');
const { loud } = probeSet(DIR);

test('probe 424: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
});
