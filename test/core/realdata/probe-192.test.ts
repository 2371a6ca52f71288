// Outside probe 192 (test/realdata/probe-2026-12-192/): Party ideological and propaganda work, 20 texts of 2019–2025: 35-NQ/TW, Chỉ thị 05-CT/TW, Kết luận 01-KL/TW, the press.

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-192');
const { loud } = probeSet(DIR);

test('probe 192: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
});
