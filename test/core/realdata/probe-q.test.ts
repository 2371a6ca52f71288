// Outside probe 21 (test/realdata/probe-2026-12q/): 17 real texts of the Fatherland Front and the mass
// organisations, 2015–2026. The errors and warnings are exactly the judged ones; what the first run read
// wrong is read right; what is still wrong is asserted as it is (FIXME).

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12q');
const { doc, cite, loud } = probeSet(DIR);

test('probe 21: the errors and warnings are exactly the judged ones: one real', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judged.map((v) => v.finding).sort());
  assert.deepEqual(judged.map((v) => v.verdict), ['real', 'real']); // the second: "Ngày 05/02/202", a three-digit year
});

test('probe 21: the Luật Thanh tra of 2022, by its year in parentheses or by the day the Quốc hội passed it', () => {
  assert.deepEqual([cite('009', 'Luật thanh tra').res?.entry.record.id, cite('009', 'Luật Thanh tra (năm 2022)').res?.entry.record.id], ['11/2022/QH15', '11/2022/QH15']);
});

test('probe 21: headers and time stamps', () => {
  assert.equal(doc('016').a.reading.header.issuingBody?.text, 'VĂN PHÒNG CHÍNH PHỦ');
  assert.deepEqual([doc('005').a.reportDate, doc('005').a.reportDateSource], ['2018-02-20', 'dateline']);
});

test('probe 21: wrong readings left, as they are', () => {
  // FIXME: "Ngày đăng: 17/08/2023" glued to a site's icon text ("svgImgNgày đăng") is not read.
  assert.equal(doc('012').a.reportDateSource, 'today');
});
