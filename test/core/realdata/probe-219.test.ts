// Outside probe 219 (test/realdata/probe-2026-12-219/): health care, social and health insurance: Nghị quyết 20, 21, 28-NQ/TW, Chỉ thị 25-CT/TW, decrees on insurance (18 texts, 2018–2025)

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-219');
const { loud } = probeSet(DIR);

test('probe 219: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
});
