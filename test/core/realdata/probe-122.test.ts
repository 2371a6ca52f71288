// Outside probe 122 (test/realdata/probe-2026-12-122/): 25 real texts of 2010–2025 on natural disasters, dykes, irrigation and water resources. The first run raised one error and three warnings: two true, two false (both gone).

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-122');
const { doc, resolved, loud } = probeSet(DIR);

test('probe 122: the errors and warnings raised are the judged true ones', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
  assert.equal(raised.length, 2);
});

test('probe 122: the requisition law is not the resolution of its number', () => {
  // "Luật Trưng mua, trưng dụng tài sản số 15/2008/QH12 ngày 03 tháng 6 năm 2008": the first run judged its date and
  // effective date against Nghị quyết 15/2008/QH12 on Hà Nội's boundaries (two false findings).
  assert.equal(resolved('014', 'Luật Trưng mua'), '15/2008/QH12 2008-06-03');
  assert.deepEqual(doc('014').a.findings.filter((f) => f.severity === 'error' || f.severity === 'warning'), []);
});

test('probe 122: "Quyết định số 173/QB-TTg" gets a hint with the mended number', () => {
  // The first run said only that the corpus lacked it.
  const f = doc('003').a.findings.find((x) => x.code === 'citation-format');
  assert.match(f?.message.vi ?? '', /"173\/QB-TTg" có ký hiệu loại văn bản "QB"/u);
  assert.equal(f?.severity, 'hint');
});
