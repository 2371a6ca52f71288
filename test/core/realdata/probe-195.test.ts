// Outside probe 195 (test/realdata/probe-2026-12-195/): legal dissemination, mediation and citizens' complaints, 19 texts of 2012–2025: Chỉ thị 32 and 35-CT/TW, the mediation and dissemination laws.

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-195');
const { loud } = probeSet(DIR);

test('probe 195: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
});
