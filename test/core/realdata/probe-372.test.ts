// Outside probe 372 (test/realdata/probe-2026-12-372/): 15 texts on health and population (2022–2025). The first run
// raised no error or warning.

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-372');
const { loud } = probeSet(DIR);

test('probe 372: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
});
