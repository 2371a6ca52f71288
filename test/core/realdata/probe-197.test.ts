// Outside probe 197 (test/realdata/probe-2026-12-197/): urban development and housing, 20 texts of 2018–2026: 06-NQ/TW, social housing, the urban and rural planning law of 2024.

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-197');
const { loud } = probeSet(DIR);

test('probe 197: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
});
