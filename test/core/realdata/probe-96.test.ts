// Outside probe 96 (test/realdata/probe-2026-12-96/): 27 real texts of about 2010–2025 on science, technology, innovation
// and digital transformation (Nghị quyết 57-NQ/TW of 2024, 52-NQ/TW of 2019, 36-NQ/TW of 2014, the 2025 science law).
// The first run raised one error and one warning, both true, and nothing false; a second told a law's wrong day once
// "QPPL" was read in its name (true).

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-96');
const { resolved, loud } = probeSet(DIR);

test('probe 96: the errors and warnings raised are the judged true ones', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judged.filter((v) => v.verdict === 'true').map((v) => v.finding).sort());
  // 003: the day after "… khóa XV, kỳ họp thứ 9 thông qua ngày 14/6/2025" read since the thirty-fourth session.
  assert.deepEqual(raised, ['003.txt:2:citation-date-mismatch', '011.txt:2:citation-term-mismatch', '011.txt:3:citation-format', '014.txt:17:citation-date-mismatch']);
});

test('probe 96: the plenum of khóa XIII named before a list of its resolutions chooses their 2022 documents', () => {
  for (const id of ['nghị quyết số 18-NQ/TW', '19-NQ/TW', '20-NQ/TW']) assert.equal(resolved('008', id, 11)?.endsWith('2022-06-16'), true, id);
});

test('probe 96: the 2014 resolution on information technology is known (corpus round 58)', () => {
  assert.equal(resolved('011', 'Nghị quyết')?.startsWith('36-NQ/TW 2014-07-01'), true);
});
