// Outside probe 50 (test/realdata/probe-2026-12zt/): 25 real texts of 2011–2026 on national defence and security as
// Party committees and communes write them. The five warnings of the first run are the judged true ones; a sixth,
// a real slip the first run missed, is told since the fourteenth session.

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12zt');
const { doc, loud, resolved } = probeSet(DIR);

test('probe 50: the errors and warnings raised are the judged true ones', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judged.filter((v) => v.verdict === 'true').map((v) => v.finding).sort());
  // Six judged on the first run, three told since ids with a space for the hyphen are read ("282/QĐ TTg"), two since a
  // header's own number is checked for its form ("Số: 09/CT/TW", "Số: 86/QĐ UBND"), one since "T.Ư" in the state order is
  // read ("Chỉ thị số 09/CT-T.Ư").
  assert.equal(judged.length, 12);
});

test('probe 50: "Luật Dân quân tự vệ (sửa đổi) được Quốc hội thông qua tháng 11/2019 và có hiệu lực thi hành 1/7/2019" is the law of 2019, and its effective day is told', () => {
  assert.equal(resolved('005', 'Luật Dân quân tự vệ (sửa đổi)'), '48/2019/QH14 2019-11-22');
  assert.deepEqual(doc('005').a.findings.filter((f) => f.code === 'citation-effective-mismatch').map((f) => f.severity), ['warning']);
});
