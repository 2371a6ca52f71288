// Outside probe 378 (test/realdata/probe-2026-12-378/): 15 texts on anti-corruption, thrift and waste (2007–2026). The
// first run raised no error or warning; a misdated directive of the Prime Minister (10/CT-TTg) is told since corpus
// round 146 (judged true).

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-378');
const { loud } = probeSet(DIR);

test('probe 378: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
});
