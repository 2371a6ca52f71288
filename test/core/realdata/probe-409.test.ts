// Outside probe 409 (test/realdata/probe-2026-12-409/): the health sector in 2025–2026 (hospitals, Sở Y tế, the amended
// health insurance law, Bộ Y tế circulars)

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-409');
const { loud } = probeSet(DIR);

test('probe 409: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
});
