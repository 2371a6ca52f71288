// Outside probe 189 (test/realdata/probe-2026-12-189/): administrative reform and digital government, 19 texts of 2019–2026: PAR INDEX, Đề án 06, 57-NQ/TW, 66/NQ-CP.

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-189');
const { loud } = probeSet(DIR);

test('probe 189: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
});
