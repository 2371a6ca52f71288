// Outside probe 492 (test/realdata/probe-2026-12-492/): laws cited by name in căn cứ blocks and legal news of 2024–2025 (amending laws, the laws of 2025):
// 16 texts, 1 error and 1 warning, both real

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-492');
const { loud } = probeSet(DIR);

test('probe 492: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
  assert.deepEqual(raised, ['003.txt:13:citation-date-mismatch', '005.txt:61:citation-format']);
});
