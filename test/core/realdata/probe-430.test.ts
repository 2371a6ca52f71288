// Outside probe 430 (test/realdata/probe-2026-12-430/): Party texts of 2026: the XIV Congress's resolution, khóa XIV
// documents, Nghị quyết 79/80-NQ/TW and the Government's action programmes

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-430');
const { loud } = probeSet(DIR);

test('probe 430: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
});
