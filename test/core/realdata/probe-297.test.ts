// Outside probe 297 (test/realdata/probe-2026-12-297/): local Party and government documents implementing central ones (2013–2024)

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-297');
const { loud } = probeSet(DIR);

test('probe 297: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
});
