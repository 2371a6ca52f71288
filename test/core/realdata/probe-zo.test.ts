// Outside probe 45 (test/realdata/probe-2026-12zo/): 24 real land, construction and environment texts of 2014–2025.
// The errors and warnings are exactly the judged true ones; the false error of the first run is gone; what is still
// wrong is asserted as it is (FIXME).

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12zo');
const { doc, loud } = probeSet(DIR);

test('probe 45: the errors and warnings raised are the true ones; the false error of the first run is gone', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judged.filter((v) => v.verdict === 'true').map((v) => v.finding).sort());
  assert.equal(judged.filter((v) => v.verdict === 'false').length, 1);
});

test('probe 45: a căn cứ list numbered "- 1Luật …" is read; "BCH Bộ đội biên phòng" is the Bộ Chỉ huy', () => {
  assert.ok(doc('003').a.reading.citations.filter((c) => c.kind === 'Luật').length >= 3);
  assert.deepEqual(doc('019').a.findings.filter((f) => f.code === 'abbreviation-undefined' && f.message.vi.includes('"BCH"')), []);
});
