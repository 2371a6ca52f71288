// Outside probe 25 (test/realdata/probe-2026-12u/): 20 real texts of provinces and communes after the
// 2025 merger. No error or warning is raised (none was judged due); what the first run read wrong is read
// right; what is still wrong is asserted as it is (FIXME).

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12u');
const { doc, cite, loud } = probeSet(DIR);

test('probe 25: no error or warning, as judged', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judged.map((v) => v.finding).sort());
  assert.deepEqual(raised, []);
});

test('probe 25: the plenum as issuer after a year or a bare number; a briefing is no body', () => {
  assert.equal(cite('010', 'Nghị quyết 60-NQ/TW').c.issuer?.name, 'Ban Chấp hành Trung ương');
  assert.equal(cite('008', 'nghị quyết số 60').c.issuer?.name, 'Ban Chấp hành Trung ương');
  assert.deepEqual(doc('014').a.findings.filter((f) => f.code === 'title-capitalization').map((f) => f.message.vi), []);
});

test('probe 25: a portal\'s stamp in ISO form dates the text', () => {
  assert.deepEqual([doc('013').a.reportDate, doc('013').a.reportDateSource], ['2025-07-14', 'dateline']);
});

test('probe 25: wrong readings left, as they are', () => {
  // FIXME: a legal database's "Số hiệu | 90/NQ-HĐND |" line makes the text's own number a citation.
  assert.ok(doc('001').a.reading.citations.some((c) => c.id === '90/NQ-HĐND'));
});
