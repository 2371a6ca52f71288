// Outside probe 348 (test/realdata/probe-2026-12-348/): 15 real texts of 2014–2026 on the Fatherland Front's
// supervision and social criticism (217-, 218-QĐ/TW, 124-QĐ/TW, the Front law). The first run raised one error, false:
// an ordinance of 20/4/2007 of the Assembly's khóa XI told it was khóa XII's, the term table beginning at XII (khóa
// IX–XI added since).

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-348');
const { loud } = probeSet(DIR);

test('probe 348: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
});
