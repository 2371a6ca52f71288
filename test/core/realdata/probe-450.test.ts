// Outside probe 450 (test/realdata/probe-2026-12-450/): công tác dân vận and grassroots democracy texts of 1998–2025
// (Nghị định 29/1998 and 79/2003, Pháp lệnh 34/2007, Chỉ thị 16/CT-TTg): 15 texts, 1 warning, real

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-450');
const { loud } = probeSet(DIR);

test('probe 450: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
});
