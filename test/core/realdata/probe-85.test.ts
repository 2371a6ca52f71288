// Outside probe 85 (test/realdata/probe-2026-12-85/): 28 real texts of 2010–2026 on receiving citizens, complaints,
// denunciations and inspection (Chỉ thị 35-CT/TW, Quy định 11-QĐi/TW, the laws on citizens' reception, complaints and
// denunciations, Nghị định 75/2012 and 124/2020). The first run raised one error, true, and nothing false.

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-85');
const { loud } = probeSet(DIR);

test('probe 85: the errors and warnings raised are the judged true ones', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judged.filter((v) => v.verdict === 'true').map((v) => v.finding).sort());
  // 025: the day after "được Quốc hội … thông qua ngày 20 tháng 6 năm 2018" read since the thirty-fourth session.
  assert.deepEqual(raised, ['001.txt:8:citation-type-mismatch', '025.txt:7:citation-date-mismatch']);
  assert.equal(judged.filter((v) => v.verdict === 'false').length, 0);
});
