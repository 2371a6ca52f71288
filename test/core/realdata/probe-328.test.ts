// Outside probe 328 (test/realdata/probe-2026-12-328/): health and social insurance, 2014–2024 (15 texts). First run: 2 warnings, both true.

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-328');
const { loud, doc, resolved } = probeSet(DIR);

test('probe 328: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
});

test('probe 328: a stamp with its view count before the word dates the item (it was dated today)', () => {
  assert.equal(doc('011').a.reportDate, '2019-12-20');
  assert.equal(doc('011').a.reportDateSource, 'dateline');
});

// "(QNO) - Ngày 16.2.1995, Bảo hiểm xã hội (BHXH) Việt Nam ra đời …" in an item of 2020 ("25 năm qua (1995 - 2020)") is the
// origin the item counts from: no longer its date since the opening's later years are weighed.
test('probe 328: an anniversary piece opening on the day it counts from is not dated by that day', () => {
  assert.equal(doc('002').a.reportDateSource, 'today');
});
