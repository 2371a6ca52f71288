// Outside probe 88 (test/realdata/probe-2026-12-88/): 26 real texts of 2017–2025 on Party and State cadre work (Quy
// định 41, 50, 80, 105, 205-QĐ/TW, Nghị định 90/2020/NĐ-CP). The first run raised nothing loud; a second, with corpus
// round 56, told two issuer slips its README had named (true).

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-88');
const { resolved, loud } = probeSet(DIR);

test('probe 88: the errors and warnings raised are the judged true ones', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judged.filter((v) => v.verdict === 'true').map((v) => v.finding).sort());
  assert.deepEqual(raised, ['010.txt:4:citation-issuer-mismatch', '014.txt:3:citation-issuer-mismatch', '016.txt:8:citation-subject-mismatch']);
});

test('probe 88: "Luật Doanh nghiệp ngày 26/11/2014" is not the law of 2005: it is the law of 2014, since corpus round 89', () => {
  assert.equal(resolved('008', 'Luật Doanh nghiệp', 35), '68/2014/QH13 2014-11-26');
});

test('probe 88: a page stamp with its view count dates the item, and its "Chỉ thị số 35" is the directive of 2019', () => {
  assert.equal(resolved('024', 'Chỉ thị số 35', 1), '35-CT/TW 2019-05-30');
});
