// Outside probe 438 (test/realdata/probe-2026-12-438/): 15 texts from a public crawl of 2025 legal and government pages
// (tnt305/tai_lieu_noi_bo) that carry out Party documents: provincial People's Committee plans, legal Q&A articles on
// Party and Front documents, a central Party regulation. First run: 0 errors, 5 warnings, 4 true and 1 false (a joint
// conclusion of the central justice bodies, 23/KL-LNTPTW, told to take the Party form); the new rule vision-year-order
// then told a horizon of 2025 after the period 2021–2030 (true).

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-438');
const { loud } = probeSet(DIR);

test('probe 438: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
});
