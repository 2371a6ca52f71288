// Outside probe 53 (test/realdata/probe-2026-12zw/): 22 real district, commune and ward texts of 2018–2025 from the
// Mekong delta and the Central Highlands. The one warning of the first run was false, and is gone; the one now raised is
// a real slip the first run missed.

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12zw');
const { cite, loud } = probeSet(DIR);

test('probe 53: the false warning of the first run is gone; the one raised now is the judged true one', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judged.filter((v) => v.verdict === 'true').map((v) => v.finding).sort());
  // "07-NQ-TU" told since ids with a hyphen for the slash are read (fifteenth session).
  assert.deepEqual(raised, ['008.txt:6:citation-format', '010.txt:5:citation-issuer-mismatch']);
  assert.deepEqual(judged.map((v) => v.verdict), ['true', 'true', 'false']);
});

test('probe 53: a Party letter whose body code is a state one ("571-CV/UBND") is read as written, not told to take a form no công văn has', () => {
  assert.deepEqual([cite('021', 'Công văn số 571-CV/UBND').c.id, cite('021', 'Công văn số 571-CV/UBND').c.style], ['571-CV/UBND', 'party']);
});
