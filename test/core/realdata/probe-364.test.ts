// Outside probe 364 (test/realdata/probe-2026-12-364/): 15 real texts of 2011–2026 on document formatting, records and
// archives (Nghị định 30/2020/NĐ-CP, Hướng dẫn 36-HD/VPTW, Quy định 66-QĐ/TW, the archives laws). The first run raised
// two errors, both true (66-QĐ/TW called a Quyết định; Thông tư 01/2011/TT-BNV dated "09/11/2011").

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-364');
const { loud } = probeSet(DIR);

test('probe 364: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
});
