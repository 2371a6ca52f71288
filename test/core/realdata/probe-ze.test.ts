// Outside probe 35 (test/realdata/probe-2026-12ze/): 16 real People's Council resolutions and People's
// Committee decisions with their "Căn cứ" lists. No error or warning is raised (none was judged due); what is
// still wrong is asserted as it is (FIXME).

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12ze');
const { doc, resolved, loud } = probeSet(DIR);

test('probe 35: no error or warning, as judged', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judged.map((v) => v.finding).sort());
  assert.deepEqual(raised, []);
});

test('probe 35: the dated names of the 2015 laws resolve to them', () => {
  assert.equal(resolved('008', 'Luật Ngân sách nhà nước', 25), '83/2015/QH13 2015-06-25');
});

test('probe 35: a header on one line with rules of dashes gives its number and date; the 2018 decision cites the budget law in force', () => {
  assert.deepEqual([doc('014').a.reportDate, doc('014').a.reportDateSource], ['2018-09-05', 'header']);
  assert.equal(doc('014').a.reading.header.number?.id, '52/2018/QĐ-UBND');
  assert.deepEqual(doc('014').a.findings.filter((f) => f.code === 'citation-superseded'), []);
});

test('probe 35: wrong readings left, as they are', () => {
  // FIXME: "Luật Đầu tư công ngày 13 tháng 6 năm 2019" becomes the law of 2014 (the corpus lacks 39/2019/QH14).
  assert.equal(resolved('008', 'Luật Đầu tư công', 27), '49/2014/QH13 2014-06-18');
});
