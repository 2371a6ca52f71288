// Outside probe 334 (test/realdata/probe-2026-12-334/): education and training, 2012–2026 (15 texts). First run: 1 error and 1 warning, both true.

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-334');
const { loud, doc, resolved } = probeSet(DIR);

test('probe 334: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
});

test('probe 334: an opening "Ngày …," on an event held, and a stamp year first, date their items (both were dated today)', () => {
  assert.deepEqual([doc('008').a.reportDate, doc('008').a.reportDateSource], ['2019-12-19', 'lead']);
  assert.deepEqual([doc('013').a.reportDate, doc('013').a.reportDateSource], ['2025-07-08', 'dateline']);
});
