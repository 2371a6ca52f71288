// Outside probe 175 (test/realdata/probe-2026-12-175/): private economy, entrepreneurs and the investment climate, 20 texts of 2011–2025: 09-, 10-, 41- and 68-NQ/TW, the enterprise and investment laws and their 2025 amendments.

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-175');
const { loud } = probeSet(DIR);

test('probe 175: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
});
