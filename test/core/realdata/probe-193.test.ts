// Outside probe 193 (test/realdata/probe-2026-12-193/): elections and elected councils, 20 texts of 2007–2026: Chỉ thị 45 and 46-CT/TW, the election laws, the Standing Committee's supervision.

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-193');
const { loud } = probeSet(DIR);

test('probe 193: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
});
