// Outside probe 494 (test/realdata/probe-2026-12-494/): news of 2026 citing the Government's and the Prime Minister's documents (page openings):
// 16 texts, no error or warning raised

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-494');
const { loud } = probeSet(DIR);

test('probe 494: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
  assert.deepEqual(raised, []);
});
