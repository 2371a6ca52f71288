// Outside probe 172 (test/realdata/probe-2026-12-172/): science, technology and innovation, 20 texts of 2014–2026: 20-, 52- and 57-NQ/TW, the science and technology-transfer laws and their decrees, Prime Minister strategies.

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-172');
const { loud } = probeSet(DIR);

test('probe 172: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
});
