// Outside probe 113 (test/realdata/probe-2026-12-113/): 25 real texts of 2011–2025 on emulation and commendation (Luật
// Thi đua, khen thưởng, Chỉ thị 34-CT/TW, the councils' plans). The first run raised two warnings: one true, one false —
// "Lễ kỷ niệm được tổ chức vào sáng ngày 06/6/2018" on a news page of 24/5/2018 told as done — gone since.

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-113');
const { resolved, loud } = probeSet(DIR);

test('probe 113: the warning raised is the judged true one; the false one is gone', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
  assert.deepEqual(raised, ['017.txt:9:citation-format']);
  assert.deepEqual(judged.filter((v) => v.verdict === 'false').map((v) => v.finding), ['013.txt:9:date-future']);
});

test('probe 113: a bare circular number names no document', () => {
  // "Thông tư số 11" in a provincial item of 2014 had resolved to a Finance circular of 2026: a circular's number is its
  // ministry's, each year's, so without either it names none.
  assert.equal(resolved('017', 'Thông tư số 11'), null);
});
