// Outside probe 160 (test/realdata/probe-2026-12-160/): 19 real texts of 2010–2026 on fighting corruption and waste, and thrift. The first run raised no error and no warning.

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-160');
const { loud } = probeSet(DIR);

test('probe 160: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
});
