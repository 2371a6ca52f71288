// Outside probe 331 (test/realdata/probe-2026-12-331/): ethnic minority and religious affairs, 2011–2026 (15 texts). First run: 1 warning, true.

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-331');
const { loud, doc, resolved } = probeSet(DIR);

test('probe 331: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
});

test('probe 331: the Politburo\'s resolution on religion of 1990 is chosen by the year after it, or in brackets', () => {
  assert.equal(resolved('015', 'Nghị quyết 24-NQ/TW'), '24-NQ/TW 1990-10-16');
  assert.equal(resolved('007', 'số 24-NQ/TW'), '24-NQ/TW 1990-10-16');
});
