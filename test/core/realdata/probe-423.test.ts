// Outside probe 423 (test/realdata/probe-2026-12-423/): ethnic minority, religion and social welfare texts of 2024–2026
// (national target programmes, temporary housing, people with merit)

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-423');
const { loud } = probeSet(DIR);

test('probe 423: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
});
