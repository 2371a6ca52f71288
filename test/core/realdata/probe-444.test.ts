// Outside probe 444 (test/realdata/probe-2026-12-444/): 15 texts by the Fatherland Front and the mass organisations at
// province and commune level, 2024–2026 (a commune Front's posts, legal Q&A and policy pages from a public crawl,
// Farmers' Union news). First run: 2 warnings, both true (two misspelt names).

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-444');
const { loud } = probeSet(DIR);

test('probe 444: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
});
