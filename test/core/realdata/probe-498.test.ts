// Outside probe 498 (test/realdata/probe-2026-12-498/): health, health insurance, social insurance, population, 2024–2025 (legal articles, Government news, two news pages):
// 10 texts, 1 warning, real

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-498');
const { loud } = probeSet(DIR);

test('probe 498: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
  assert.deepEqual(raised, ['002.txt:27:citation-format']);
});
