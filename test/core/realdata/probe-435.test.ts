// Outside probe 435 (test/realdata/probe-2026-12-435/): full texts of 2025 from a public crawl of legal and government
// pages (Prime Minister's decisions, ministries' circulars, provincial plans with footnoted căn cứ, portal pages on
// Party and Government documents)

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-435');
const { loud } = probeSet(DIR);

test('probe 435: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
});
