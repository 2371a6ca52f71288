// Outside probe 181 (test/realdata/probe-2026-12-181/): public security and order, 20 texts of 2011–2025: crime, drugs, traffic safety, the police resolution, grassroots security forces.

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-181');
const { loud } = probeSet(DIR);

test('probe 181: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
});
