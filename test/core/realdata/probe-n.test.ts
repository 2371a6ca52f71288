// Outside probe 18 (test/realdata/probe-2026-12n/): 22 real dân vận and Party-building texts of 2017–2025
// from southern and Central-Highland provinces. The errors and warnings are exactly the judged ones; what
// the first run read wrong is read right; what is still wrong is asserted as it is (FIXME).

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12n');
const { doc, cite, loud } = probeSet(DIR);

test('probe 18: the errors and warnings are exactly the judged ones: three real', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judged.map((v) => v.finding).sort());
  assert.deepEqual(judged.map((v) => v.verdict), ['real', 'real', 'real']);
});

test('probe 18: Chỉ thị 49-CT/TW in a text of ethnic-minority dân vận is that of 2015, and the province is read', () => {
  assert.equal(cite('004', 'Chỉ thị số 49-CT/TW').res?.entry.record.date, '2015-10-20');
  assert.deepEqual(['001', '004'].map((n) => doc(n).a.province), ['Trà Vinh', 'Gia Lai']);
});

test('probe 18: "Nghị quyết Trung ương 4 (khóa XI, khóa XII)" names the resolutions of both terms', () => {
  const a = doc('019').a;
  const plenums = a.reading.citations.map((c, i) => [c, a.resolutions[i]] as const).filter(([c]) => c.named?.kind === 'plenum' && c.named.plenum === 4);
  assert.deepEqual(plenums.map(([c, r]) => [c.named!.term, r?.entry.record.term ?? null]), [['XI', 'XI'], ['XII', 'XII']]);
});

test('probe 18: wrong readings left, as they are', () => {
  // FIXME: "Huyện ủy Đăk Hà (Kon Tum)" names no province.
  assert.equal(doc('015').a.province, null);
});
