// Outside probe 196 (test/realdata/probe-2026-12-196/): tourism development, 17 texts of 2012–2024: 08-NQ/TW, the tourism laws of 2005 and 2017, the tourism strategies.

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-196');
const { loud } = probeSet(DIR);

test('probe 196: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
});
