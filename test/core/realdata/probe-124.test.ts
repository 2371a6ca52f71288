// Outside probe 124 (test/realdata/probe-2026-12-124/): 27 real texts of 2010–2026 on industry, energy, trade and markets. The first run raised one error and two warnings, all true; three more true slips are told since (the third, "ngày 13 ngày 8 năm 2009", since the fifty-first session).

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-124');
const { doc, resolved, loud } = probeSet(DIR);

test('probe 124: the errors and warnings raised are the judged true ones', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
  assert.equal(raised.length, 6);
});

test('probe 124: a law\'s effective day written as its date is told as such', () => {
  const f = doc('025').a.findings.find((x) => x.code === 'citation-date-mismatch');
  assert.match(f?.message.vi ?? '', /30\/11\/2024, không phải "01 tháng 02 năm 2025" \(đó là ngày có hiệu lực\)/u);
});

test('probe 124: the energy-saving law is read whole', () => {
  // The first run read "Luật Sử" (cut at "dụng") and left it unknown.
  assert.equal(resolved('013', 'Luật Sử dụng năng lượng'), '50/2010/QH12 2010-06-17');
});
