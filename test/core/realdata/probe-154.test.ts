// Outside probe 154 (test/realdata/probe-2026-12-154/): 25 real texts of 2025–2026 carrying out the Politburo's
// resolutions of 2025–2026 (57, 66, 68, 70, 71, 72, 79, 80-NQ/TW). The first run raised one error and one warning, true.

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-154');
const { loud } = probeSet(DIR);

test('probe 154: the errors and warnings raised are the judged true ones', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
  assert.deepEqual(raised, ['003.txt:4:citation-date-mismatch', '012.txt:3:citation-format']);
});
