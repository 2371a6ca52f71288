// Outside probe 34 (test/realdata/probe-2026-12zd/): 16 real texts of provincial and city Party committees
// with their own khóa. The errors and warnings raised are the true ones (none); the false one of the first run
// is gone; what is still wrong is asserted as it is (FIXME).

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12zd');
const { doc, cite, loud } = probeSet(DIR);

test('probe 34: no error or warning; the false issuer warning of the first run is gone', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, []);
  assert.deepEqual(judged.map((v) => `${v.finding}:${v.verdict}`), ['013.txt:11:citation-issuer-mismatch:false']);
});

test('probe 34: a congress\'s resolution takes no date or issuer that open the next citation', () => {
  const c = cite('013', 'nghị quyết Đại hội XII', 11).c;
  assert.deepEqual([c.date, c.issuer], [null, null]);
  assert.deepEqual([cite('013', 'Nghị quyết số 08-NQ/TW', 11).c.issuer?.name, cite('013', 'Nghị quyết số 08-NQ/TW', 11).c.date?.iso], ['Bộ Chính trị', '2017-01-16']);
});

test('probe 34: wrong readings left, as they are', () => {
  // Portal lines " date 2025-10-03" date the text (since the thirty-eighth probe's round).
  assert.deepEqual([doc('004').a.reportDate, doc('004').a.reportDateSource], ['2025-10-03', 'dateline']);
});
