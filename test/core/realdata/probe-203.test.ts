// Outside probe 203 (test/realdata/probe-2026-12-203/): the sea, islands and fisheries, 20 texts of 2010–2026: 09-NQ/TW, 36-NQ/TW, the Law of the Sea, the fisheries laws, IUU fishing.

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-203');
const { loud } = probeSet(DIR);

test('probe 203: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
});
