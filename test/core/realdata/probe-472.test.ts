// Outside probe 472 (test/realdata/probe-2026-12-472/): texts of 2004–2014 — district and provincial resolutions and plans,
// Party and campaign news of the time, ministry letters: 15 texts, no loud finding

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-472');
const { loud, doc } = probeSet(DIR);

test('probe 472: the loud findings raised are the ones judged true (none)', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
  assert.deepEqual(raised, []);
});

test('probe 472: a district by its number on the date line dates the resolution (2008), not today', () => {
  // "Quận 2, ngày 11 tháng 01 năm 2008": judged as of today, the 2003 local-government law it cites was told replaced.
  assert.deepEqual([doc('006').a.reportDate, doc('006').a.reportDateSource], ['2008-01-11', 'header']);
  assert.ok(!doc('006').a.findings.some((f) => f.code === 'citation-superseded'));
});
