// Outside probe 216 (test/realdata/probe-2026-12-216/): 20 texts of 2012–2024 on security, defence, religion and ethnic affairs; first run two warnings, both true

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-216');
const { loud } = probeSet(DIR);

test('probe 216: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
});
