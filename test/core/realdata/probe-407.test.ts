// Outside probe 407 (test/realdata/probe-2026-12-407/): 15 texts on People's Councils' sessions and supervision
// (2022–2026). The first run raised no error or warning.

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-407');
const { loud } = probeSet(DIR);

test('probe 407: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
});
