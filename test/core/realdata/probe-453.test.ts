// Outside probe 453 (test/realdata/probe-2026-12-453/): full texts and summaries of People's Council resolutions and
// People's Committee decisions of 2025–2026 with their 'Căn cứ' blocks: 15 texts, 1 warning, real

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-453');
const { loud } = probeSet(DIR);

test('probe 453: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
});
