// Outside probe 281 (test/realdata/probe-2026-12-281/): entrepreneurs, intellectuals and the private economy (2016–2025)

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-281');
const { loud } = probeSet(DIR);

test('probe 281: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
});
