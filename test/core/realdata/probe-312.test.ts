// Outside probe 312 (test/realdata/probe-2026-12-312/): urban development, housing, construction and transport, 2017–2025 (15 texts)

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-312');
const { loud } = probeSet(DIR);

test('probe 312: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
});
