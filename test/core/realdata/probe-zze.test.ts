// Outside probe 61 (test/realdata/probe-2026-12zze/): 24 real texts of 2016–2024 of the trade unions and on workers.
// The false warning of the first run is gone, and a congress read wrongly is not read.

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12zze');
const { doc, cite, loud } = probeSet(DIR);

test('probe 61: the false warning of the first run is gone; the one raised is the judged true one', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judged.filter((v) => v.verdict === 'true').map((v) => v.finding).sort());
  assert.deepEqual(raised, ['014.txt:6:citation-format']);
  assert.deepEqual(judged.map((v) => v.verdict), ['false', 'true']);
});

test('probe 61: "Bộ Chính trị BCH Trung ương Đảng ban hành Nghị quyết số 02-NQ/TW (sau đây gọi tắt là …), ngày 12/06/2021" is the Politburo\'s, dated', () => {
  const c = cite('001', 'Nghị quyết số 02-NQ/TW', 3).c;
  assert.deepEqual([c.issuer?.name, c.issuer?.written, c.date?.iso], ['Bộ Chính trị', 'Bộ Chính trị', '2021-06-12']);
});

test('probe 61: "Nghị quyết Đại hội XIII Công đoàn Việt Nam" is not taken for the Party\'s XIII Congress', () => {
  const r = doc('023');
  assert.equal(r.a.reading.citations.some((c) => c.named?.kind === 'congress' && r.line(c.span.start) === 6), false);
});
