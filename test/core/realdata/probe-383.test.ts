// Outside probe 383 (test/realdata/probe-2026-12-383/): 15 texts on Party building documents of the XIII Congress
// period (about 2008–2024). The first run raised one error, false (a blog's month-first stamp, fixed since), and one
// warning, true. A misdated 115-QĐ/TW, its issuer and day before a quoted title, is told since (judged true).

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-383');
const { loud } = probeSet(DIR);

test('probe 383: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
});
