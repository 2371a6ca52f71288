// Outside probe 118 (test/realdata/probe-2026-12-118/): 25 real texts of 2014–2025 on grassroots democracy and the
// Party's mass-mobilisation work in government. The first run raised one error and one warning, both true.

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-118');
const { resolved, loud } = probeSet(DIR);

test('probe 118: the errors and warnings raised are the judged true ones', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
  assert.equal(raised.length, 2);
});

test('probe 118: "Hội nghị Trung ương lần thứ 6, khóa XII" gives the resolution its term', () => {
  // The first run lost the khóa and took the 18-NQ/TW of 2022 (khóa XIII).
  assert.equal(resolved('024', 'Nghị quyết số 18-NQ/TW'), '18-NQ/TW 2017-10-25');
});
