// Outside probe 295 (test/realdata/probe-2026-12-295/): dân vận and Party work in the armed forces, the border guard and the police (2012–2025)

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-295');
const { loud } = probeSet(DIR);

test('probe 295: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
});
