// Outside probe 419 (test/realdata/probe-2026-12-419/): justice, inspection, citizen reception and complaints texts of
// 2022–2026 (the 2025 amending law, Quy định 11-QĐi/TW, legal education)

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-419');
const { loud } = probeSet(DIR);

test('probe 419: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
});
