// Outside probe 221 (test/realdata/probe-2026-12-221/): mass organisations: Youth Union, Women's Union, Front, veterans, trade unions (18 texts, 2006–2025)

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-221');
const { loud } = probeSet(DIR);

test('probe 221: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
});
