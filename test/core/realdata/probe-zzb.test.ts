// Outside probe 58 (test/realdata/probe-2026-12zzb/): 23 real texts of 2018–2025 from districts, communes and wards of
// the northern mountains and the Red River delta. The one warning of the first run is the judged true one; what is
// still wrong is asserted as it is (FIXME).

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12zzb');
const { doc, cite, resolved, loud } = probeSet(DIR);

test('probe 58: the errors and warnings raised are the judged true ones', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judged.filter((v) => v.verdict === 'true').map((v) => v.finding).sort());
  assert.deepEqual(raised, ['001.txt:19:citation-format']);
});

test('probe 58: the Front presidium\'s "04/NQ/ĐCT-MTTW" is read; "Nghị quyết 30a của Chính phủ" resolves', () => {
  assert.equal(cite('009', 'Nghị quyết số 04/NQ/ĐCT-MTTW').c.id, '04/NQ/ĐCT-MTTW');
  assert.equal(resolved('006', 'Nghị quyết 30a'), '30a/2008/NQ-CP 2008-12-27');
});

test('probe 58: "2540/QĐ-TTg Thủ tướng Chính phủ ban hành ngày 30-12-2016" gives its issuer and date', () => {
  const c = cite('004', 'Quyết định số 2540').c;
  assert.deepEqual([c.issuer?.name, c.date?.iso], ['Thủ tướng Chính phủ', '2016-12-30']);
});

test('probe 58: FIXME — "Kết luận số 263-TB/TU" (a notice\'s code) draws no type finding', () => {
  assert.deepEqual(doc('017').a.findings.filter((f) => f.code === 'citation-type-mismatch'), []);
});
