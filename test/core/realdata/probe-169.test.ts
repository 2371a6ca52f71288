// Outside probe 169 (test/realdata/probe-2026-12-169/): 18 real texts of 2013–2025 on the collective economy, cooperatives and agriculture. The first run raised one error, judged true (20-NQ/TW of 2022 called a resolution of term XII).

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-169');
const { loud } = probeSet(DIR);

test('probe 169: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
});
