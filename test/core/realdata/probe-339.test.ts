// Outside probe 339 (test/realdata/probe-2026-12-339/): administrative reform, digital government and Project 06, 2011–2026 (15 texts). First run: 1 warning, false, now gone.

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-339');
const { loud, doc, resolved } = probeSet(DIR);

test('probe 339: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
});

test('probe 339: a headline\'s posting day in brackets is not the law\'s day, and a date with the month in words dates its item', () => {
  assert.deepEqual(doc('014').a.findings.filter((f) => f.code === 'citation-date-mismatch'), []);
  assert.equal(doc('005').a.reportDate, '2024-04-29');
});
