// Outside probe 171 (test/realdata/probe-2026-12-171/): education and training, 20 texts of 2008–2025: 29-NQ/TW and 71-NQ/TW news, the 2025 amendment of the education law, tuition decrees, provincial resolutions and school reports.

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-171');
const { loud } = probeSet(DIR);

test('probe 171: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
});
