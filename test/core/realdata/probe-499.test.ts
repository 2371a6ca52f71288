// Outside probe 499 (test/realdata/probe-2026-12-499/): anti-corruption, inspection, citizen reception and complaints (news excerpts, legal Q&A, a digest of provinces' plans):
// 10 texts, 1 error, real

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-499');
const { loud } = probeSet(DIR);

test('probe 499: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
  assert.deepEqual(raised, ['008.txt:112:citation-date-mismatch']);
});
