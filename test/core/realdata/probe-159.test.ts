// Outside probe 159 (test/realdata/probe-2026-12-159/): 20 real texts of 2011–2026 on Party inspection, supervision and discipline. The first run raised no error and no warning.

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-159');
const { loud } = probeSet(DIR);

test('probe 159: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
});
