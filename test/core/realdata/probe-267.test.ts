// Outside probe 267 (test/realdata/probe-2026-12-267/): land, urban development and resources after the Luật Đất đai 2024 (15 texts, 2012–2025)

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-267');
const { loud } = probeSet(DIR);

test('probe 267: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
});
