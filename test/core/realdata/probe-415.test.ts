// Outside probe 415 (test/realdata/probe-2026-12-415/): public finance, budget and public investment texts of 2025–2026
// (the Assembly's 2026 budget resolutions, provincial budget resolutions, decrees)

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-415');
const { loud } = probeSet(DIR);

test('probe 415: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
});
