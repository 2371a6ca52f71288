// Outside probe 217 (test/realdata/probe-2026-12-217/): 20 People's Council, Standing Committee and election texts of 2016–2026; first run no loud findings

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-217');
const { loud } = probeSet(DIR);

test('probe 217: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
});
