// Outside probe 65 (test/realdata/probe-2026-12zzi/): 25 real texts of 2019–2026 from Hà Nội, Thành phố Hồ Chí Minh,
// Hải Phòng and Cần Thơ. The false warning of the first run is gone; what is still wrong is asserted as it is (FIXME).

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12zzi');
const { resolved, loud } = probeSet(DIR);

test('probe 65: the false warning of the first run is gone', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, []);
  assert.deepEqual(judged.map((v) => v.verdict), ['false']);
});

test('probe 65: the Politburo\'s 45-NQ/TW on Hải Phòng is not the 2023 resolution of that number on intellectuals', () => {
  assert.notEqual(resolved('009', 'Nghị quyết số 45-NQ/TW', 2), '45-NQ/TW 2023-11-24');
  assert.notEqual(resolved('009', 'Nghị quyết số 45-NQ/TW', 3), '45-NQ/TW 2023-11-24');
});

test('probe 65: a bare "Nghị quyết 24" in a text on the Đông Nam Bộ region is the 2022 resolution on that region (round 44), not the 1990 one', () => {
  assert.equal(resolved('025', 'Nghị quyết 24'), '24-NQ/TW 2022-10-07');
});
