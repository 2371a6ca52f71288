// Outside probe 393 (test/realdata/probe-2026-12-393/): 15 texts on the Party congresses of the 2025–2030 term. The
// first run raised no error or warning.

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-393');
const { loud } = probeSet(DIR);

test('probe 393: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
});
