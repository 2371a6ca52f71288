// Outside probe 376 (test/realdata/probe-2026-12-376/): 15 texts on labour, trade unions, social insurance and wages
// (2011–2025). The first run raised one warning, true (a Party resolution written in the state style).

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-376');
const { loud } = probeSet(DIR);

test('probe 376: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
});
