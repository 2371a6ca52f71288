// Outside probe 268 (test/realdata/probe-2026-12-268/): science, technology, innovation and digital transformation, 57-NQ/TW (15 texts, 2024–2026)

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-268');
const { loud } = probeSet(DIR);

test('probe 268: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
});
