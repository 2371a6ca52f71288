// Outside probe 87 (test/realdata/probe-2026-12-87/): 30 real texts of March 2020 – January 2024 on the COVID-19
// epidemic (Chỉ thị 15 and 16/CT-TTg of 2020, Nghị quyết 42/NQ-CP and 128/NQ-CP, Quyết định 447/QĐ-TTg, the Ministry of
// Health's decisions). The first run raised one error, true, and nothing false; a second, with corpus round 56, a date
// slip more (true).

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-87');
const { cite, loud } = probeSet(DIR);

test('probe 87: the errors and warnings raised are the judged true ones', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judged.filter((v) => v.verdict === 'true').map((v) => v.finding).sort());
  // The last: a year of three digits ("ngày 31/07/202"), read since December 2026. "ngày 9/4/20202" is 9/4/2020 and a
  // footnote's mark, as the record has it.
  assert.deepEqual(raised, ['001.txt:27:citation-type-mismatch', '007.txt:6:citation-date-mismatch', '019.txt:3:date-invalid']);
  assert.equal(judged.filter((v) => v.verdict === 'false').length, 0);
});

test('probe 87: a lawyer named in a decision is no law numbered as the decision', () => {
  const { c } = cite('026', 'quyết định số 3355/QĐ-BYT');
  assert.deepEqual([c.kind, c.id], ['Quyết định', '3355/QĐ-BYT']);
});
