// Outside probe 433 (test/realdata/probe-2026-12-433/): provincial and district Party committees' plans, programmes and
// guides of 2019–2025 citing the central documents they carry out

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-433');
const { loud } = probeSet(DIR);

test('probe 433: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
});
