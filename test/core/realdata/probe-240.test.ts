// Outside probe 240 (test/realdata/probe-2026-12-240/): religion, belief and dân vận among followers (Luật Tín ngưỡng, tôn giáo; 162/2017 and 95/2023/NĐ-CP; 25-NQ/TW of 2003) (15 texts, 1955–2025)

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-240');
const { loud } = probeSet(DIR);

test('probe 240: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
});
