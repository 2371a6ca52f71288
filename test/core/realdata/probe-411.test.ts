// Outside probe 411 (test/realdata/probe-2026-12-411/): the 2026 elections of the 16th National Assembly and the
// People's Councils (election committees, plans, news)

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-411');
const { loud } = probeSet(DIR);

test('probe 411: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
});
