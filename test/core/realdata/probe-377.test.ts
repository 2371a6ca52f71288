// Outside probe 377 (test/realdata/probe-2026-12-377/): 15 texts on ethnic minorities and religion (2014–2025). The
// first run raised no error or warning; a resolution of 2003 cited with the Committee bare after its id, taken for the
// 2022 one, is read since.

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-377');
const { loud } = probeSet(DIR);

test('probe 377: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
});
