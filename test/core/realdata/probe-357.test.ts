// Outside probe 357 (test/realdata/probe-2026-12-357/): 15 real texts of 1997–2026 on the 2025 resolutions on education
// and health (71-, 72-NQ/TW) and population work (21-NQ/TW of 2017). The first run raised no error or warning; 21-NQ/TW
// in the subject of 149-KL/TW is the one of 2017 since.

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-357');
const { loud, resolved } = probeSet(DIR);

test('probe 357: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
});

test('probe 357: 21-NQ/TW in the subject of 149-KL/TW is the population resolution of 2017', () => {
  assert.equal(resolved('001', 'Nghị quyết số 21-NQ/TW'), '21-NQ/TW 2017-10-25');
});
