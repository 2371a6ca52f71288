// Outside probe 335 (test/realdata/probe-2026-12-335/): culture, heritage, tourism and sport, 2014–2025 (15 texts). First run: 4 errors and 1 warning: 4 true, 1 unsure.

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-335');
const { loud, doc, resolved } = probeSet(DIR);

// "Hướng dẫn 1432/KH-BVHTTDL" told that KH is a Kế hoạch's code: no page shows which the document is (unsure). "ngày
// 22/12/201 5" after 15/2015/TT-BVHTTDL was told twice, an impossible date and a year against the number's: since this
// session only the second, which offers the number's year as the fix (both judged true).
test('probe 335: the loud findings raised are the ones judged true or unsure', () => {
  const { raised, judged } = loud();
  const sure = judgedTrue(judged, ['005.txt:5:date-invalid']);
  assert.deepEqual(raised, [...sure, ...judged.filter((v) => v.verdict === 'unsure').map((v) => v.finding)].sort());
});

test('probe 335: dates in words and in brackets date their items', () => {
  assert.equal(doc('001').a.reportDate, '2020-12-18');
  assert.equal(doc('003').a.reportDate, '2020-04-14');
});
