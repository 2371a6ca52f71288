// Outside probe 402 (test/realdata/probe-2026-12-402/): 15 resolutions, decisions, decrees and circulars of late 2025
// and 2026 whose căn cứ blocks cite the laws of 2025 (GitHub crawls and legal sites). The first run raised one warning,
// true.

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-402');
const { loud } = probeSet(DIR);

test('probe 402: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
});
