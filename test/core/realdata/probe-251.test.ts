// Outside probe 251 (test/realdata/probe-2026-12-251/): law-making, legal dissemination and the rule-of-law state (48-NQ/TW, Luật Phổ biến, giáo dục pháp luật, Luật Ban hành văn bản quy phạm pháp luật) (15 texts, 2010–2025)

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-251');
const { loud } = probeSet(DIR);

test('probe 251: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
});
