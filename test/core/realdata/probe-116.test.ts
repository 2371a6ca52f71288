// Outside probe 116 (test/realdata/probe-2026-12-116/): 27 real texts of 2010–2026 on public finance (budget, taxes,
// public investment, thrift, salary reform). The first run raised three errors and three warnings: four true, two false
// (a year cut by the search excerpt at the end of a text). Since, the cut year is left alone, and two wrong dates the
// first run missed are told once corpus round 70 dated the law and the circular (lead's verdicts).

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-116');
const { doc, loud } = probeSet(DIR);

test('probe 116: the errors and warnings raised are the judged true ones, two of them told since the first run', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
  assert.ok(raised.includes('009.txt:36:citation-date-mismatch'));
  // The seventh since the twenty-seventh session: "26/2016/NQ-QH14", a National Assembly resolution's number with "NQ-".
  assert.equal(raised.length, 7);
});

test('probe 116: a year cut where the text ends is no slip', () => {
  // "… Nghị định số 186/2025/NĐ-CP ngày 01 tháng 7 năm 202" ends the excerpt.
  const a = doc('004').a;
  assert.deepEqual(a.findings.filter((f) => f.code === 'date-invalid').map((f) => f.code), []);
});
