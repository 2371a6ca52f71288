// Outside probe 374 (test/realdata/probe-2026-12-374/): 15 texts on land, construction, planning and natural resources
// (2015–2024). The first run raised two warnings, both true (decrees cited without their year).

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-374');
const { loud } = probeSet(DIR);

test('probe 374: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
});
