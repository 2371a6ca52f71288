// Outside probe 367 (test/realdata/probe-2026-12-367/): 15 texts of 2025 on poverty reduction, social policy and people
// with meritorious service (Cần Thơ's plans, Huế's and Hà Nội's council resolutions, legal news), from the same crawl.
// The first run raised no error or warning; "Luật Đất đai 2024về" glued is the law of 2024 since.

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-367');
const { loud } = probeSet(DIR);

test('probe 367: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
});
