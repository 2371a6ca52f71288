// Outside probe 454 (test/realdata/probe-2026-12-454/): land, environment, agriculture and natural resources — 2025 decrees,
// Prime Minister's decisions, ministry letters and provincial decisions with their "Căn cứ" blocks, two Q&A pieces and two
// news items: 15 texts, 2 errors, both real

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-454');
const { loud } = probeSet(DIR);

test('probe 454: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
});
