// Outside probe 350 (test/realdata/probe-2026-12-350/): 15 real texts of 2005–2026 on justice, courts, citizens'
// reception and complaints (49-NQ/TW, 27-NQ/TW, 35-CT/TW, the laws on citizens' reception, complaints and
// denunciations). The first run raised no error or warning.

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-350');
const { loud } = probeSet(DIR);

test('probe 350: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
});
