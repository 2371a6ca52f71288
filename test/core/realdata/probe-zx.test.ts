// Outside probe 54 (test/realdata/probe-2026-12zx/): 25 real texts of 2012–2026 on the economy — the private sector,
// state enterprises, investment, tourism, integration. The one warning is the judged true one.

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12zx');
const { cite, loud } = probeSet(DIR);

test('probe 54: the one warning is the judged true one (a provincial resolution given two dates in one plan)', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judged.filter((v) => v.verdict === 'true').map((v) => v.finding).sort());
  assert.deepEqual(raised, ['016.txt:16:citation-inconsistent']);
});

test('probe 54: "Nghị quyết số 10, số 11 và số 12 của Hội nghị Trung ương 5 (khóa XII)" is read as a list sharing its plenum and khóa; "số 10" is no longer taken for the Politburo\'s resolution of 2002', () => {
  const { c, res } = cite('001', 'Nghị quyết số 10');
  assert.equal(c.term?.roman, 'XII');
  assert.notEqual(res?.entry.record.date, '2002-01-18');
});
