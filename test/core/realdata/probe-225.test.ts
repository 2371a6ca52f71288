// Outside probe 225 (test/realdata/probe-2026-12-225/): whole reports of communes, Front committees and Party committees, with headers, and news of review meetings (16 texts, 2013–2024)

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-225');
const { loud } = probeSet(DIR);

test('probe 225: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
});
