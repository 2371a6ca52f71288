// Outside probe 347 (test/realdata/probe-2026-12-347/): 15 real texts of 2013–2025 on national defence, the border
// guard and the militia (Nghị quyết 33-NQ/TW of 2018, 28-NQ/TW of 2013, the laws on the border, militia and defence).
// The first run raised no error or warning; a date in square brackets and "(nay là Chính phủ)" after an issuer are read
// since.

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-347');
const { loud, cite } = probeSet(DIR);

test('probe 347: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
});

test('probe 347: a date in square brackets is the resolution\'s, with its issuer; "(nay là Chính phủ)" keeps issuer and day', () => {
  const { c } = cite('004', 'Nghị quyết số 33-NQ/TW');
  assert.deepEqual([c.date?.iso, c.issuer?.name], ['2018-09-28', 'Bộ Chính trị']);
  const d = cite('006', 'Quyết định số 16/HĐBT').c;
  assert.deepEqual([d.date?.iso, d.issuer?.name], ['1989-02-22', 'Hội đồng Bộ trưởng']);
});
