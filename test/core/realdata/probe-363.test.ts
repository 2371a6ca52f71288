// Outside probe 363 (test/realdata/probe-2026-12-363/): 15 real texts of 2013–2023 on youth and students (25-NQ/TW of
// 2008, Chỉ thị 42-CT/TW of 2015, Luật Thanh niên 2020, the youth start-up programme). The first run raised one error,
// true ("QUYẾT ĐỊNH 31/2021/TT-BGDĐT").

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-363');
const { loud } = probeSet(DIR);

test('probe 363: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
});
