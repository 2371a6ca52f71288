// Outside probe 101 (test/realdata/probe-2026-12-101/): 25 real texts of 2011–2026 on the national target programme for
// ethnic minority and mountainous areas and poverty reduction (Nghị quyết 88/2019/QH14, 120/2020/QH14, Quyết định
// 1719/QĐ-TTg of 2021). The first run raised nothing loud.

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-101');
const { resolved, loud } = probeSet(DIR);

test('probe 101: nothing loud is raised, as judged', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judged.filter((v) => v.verdict === 'true').map((v) => v.finding).sort());
  assert.deepEqual(raised, []);
});

test('probe 101: "Luật … Tổ chức chính quyền địa phương sửa đổi 2019" is the amending law of 2019', () => {
  assert.equal(resolved('004', 'Luật Tổ chức chính quyền địa phương sửa đổi 2019'), '47/2019/QH14 2019-11-22');
});
