// Outside probe 23 (test/realdata/probe-2026-12s/): 20 real texts on the Party's inspection, discipline
// and cadre regulations. The errors and warnings are exactly the judged ones; what the first run read
// wrong is read right; what is still wrong is asserted as it is (FIXME).

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12s');
const { doc, cite, loud } = probeSet(DIR);

test('probe 23: the errors and warnings are exactly the judged ones: one real', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judged.map((v) => v.finding).sort());
  assert.deepEqual(judged.map((v) => `${v.finding}:${v.verdict}`), ['012.txt:3:citation-type-mismatch:real']);
});

test('probe 23: the records the first run chose wrongly, and the issuer behind "Thay mặt"', () => {
  assert.deepEqual([cite('015', 'Nghị quyết số 39-NQ/TW', 1), cite('015', 'Nghị quyết số 39-NQ/TW', 6)].map((x) => x.res?.entry.record.date), ['2015-04-17', '2015-04-17']); // its day since corpus round 154
  assert.equal(cite('008', 'Quy định số 142-QĐ/TW').c.issuer?.name, 'Bộ Chính trị');
});

test('probe 23: texts that date themselves before 2025 are not told the Huyện ủy is gone', () => {
  for (const name of ['003', '004']) assert.deepEqual(doc(name).a.findings.filter((f) => f.code === 'organisation-renamed').map((f) => f.message.vi), [], name);
});

test('probe 23: "Quy định 124-QĐ/TW năm 2023", replaced on 30/8/2025, cited as in force is told (information: undated)', () => {
  assert.equal(cite('020', 'Quy định 124-QĐ/TW').res?.entry.record.date, '2023-10-04');
  assert.deepEqual(doc('020').a.findings.filter((f) => f.code === 'citation-superseded').map((f) => f.severity), ['information']);
});

test('probe 23: "thay thế Quy định số 124 năm 2023" names the regulation of 2023', () => {
  assert.equal(cite('005', 'Quy định số 124').res?.entry.record.date, '2023-10-04');
});

test('probe 23: datelines after a section name and after a byline in capitals', () => {
  assert.deepEqual([doc('015').a.reportDate, doc('015').a.reportDateSource], ['2016-09-17', 'dateline']);
  assert.deepEqual([doc('017').a.reportDate, doc('017').a.reportDateSource], ['2018-10-10', 'dateline']);
});

test('probe 23: a headline with the title after the id is not the first citation', () => {
  const d = doc('006');
  assert.deepEqual(d.a.findings.filter((f) => f.code === 'citation-incomplete').map((f) => d.line(f.span.start)), [3]);
});

test('probe 23: "các Nghị quyết Trung ương 4 (khóa XI, XII) về tăng cường xây dựng, chỉnh đốn Đảng" names 12-NQ/TW and 04-NQ/TW', () => {
  // The words around choose the plenum's resolution on Party building once its day is known (16/01/2012,
  // the same as its sibling 13-NQ/TW's).
  const a = doc('017').a;
  const plenums = a.reading.citations.map((c, i) => [c, a.resolutions[i]] as const).filter(([c]) => c.named?.kind === 'plenum' && c.named.plenum === 4);
  assert.deepEqual(plenums.map(([, r]) => r?.entry.record.id ?? null), ['12-NQ/TW', '04-NQ/TW']);
});

test('probe 23: a working rule of the 2005–2010 term keeps the charter of 2001; the charter cited bears no witness to the text\'s own time', () => {
  const r = cite('004', 'Điều lệ Đảng').res;
  assert.equal(`${r?.entry.record.id} ${r?.entry.record.date}`, 'Điều lệ Đảng (Đại hội IX) 2001-04-22');
});
