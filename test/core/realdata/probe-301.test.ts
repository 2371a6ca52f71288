// Outside probe 301 (test/realdata/probe-2026-12-301/): agriculture, farmers, rural areas and land (2010–2025)

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-301');
const { loud } = probeSet(DIR);

test('probe 301: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
});
