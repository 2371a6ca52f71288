// Outside probe 115 (test/realdata/probe-2026-12-115/): 26 real texts of 2011–2025 on foreign affairs, international
// integration and overseas Vietnamese. The first run raised two warnings, both true.

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-115');
const { resolved, loud } = probeSet(DIR);

test('probe 115: the errors and warnings raised are the judged true ones', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
  // The third, 021's "chỉ thị 45-ct/tw" in small letters, came with the thirty-third session's reading of such ids.
  assert.equal(raised.length, 3);
});

test('probe 115: "33/NQ-TW" in the state style still names the Politburo\'s resolution of 2018', () => {
  assert.equal(resolved('015', 'Nghị quyết số 33/NQ-TW'), '33-NQ/TW 2018-09-28');
});
