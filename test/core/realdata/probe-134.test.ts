// Outside probe 134 (test/realdata/probe-2026-12-134/): 13 real texts of 2010–2023 on studying and following Hồ Chí
// Minh's example and on Party building. The first run raised two warnings, both true.

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-134');
const { resolved, loud } = probeSet(DIR);

test('probe 134: the errors and warnings raised are the judged true ones', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
  assert.equal(raised.length, 2);
});

test('probe 134: readings the first run got wrong', () => {
  // "Nghị quyết Trung ương 4 (Khóa XI)", a capital K: had resolved to nothing.
  assert.equal(resolved('006', 'Nghị quyết Trung ương 4 (Khóa XI)'), '12-NQ/TW 2012-01-16');
});

test('probe 134: a reading the first run got wrong, fixed since', () => {
  // The undated item names "Chỉ thị 06" of 2006 (the Politburo's, on Hồ Chí Minh's example) three times; the words of its
  // title choose it for the first. The second, with none of its own, had been the Prime Minister's of 2020: it stands in a
  // list ("từ Chỉ thị 06, Chỉ thị 03 đến Chỉ thị 05") whose other members are the Politburo's, so it is too (twenty-eighth
  // session).
  assert.equal(resolved('008', 'Chỉ thị 06', 1), '06-CT/TW 2006-11-07');
  assert.equal(resolved('008', 'Chỉ thị 06', 2), '06-CT/TW 2006-11-07');
});
