// Outside probe 214 (test/realdata/probe-2026-12-214/): 17 review and commemoration texts of 2015–2023 (years since a directive or resolution, anniversaries of mass-mobilisation work); first run one warning, true

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-214');
const { loud } = probeSet(DIR);

test('probe 214: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
});
