// Outside probe 211 (test/realdata/probe-2026-12-211/): 15 state administrative texts of 2022–2025 with căn cứ lists (People's Committee decisions and plans, a Government resolution, a ministry's decision); first run one warning, true

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-211');
const { loud } = probeSet(DIR);

test('probe 211: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
});
