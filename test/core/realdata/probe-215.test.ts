// Outside probe 215 (test/realdata/probe-2026-12-215/): 20 Party inspection, discipline and organisation texts of 2016–2025; first run one error, true

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-215');
const { loud } = probeSet(DIR);

test('probe 215: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
});
