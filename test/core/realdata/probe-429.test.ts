// Outside probe 429 (test/realdata/probe-2026-12-429/): education and training, 2024–2026 (Nghị quyết 71-NQ/TW, free
// tuition, boarding schools in border communes, school plans)

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-429');
const { loud } = probeSet(DIR);

test('probe 429: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
});
