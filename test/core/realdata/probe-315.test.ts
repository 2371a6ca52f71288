// Outside probe 315 (test/realdata/probe-2026-12-315/): Ban Dân vận and Mặt trận reports and news, 2018–2025 (15 texts)

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-315');
const { loud } = probeSet(DIR);

test('probe 315: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
});
