// Outside probe 279 (test/realdata/probe-2026-12-279/): studying and following Hồ Chí Minh's thought, 05-CT/TW (15 texts, 2011–2025)

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-279');
const { loud } = probeSet(DIR);

test('probe 279: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  // One verdict for the four ids of 010's one lowered paragraph ("chỉ thị số 06-ct/tw", "03-ct/tw", "05-ct/tw", "01-kl/tw"),
  // read since the thirty-third session.
  assert.deepEqual([...new Set(raised)], judgedTrue(judged));
  assert.equal(raised.length, 4);
});
