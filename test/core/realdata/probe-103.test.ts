// Outside probe 103 (test/realdata/probe-2026-12-103/): 27 real texts of 2013–2025 on the justice sector's daily work:
// civil status, certification, legal aid, grassroots mediation, reviewing legal documents. The first run raised one
// error and three warnings, all true, and nothing false.

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-103');
const { doc, loud } = probeSet(DIR);

test('probe 103: the errors and warnings raised are the judged true ones', () => {
  const { raised, judged } = loud();
  // Since the corpus knows 158/2005/NĐ-CP (round 61), the title line's wrong year is told against the record, and the
  // two dates of the page are no longer told again as inconsistent with each other.
  const toldOnce = ['016.txt:18:citation-inconsistent'];
  assert.deepEqual(raised, judgedTrue(judged, toldOnce));
  assert.equal(raised.length, 5); // one more since the forty-fourth session, name-misspelt: "TỈNH BẠC LIỀU"
  assert.ok(raised.includes('016.txt:1:citation-date-mismatch'));
});

test('probe 103: a joint circular of six bodies and a code with "&" are read whole', () => {
  const ids = (name: string) => doc(name).a.reading.citations.map((c) => c.id);
  assert.ok(ids('020').includes('10/2018/TTLT-BTP-BCA-BQP-BTC-TANDTC-VKSNDTC'));
  assert.ok(ids('002').includes('19/2012/TTLT-BTC-BKH&ĐT-BTTTT'));
});
