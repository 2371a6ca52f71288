// Outside probe 47 (test/realdata/probe-2026-12zq/): 25 real texts of 2014–2026 on law dissemination, justice
// work and the cultural movement. The first run raised no error or warning; the one now raised is the real slip
// the first run missed; what was read wrong is read right, and what is still wrong is asserted as it is (FIXME).

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12zq');
const { doc, resolved, loud } = probeSet(DIR);

test('probe 47: the one warning is the judged true one — a decision of 15/01/2020 resting on one of 20/01/2020', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judged.filter((v) => v.verdict === 'true').map((v) => v.finding).sort());
  assert.deepEqual(raised, ['012.txt:28:citation-date-future']);
});

test('probe 47: a place wrapped over two lines by a narrow column is read whole', () => {
  assert.equal(doc('012').a.reading.header.placeDate?.place, 'Thanh Hóa');
  assert.equal(doc('022').a.reading.header.placeDate?.place, 'Hà Nội');
});

test('probe 47: Chỉ thị 32-CT/TW of 2003 and the 1946 Constitution resolve (thirty-seventh corpus round)', () => {
  assert.equal(resolved('004', 'Chỉ thị số 32-CT/TW'), '32-CT/TW 2003-12-09');
  assert.equal(resolved('008', 'Hiến pháp năm 1946'), 'Hiến pháp năm 1946 1946-11-09');
});

test('probe 47: a news item\'s stamp with view counts after it ("Chủ nhật - 03/08/2025 22:57 15 0") dates it', () => {
  assert.deepEqual([doc('021').a.reportDate, doc('021').a.reportDateSource], ['2025-08-03', 'dateline']);
});
