// Outside probe 233 (test/realdata/probe-2026-12-233/): cadre and organisation work: Quy định 148, 41, 80, 214-QĐ/TW, Kết luận 150, decrees 178/2024 and 67/2025 (19 texts, 2013–2025)

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-233');
const { loud, resolved } = probeSet(DIR);

test('probe 233: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
});

test('probe 233: an undated text citing a regulation of 2021 is of 2021 or later, so its "Căn cứ Điều lệ Đảng" is the charter of 2011', () => {
  assert.equal(resolved('005', 'Điều lệ Đảng'), 'Điều lệ Đảng (Đại hội XI) 2011-01-19');
});
