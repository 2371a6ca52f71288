// Outside probe 420 (test/realdata/probe-2026-12-420/): Party building and inspection texts of 2024–2026 (Chỉ thị
// 05-CT/TW, Party congresses of 2025–2030, discipline, Quy định 366-QĐ/TW)

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-420');
const { loud } = probeSet(DIR);

test('probe 420: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
});
