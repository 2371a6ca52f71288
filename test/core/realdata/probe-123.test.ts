// Outside probe 123 (test/realdata/probe-2026-12-123/): 25 real texts of 2010–2025 on propaganda, the press, publishing and law dissemination. The first run raised one warning, true.

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-123');
const { doc, resolved, loud } = probeSet(DIR);

test('probe 123: the errors and warnings raised are the judged true ones', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
  assert.equal(raised.length, 2); // one more since the forty-fourth session, name-misspelt: "Bộ Chính tri"
});

test('probe 123: the day a replacing decree takes effect is not the replaced one\'s', () => {
  // "Nghị định này thay thế Nghị định số 159/2013/NĐ-CP … và có hiệu lực thi hành kể từ ngày 01/12/2020".
  assert.equal(resolved('009', 'Nghị định số 159/2013'), '159/2013/NĐ-CP 2013-11-12');
  assert.deepEqual(doc('009').a.findings.filter((f) => f.code === 'citation-effective-mismatch'), []);
});

test('probe 123: the press law of 1989, and the charter in force when a decision dated under its title was made', () => {
  assert.equal(resolved('018', 'Luật Báo chí 1989'), '29-LCT/HĐNN8 1989-12-28');
  // "Điều lệ Đảng" in a decision of 26/1/2010 whose own number and date stand in parentheses under its title: the first
  // run, the text undated, took the charter of 2011, adopted after it.
  assert.equal(doc('007').a.reportDate, '2010-01-26');
  assert.equal(resolved('007', 'Điều lệ Đảng'), 'Điều lệ Đảng (Đại hội X) 2006-04');
});

test('probe 123: spaces around the hyphen of the text\'s own number', () => {
  // "Số: 53/ 2014/QĐ- UBND": the first run made it "53/2014/QĐ--UBND".
  assert.equal(doc('020').a.reading.header.number?.id, '53/2014/QĐ-UBND');
});
