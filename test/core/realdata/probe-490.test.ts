// Outside probe 490 (test/realdata/probe-2026-12-490/): the Front and the mass organisations after their 2025 reorganisation (news, explainers, the Front's own pages):
// 16 texts, 1 warning, real

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-490');
const { loud } = probeSet(DIR);

test('probe 490: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
  assert.deepEqual(raised, ['003.txt:1:name-misspelt']);
});
