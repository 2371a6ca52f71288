// Outside probe 431 (test/realdata/probe-2026-12-431/): reports and plans of the new communes and wards after 1 July
// 2025 (Party committees, People's Committees, the Front and mass organisations)

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-431');
const { loud } = probeSet(DIR);

test('probe 431: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
});
