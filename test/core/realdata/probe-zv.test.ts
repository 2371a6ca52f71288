// Outside probe 52 (test/realdata/probe-2026-12zv/): 11 real sơ kết and tổng kết texts of 2011–2025 (a plan with its
// header, report openings and news of the reviews). No error or warning, then and now.

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12zv');
const { doc, cite, loud } = probeSet(DIR);

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

test('probe 52: FIXME — "Chỉ thị số 36-CT/TW ngày 16/8/2019 của Bộ Chính trị" (drugs) is not in the corpus', () => {
  assert.equal(cite('005', 'Chỉ thị số 36-CT/TW').res, null);
});
