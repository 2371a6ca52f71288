// Outside probe 72 (test/realdata/probe-2026-12zzp/): 25 real texts of 2005–2023 on the Politburo's regional resolutions,
// run first on this session's starting build: one error and six warnings, one warning false (a review counted to the
// conclusion's date, not to the end of the period the resolution set itself). It is gone.

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12zzp');
const { resolved, loud } = probeSet(DIR);

test('probe 72: the false anniversary warning is gone; the errors and warnings raised are the judged true ones', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judged.filter((v) => v.verdict === 'true').map((v) => v.finding).sort());
  assert.deepEqual(judged.filter((v) => v.verdict === 'false').map((v) => v.finding), ['015.txt:7:anniversary-mismatch']);
});

test('probe 72: later bare mentions keep the identity the text gave the id', () => {
  // "21-NQ/TW" after "Nghị quyết số 21-NQ/TW ngày 20-1-2003": the Mekong resolution, not the 2012 one on social insurance.
  assert.equal(resolved('018', 'Nghị quyết số 21-NQ/TW', 4), '21-NQ/TW 2003-01-20');
  // "54/NQ-TW" in a text of 2006 after "… ngày 14 tháng 9 năm 2005": not the 2019 resolution on Huế.
  assert.equal(resolved('019', 'Nghị quyết số 54/NQ-TW', 7), '54-NQ/TW 2005-09-14');
});
