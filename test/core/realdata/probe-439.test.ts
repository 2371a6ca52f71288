// Outside probe 439 (test/realdata/probe-2026-12-439/): 15 provincial and city texts of November–December 2025 from a
// public crawl of legal pages (People's Committee plans, People's Council resolutions, provincial decisions with long
// căn cứ lists), 14 issuers. First run: 2 errors and 4 warnings, all true (a law's number for another of its name, Luật
// Quy hoạch 21/2017/QH12, a resolution of 17/5/2025 dated 01/7/2025, 'Thủ tưởng Chính phủ').

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-439');
const { loud } = probeSet(DIR);

test('probe 439: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
});
