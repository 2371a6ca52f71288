// Outside probe 161 (test/realdata/probe-2026-12-161/): 20 real texts of 2009–2025 on culture, family, heritage, sport and tourism. The first run raised one error, judged true (a decree's number mistyped, 66/2023 for 86/2023/NĐ-CP, told as its date).

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-161');
const { doc, resolved, loud } = probeSet(DIR);

test('probe 161: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
});

test('probe 161: readings after the first run, and wrong ones left as they are', () => {
  // "Luật Thể dục thể thao năm 2016 đã được sửa đổi, bổ sung năm 2018": no sports law of 2016; the law of 2006 is told, as
  // information (it was taken silently in the first run).
  assert.equal(resolved('015', 'Luật Thể dục thể thao năm 2016'), '77/2006/QH11 2006-11-29');
  assert.deepEqual(doc('015').a.findings.filter((f) => f.code === 'citation-date-mismatch').map((f) => f.severity), ['information']);
  // FIXME: "nghị định số 66/ 2023/NĐ-CP ngày 07 tháng 12 năm 2023" on the "Gia đình văn hóa" titles is 86/2023/NĐ-CP (the
  // number mistyped); the error points at the date, the decree of that day not being told.
  assert.equal(resolved('004', 'nghị định số 66/ 2023/NĐ-CP'), '66/2023/NĐ-CP 2023-08-24');
});
