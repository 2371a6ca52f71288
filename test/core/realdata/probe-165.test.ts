// Outside probe 165 (test/realdata/probe-2026-12-165/): 20 real texts of 2008–2026 on national defence, military service and the militia. The first run raised one error and two warnings: two true, one false ("Đề án 06 của Chính phủ" told not the Government's), fixed since.

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-165');
const { loud } = probeSet(DIR);

test('probe 165: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
});
