// Outside probe 443 (test/realdata/probe-2026-12-443/): 15 texts on the sector plans carrying out the Politburo's
// resolutions of 2025 (science and digital transformation, integration, law-making, private economy, education,
// health): legal Q&A and policy pages from a public crawl, 2026 gazette texts and a province's working papers kept in
// public repositories. First run: 2 errors and 4 warnings, all true.

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-443');
const { loud } = probeSet(DIR);

test('probe 443: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
});
