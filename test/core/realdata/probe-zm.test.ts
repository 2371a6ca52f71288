// Outside probe 43 (test/realdata/probe-2026-12zm/): 25 real texts of 2024–2026 on the Party congresses of the
// 2025–2030 term. One warning is raised, real: Chỉ thị 45-CT/TW's published text names the XVI Congress for 35-CT/TW's
// XIV (told since the forty-ninth session); what is still wrong is asserted as it is (FIXME).

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12zm');
const { doc, resolved, loud } = probeSet(DIR);

test('probe 43: the errors and warnings are the judged ones: the congress written wrong in the published directive', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judged.map((v) => v.finding).sort());
  assert.deepEqual(raised, ['001.txt:7:citation-subject-mismatch']);
});

test('probe 43: "Chỉ thị số 35 năm 2019" after the directive of 2024 is the one of 2019; 244-QĐ/TW of 2014 is known', () => {
  assert.equal(resolved('022', 'Chỉ thị số 35 năm 2019'), '35-CT/TW 2019-05-30');
  assert.equal(resolved('011', 'Quyết định 244-QĐ/TW'), '244-QĐ/TW 2014-06-09');
});

test('probe 43: wrong readings left, as they are', () => {
  // "Quy chế 190", the name writers give Quyết định 190-QĐ/TW, resolves through its record's alias (since the
  // sixty-third outside probe).
  assert.equal(resolved('011', 'Quy chế 190'), '190-QĐ/TW 2024-10-10');
  // FIXME: the province is read from the page's weather banner ("TP Hồ Chí Minh 28 °C").
  assert.equal(doc('025').a.province, 'Hồ Chí Minh');
});
