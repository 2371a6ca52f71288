// Outside probe 388 (test/realdata/probe-2026-12-388/): 15 texts on the 2025 reorganisation of the apparatus
// (2024–2026). The first run raised no error or warning; the Assembly's 176/2025/QH15 written without its term is told
// since (judged true).

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-388');
const { loud } = probeSet(DIR);

test('probe 388: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
});
