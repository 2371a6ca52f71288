// Outside probe 437 (test/realdata/probe-2026-12-437/): 15 real documents kept as text in public GitHub repositories
// (central documents on Nghị quyết 57-NQ/TW, a Hà Nội Party-work handbook, Nghị quyết 60-NQ/TW and 1654/NQ-UBTVQH15, a
// ward's and a commune Front's posts, an OCR'd provincial plan). First run: 0 errors, 4 warnings, all true.

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-437');
const { loud } = probeSet(DIR);

test('probe 437: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
});
