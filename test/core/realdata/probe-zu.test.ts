// Outside probe 51 (test/realdata/probe-2026-12zu/): 25 real texts of 2016–2025 on propaganda, ideology, the press and
// digital transformation. The loud findings are the judged true ones; the news stamps the first run missed date their pages.

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12zu');
const { doc, loud } = probeSet(DIR);

test('probe 51: the loud findings are the judged true ones', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judged.filter((v) => v.verdict === 'true').map((v) => v.finding).sort());
  // The year slip of 749/QĐ-TTg, told since the twenty-sixth session (only "check the year" before).
  assert.deepEqual(raised, ['013.txt:7:citation-date-mismatch', '024.txt:3:citation-format']);
});

test('probe 51: news stamps with counters or a cut time date their pages', () => {
  assert.deepEqual([doc('001').a.reportDate, doc('001').a.reportDateSource], ['2025-01-13', 'dateline']);
  assert.deepEqual([doc('016').a.reportDate, doc('016').a.reportDateSource], ['2025-05-07', 'dateline']);
});
