// Outside probe 269 (test/realdata/probe-2026-12-269/): Party congresses and elections of deputies (15 texts, 2009–2025)

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-269');
const { loud } = probeSet(DIR);

test('probe 269: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
});
