// Outside probe 49 (test/realdata/probe-2026-12zs/): 25 real texts of 2012–2024 on agriculture, farmers and rural
// areas. The errors and warnings are exactly the judged true ones; both false ones of the first run are gone.

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12zs');
const { cite, resolved, loud } = probeSet(DIR);

test('probe 49: the errors and warnings raised are the judged true ones; the two false ones are gone', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judged.filter((v) => v.verdict === 'true').map((v) => v.finding).sort());
  assert.equal(judged.filter((v) => v.verdict === 'false').length, 2);
});

test('probe 49: the next clause\'s date is not the resolution\'s; the state steering committee\'s id stays a state id', () => {
  assert.equal(cite('024', 'Nghị quyết số 46').c.date, null);
  assert.equal(cite('001', 'Quyết định số 01/QĐ-BCĐTW').c.style, 'state');
});

test('probe 49: "26-NQ/TW Hội nghị Trung ương 7 khóa X" is the resolution of 2008', () => {
  assert.equal(resolved('006', 'Nghị quyết số 26-NQ/TW'), '26-NQ/TW 2008-08-05');
});
