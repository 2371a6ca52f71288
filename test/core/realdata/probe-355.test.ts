// Outside probe 355 (test/realdata/probe-2026-12-355/): 15 real texts of 2019–2026 on Party inspection and discipline
// (Quy định 22-, 69-, 144-QĐ/TW, Kết luận 21-KL/TW, the XIII term's closing conference). The first run raised no error
// or warning; the day after a signer ("do Tổng Bí thư … ký ngày 9/5/2024") is read since.

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-355');
const { loud, cite } = probeSet(DIR);

test('probe 355: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
});

test('probe 355: the day after the signer is Quy định 144-QĐ/TW\'s', () => {
  assert.deepEqual([cite('004', 'Quy định 144-QĐ/TW', 3).c.date?.iso, cite('004', 'Quy định số 144-QĐ/TW', 7).c.date?.iso], ['2024-05-09', '2024-05-09']);
});
