// Outside probe 188 (test/realdata/probe-2026-12-188/): Party inspection, supervision and discipline and anti-corruption, 20 texts of 2014–2026: 22-QĐ/TW, 69-QĐ/TW, 117-QĐ/TW, the steering committee.

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-188');
const { loud } = probeSet(DIR);

test('probe 188: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
});
