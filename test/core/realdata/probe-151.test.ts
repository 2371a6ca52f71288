// Outside probe 151 (test/realdata/probe-2026-12-151/): 18 real texts of 2013–2026, most of 2025–2026, on the Fatherland
// Front and the mass organisations after the 2025 reorganisation. The first run raised one warning, true ("22HD/TWĐTN").

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-151');
const { loud } = probeSet(DIR);

test('probe 151: the errors and warnings raised are the judged true ones', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
  assert.deepEqual(raised, ['010.txt:1:citation-format']);
});
