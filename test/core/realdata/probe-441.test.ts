// Outside probe 441 (test/realdata/probe-2026-12-441/): 15 legal Q&A and explainer pages of 2024–2025 on Party rules
// (discipline, membership, cadre work, inspection, congresses, the Charter) from a public crawl of legal pages. First
// run: 4 warnings, all true (documents of the Politburo, the Secretariat and the Central Party Office given to the
// Central Committee).

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-441');
const { loud } = probeSet(DIR);

test('probe 441: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
});
