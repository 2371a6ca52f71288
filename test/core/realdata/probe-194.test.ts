// Outside probe 194 (test/realdata/probe-2026-12-194/): youth work, 17 texts of 2015–2025: Chỉ thị 42-CT/TW, the youth laws of 2005 and 2020, the youth strategy, 349/NQ-CP.

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-194');
const { loud } = probeSet(DIR);

test('probe 194: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
});
