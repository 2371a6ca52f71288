// Outside probe 491 (test/realdata/probe-2026-12-491/): review reports and news of reviews ('tổng kết 10 năm', 'sơ kết 5 năm'), mostly page openings:
// 14 texts, no error or warning raised

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-491');
const { loud } = probeSet(DIR);

test('probe 491: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
  assert.deepEqual(raised, []);
});
