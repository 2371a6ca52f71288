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

test('probe 54: FIXME — "Nghị quyết số 10, số 11 và số 12 của Hội nghị Trung ương 5 (khóa XII)": the list of bare numbers is not read, so "số 10" takes no khóa and is taken for the only 10-NQ/TW the corpus knows, of 2002 (the 2017 resolution is missing)', () => {
  const { c, res } = cite('001', 'Nghị quyết số 10');
  assert.equal(c.term, null);
  assert.equal(res ? `${res.entry.record.id} ${res.entry.record.date}` : null, '10-NQ/TW 2002-01-18');
});
