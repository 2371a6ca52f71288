// Outside probe 168 (test/realdata/probe-2026-12-168/): 20 real texts of 2015–2025 on justice work at local level (civil status, attestation, legal aid, grassroots mediation, access to law). The first run raised two warnings, both judged true.

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-168');
const { loud } = probeSet(DIR);

test('probe 168: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
});
