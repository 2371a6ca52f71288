// Outside probe 396 (test/realdata/probe-2026-12-396/): 15 texts on the Fatherland Front and the mass organisations
// after their 2025 streamlining. The first run raised no error or warning.

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-396');
const { loud } = probeSet(DIR);

test('probe 396: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
});
