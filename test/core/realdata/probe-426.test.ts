// Outside probe 426 (test/realdata/probe-2026-12-426/): anti-corruption, thrift and the fight against waste, texts of
// 2023–2026 (Quy định 178-QĐ/TW, Chỉ thị 27-CT/TW of 2023, Thông tư 06/2025/TT-TTCP)

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-426');
const { loud } = probeSet(DIR);

test('probe 426: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
});
