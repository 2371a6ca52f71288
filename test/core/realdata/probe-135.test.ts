// Outside probe 135 (test/realdata/probe-2026-12-135/): 18 real texts of 2012–2024 on the Fatherland Front's supervision
// and social criticism, the great-unity festival and the Front's campaigns. The first run raised three errors and one
// warning, all true; two of the errors were one slip, now told once.

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-135');
const { doc, resolved, loud } = probeSet(DIR);

test('probe 135: the errors and warnings raised are the judged true ones', () => {
  const { raised, judged } = loud();
  // "Nghị quyết số 26-NQ/TW ngày 50/8/2008": told once, by citation-date-mismatch, which says why the day cannot be.
  assert.deepEqual(raised, judgedTrue(judged, ['003.txt:3:date-invalid']));
  assert.equal(raised.length, 4); // one more since the forty-fourth session, name-misspelt: "tình Yên Bái"
  const f = doc('003').a.findings.find((x) => x.code === 'citation-date-mismatch');
  assert.match(f?.message.vi ?? '', /ngày không có thật: tháng 8 chỉ có 31 ngày/u);
});

test('probe 135: readings the first run got wrong', () => {
  // "N.NGHĨA 06:14, 11/12/2023": the byline's stamp dates the item, so its bare law names are the laws of 2023.
  assert.equal(doc('018').a.reportDate, '2023-12-11');
  assert.equal(resolved('018', 'Luật Thanh tra'), '11/2022/QH15 2022-11-14');
  assert.equal(resolved('018', 'Luật Đầu tư công'), '39/2019/QH14 2019-06-13');
});
