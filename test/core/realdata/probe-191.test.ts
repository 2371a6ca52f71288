// Outside probe 191 (test/realdata/probe-2026-12-191/): cooperatives, the collective economy and agriculture, 20 texts of 2006–2026: 13-NQ/TW 2002, 20-NQ/TW 2022, the cooperative laws, OCOP.

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-191');
const { loud } = probeSet(DIR);

test('probe 191: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
});
