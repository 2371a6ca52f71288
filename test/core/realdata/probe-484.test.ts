// Outside probe 484 (test/realdata/probe-2026-12-484/): the new provinces after the 2025 merger (People's Committee decisions, plans and a directive of Nov–Dec 2025):
// 14 texts, 2 warnings, both real

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-484');
const { loud } = probeSet(DIR);

test('probe 484: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
  assert.deepEqual(raised, ['003.txt:26:citation-format', '014.txt:5:citation-date-mismatch']);
});
