// Outside probe 106 (test/realdata/probe-2026-12-106/): 23 real texts of 2011–2026 on Party inspection and discipline
// and the fight against corruption and waste. The first run raised one error and two warnings: two true, one unsure
// (Nghị định 134/2021/NĐ-CP dated 31/12/2021 by the Inspectorate), judged true once the decree's header was read.

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-106');
const { cite, doc, resolved, loud } = probeSet(DIR);

test('probe 106: the errors and warnings raised are the judged true ones', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
  // The law of 2005 on thrift, known since the sixty-third corpus round, dated 16/11 for 29/11/2005.
  assert.ok(raised.includes('005.txt:23:citation-date-mismatch'));
  assert.equal(judged.filter((v) => v.verdict === 'false').length, 0);
});

test('probe 106: the Government Inspectorate is the issuer its head names, not the Government', () => {
  assert.equal(cite('011', 'Quyết định số 1426/QĐ-TTCP').c.issuer?.name, 'Thanh tra Chính phủ');
});

test('probe 106: "Hội nghị Trung ương Ba (khóa X)" keeps the term, and the resolution of 2006 is found', () => {
  assert.equal(cite('006', 'Nghị quyết số 04-NQ/TW').c.term?.roman, 'X');
  assert.equal(resolved('006', 'Nghị quyết số 04-NQ/TW'), '04-NQ/TW 2006-08-21');
});

test('probe 106: a slash typed twice before the year is still a date, and the conclusion it dates is not told incomplete', () => {
  const r = doc('018');
  assert.ok(r.a.reading.dates.some((d) => d.iso === '2022-04-18'));
  assert.deepEqual(r.a.findings.filter((f) => f.code === 'citation-incomplete').map((f) => f.message.vi), []);
});
