// Outside probe 119 (test/realdata/probe-2026-12-119/): 25 real texts of 2011–2025 on construction, housing and urban
// development. The first run raised one error, true.

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-119');
const { cite, loud } = probeSet(DIR);

test('probe 119: the errors and warnings raised are the judged true ones', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
  // The second, 002's decree of 2015 cited a week after its replacement, is told since corpus round 72 (lead verdict);
  // the third, 010's Prime Minister's decision credited to the Government, since round 79 recorded it (lead verdict).
  assert.equal(raised.length, 3);
});

test('probe 119: a date glued to "ngày" is read, and the law of 2003 is not taken for that of 2014', () => {
  // "Luật Xây dựng ngày26/11/2003" in a decision of 10/3/2014: the first run lost the date and took 50/2014/QH13, passed
  // three months after the decision. Round 79 recorded the law of 2003 (16/2003/QH11), which it now is.
  const { c, res } = cite('001', 'Luật Xây dựng', 22);
  assert.equal(c.date?.iso, '2003-11-26');
  assert.equal(res?.entry.record.id, '16/2003/QH11');
  assert.equal(res?.certainty, 'exact');
});
