// Outside probe 487 (test/realdata/probe-2026-12-487/): science, technology, innovation and digital transformation, 2024–2026 (plans, legal news, news items):
// 16 texts, 1 warning, real

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-487');
const { loud } = probeSet(DIR);

test('probe 487: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
  assert.deepEqual(raised, ['002.txt:143:vision-year-order']);
});
