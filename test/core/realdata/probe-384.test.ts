// Outside probe 384 (test/realdata/probe-2026-12-384/): 15 texts on grassroots democracy and citizens' petitions
// (2013–2025). The first run raised one error, false (a kind's code in small letters, fixed since), and one warning,
// true.

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-384');
const { loud } = probeSet(DIR);

test('probe 384: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
});
