// Outside probe 405 (test/realdata/probe-2026-12-405/): 15 texts of Party committees' programmes and reviews and of
// social organisations (2017–2025). The first run raised one error and one warning, both true.

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-405');
const { loud } = probeSet(DIR);

test('probe 405: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
});
