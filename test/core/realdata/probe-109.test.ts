// Outside probe 109 (test/realdata/probe-2026-12-109/): 25 real texts of 2010–2025 on administrative reform and digital
// government (30c/NQ-CP, 76/NQ-CP of 2013 and 2021, one-stop shops, Đề án 06). The first run raised no error and no
// warning.

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-109');
const { resolved, loud } = probeSet(DIR);

test('probe 109: no error or warning, as in the first run', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, []);
  assert.deepEqual(judged, []);
});

test('probe 109: a number the Government reused is told apart by its date', () => {
  // The resolution of 13/6/2013 (amending 30c/NQ-CP) is not taken for the programme of 2021: a record of its own since
  // corpus round 153 (unresolved before).
  assert.equal(resolved('003', 'Nghị quyết số 76/NQ-CP'), '76/NQ-CP 2013-06-13');
  assert.equal(resolved('007', 'Nghị quyết số 76/NQ-CP'), '76/NQ-CP 2021-07-15');
});
