// Outside probe 236 (test/realdata/probe-2026-12-236/): the 2024–2025 breakthrough resolutions (57, 59, 66, 68, 71, 72-NQ/TW) as provinces and ministries implement them (15 texts, 2025–2026)

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-236');
const { loud } = probeSet(DIR);

test('probe 236: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
});
