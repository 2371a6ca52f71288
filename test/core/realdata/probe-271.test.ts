// Outside probe 271 (test/realdata/probe-2026-12-271/): history and commemorations, anniversaries counted (15 texts, 2009–2024)

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-271');
const { loud } = probeSet(DIR);

test('probe 271: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
});
