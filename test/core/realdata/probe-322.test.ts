// Outside probe 322 (test/realdata/probe-2026-12-322/): the 2024–2025 strategic Politburo resolutions in 2025–2026 writing (15 texts)

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-322');
const { loud } = probeSet(DIR);

test('probe 322: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
});
