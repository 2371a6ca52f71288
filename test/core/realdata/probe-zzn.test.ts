// Outside probe 70 (test/realdata/probe-2026-12zzn/): 25 real texts of 2010–2026 on culture, family, sport and heritage,
// run first on this session's starting build: two errors and three warnings, all true. Since, "284/QĐ/TTg" is read, and
// the swapped day of the Book Day decision the first run missed is told, and so is a decree written without its year (018:6, once
// 92/2006/NĐ-CP was in the corpus).

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12zzn');
const { resolved, loud } = probeSet(DIR);

test('probe 70: the errors and warnings raised are the judged true ones, two of them told since the first run', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judged.filter((v) => v.verdict === 'true').map((v) => v.finding).sort());
  assert.deepEqual(judged.filter((v) => v.verdict !== 'true'), []);
  assert.ok(raised.includes('002.txt:3:citation-date-mismatch'));
});

test('probe 70: the sport directive of 2002 and the Book Day decision resolve', () => {
  assert.equal(resolved('011', 'Chỉ thị 17/CT-TW', 1), '17-CT/TW 2002-10-23');
  assert.equal(resolved('002', 'Quyết định số 284/QĐ/TTg'), '284/QĐ-TTg 2014-02-24');
});

test('probe 70: a date written with a slip, and no year read, still names the resolution of its subject', () => {
  // "Nghị quyết số 08-NQ/TW ngày 01 ngày 12 n…" (a slip for "tháng", the page cut after it) in the Government's programme
  // on sport of 2013: the Politburo's 08-NQ/TW of 1/12/2011 (corpus round 48), not the tourism resolution of 2017 the
  // first run gave it.
  assert.equal(resolved('016', 'Nghị quyết số 08-NQ/TW', 14), '08-NQ/TW 2011-12-01');
});
