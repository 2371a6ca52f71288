// Outside probe 166 (test/realdata/probe-2026-12-166/): 20 real texts of 2014–2023 on seas and islands, borders, overseas Vietnamese and foreign affairs. The first run raised two warnings: one true, one false (two bodies in apposition before the citation), fixed since.

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-166');
const { loud } = probeSet(DIR);

test('probe 166: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
});
