// Outside probe 206 (test/realdata/probe-2026-12-206/): Party cadre work, 20 texts of 2018–2025: evaluation and grading (132, 124, 366-QĐ/TW), planning, title standards and dismissal (50, 80, 41, 89, 214, 365-QĐ/TW).

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-206');
const { loud } = probeSet(DIR);

test('probe 206: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
});
