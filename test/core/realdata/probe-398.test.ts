// Outside probe 398 (test/realdata/probe-2026-12-398/): 15 texts of 2007–2018 on Chỉ thị 06/03, Nghị quyết 12, 25 and
// 26 and căn cứ lines of those years. The first run raised one error and six warnings: five true, two false (a letter's
// date and body, after a comma, taken for the resolution before them), fixed since.

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-398');
const { loud } = probeSet(DIR);

test('probe 398: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
});
