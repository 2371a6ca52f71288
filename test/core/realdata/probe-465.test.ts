// Outside probe 465 (test/realdata/probe-2026-12-465/): the two-tier local government of 2025–2026 — provincial texts on
// commune-level work, legal news on the new communes' councils and committees, two commune sites: 11 texts, no loud finding

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-465');
const { loud, resolved } = probeSet(DIR);

test('probe 465: the loud findings raised are the ones judged true (none)', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
  assert.deepEqual(raised, []);
});

test('probe 465: "Luật Tổ chức chính quyền địa phương (sửa đổi)" in June 2025 is the law passed that month', () => {
  assert.equal(resolved('008', 'Luật Tổ chức chính quyền địa phương (sửa đổi)', 25), '72/2025/QH15 2025-06-16');
  assert.equal(resolved('008', 'Nghị quyết số 76/2025/UBTVQH15', 51), '76/2025/UBTVQH15 2025-04-14');
});
