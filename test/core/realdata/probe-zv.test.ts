// Outside probe 52 (test/realdata/probe-2026-12zv/): 11 real sơ kết and tổng kết texts of 2011–2025 (a plan with its
// header, report openings and news of the reviews). No error or warning, then and now.

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12zv');
const { doc, resolved, loud } = probeSet(DIR);

test('probe 52: no error or warning', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, []);
  assert.deepEqual(judged, []);
});

test('probe 52: the plan\'s header is read whole', () => {
  const h = doc('005').a.reading.header;
  assert.equal(h.number?.id, '695/KH-UBND');
  assert.equal(h.placeDate?.date.iso, '2025-08-21');
});

test('probe 52: the drug directive and its conclusion resolve (fortieth corpus round)', () => {
  assert.equal(resolved('005', 'Chỉ thị số 36-CT/TW'), '36-CT/TW 2019-08-16');
  assert.equal(resolved('005', 'Kết luận số 132-KL/TW'), '132-KL/TW 2025-03-18');
});

test('probe 52: a bare "Nghị quyết Trung ương 7" after "Nghị quyết Trung ương 7 khóa X" is that resolution', () => {
  assert.equal(resolved('001', 'Nghị quyết Trung ương 7', 7), '26-NQ/TW 2008-08-05');
});
