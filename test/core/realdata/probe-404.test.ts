// Outside probe 404 (test/realdata/probe-2026-12-404/): 15 texts on the national target programmes of 2021–2025
// (2022–2025). The first run raised no error or warning.

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-404');
const { loud } = probeSet(DIR);

test('probe 404: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
});
