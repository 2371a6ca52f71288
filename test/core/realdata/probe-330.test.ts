// Outside probe 330 (test/realdata/probe-2026-12-330/): land, natural resources and environment, 2012–2025 (15 texts). First run: 1 error (false, now gone) and 1 warning (true).

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-330');
const { loud, doc, resolved } = probeSet(DIR);

test('probe 330: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
});

test('probe 330: a header run into one line is read, and dates the decision', () => {
  const a = doc('007').a;
  assert.equal(a.reportDate, '2017-12-21');
  assert.equal(a.reportDateSource, 'header');
  // The laws in force then are not told replaced.
  assert.deepEqual(a.findings.filter((f) => f.code === 'citation-superseded'), []);
});

test('probe 330: a month-first stamp with a dashed time dates the item and is no impossible date', () => {
  const a = doc('015').a;
  assert.equal(a.reportDate, '2020-11-20');
  assert.deepEqual(a.findings.filter((f) => f.code === 'date-invalid'), []);
  assert.equal(doc('002').a.reportDate, '2022-07-28');
});

test('probe 330: a plenum named with its resolution\'s number in brackets is that resolution', () => {
  assert.equal(resolved('005', 'Nghị quyết Hội nghị T.Ư 7 khóa IX'), '26-NQ/TW 2003-03-12');
});

test('probe 330: a type code with a letter lost is told, as a hint with the symbol mended', () => {
  const f = doc('010').a.findings.find((x) => x.code === 'citation-format');
  assert.match(f?.message.vi ?? '', /"4132\/Đ-BTNMT" có ký hiệu loại văn bản "Đ"/u);
  assert.equal(f?.severity, 'hint');
});
