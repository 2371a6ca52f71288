// Outside probe 231 (test/realdata/probe-2026-12-231/): căn cứ blocks and openings of 2025–2026 documents after the reorganisation, and news citing the 2025 laws and decrees (18 texts)

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-231');
const { loud } = probeSet(DIR);

test('probe 231: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
});
