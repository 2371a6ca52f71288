// Outside probe 400 (test/realdata/probe-2026-12-400/): 15 excerpts of political journals and the Academy's sites
// (2019–2026). The first run raised no error or warning; a review of the 1991 platform told its count against the 2011
// text is fixed since.

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-400');
const { loud } = probeSet(DIR);

test('probe 400: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
});
