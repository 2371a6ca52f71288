// Outside probe 146 (test/realdata/probe-2026-12-146/): 23 real texts of 2005–2024 on state audit, statistics and
// state-owned enterprises. The first run raised no error and no warning.

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-146');
const { doc, cite, loud } = probeSet(DIR);

test('probe 146: nothing loud is raised, as judged', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, []);
  assert.deepEqual(judged, []);
});

test('probe 146: readings the first run got wrong', () => {
  // "Hà Nội , Ngày 29 tháng 11 năm 2005": the law of 2005 is dated by its header, and the 1992 Constitution it cites is
  // no longer told replaced (as of today it had been).
  const r = doc('003');
  assert.equal(r.a.reportDate, '2005-11-29');
  assert.deepEqual(r.a.findings.filter((f) => f.code === 'citation-superseded'), []);
  // "31/2017/QĐ-TTgngày 17/7/2017": the id stops at "TTg", and the space is asked for.
  assert.equal(cite('009', 'Quyết định số 31/2017').c.id, '31/2017/QĐ-TTg');
  assert.ok(doc('009').a.findings.some((f) => f.code === 'space-missing' && f.message.vi.includes('"31/2017/QĐ-TTg ngày"')));
});
