// Outside probe 170 (test/realdata/probe-2026-12-170/): health care, population work and social and health insurance, 17 texts of 2006–2025 from provincial papers, portals and legal databases.

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-170');
const { loud } = probeSet(DIR);

test('probe 170: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
});
