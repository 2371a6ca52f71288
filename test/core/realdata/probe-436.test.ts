// Outside probe 436 (test/realdata/probe-2026-12-436/): articles of the Party's theoretical and professional journals
// and news commentary of 2020–2026 citing many resolutions, conclusions and regulations; no loud finding on the first
// run

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-436');
const { loud } = probeSet(DIR);

test('probe 436: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
});
