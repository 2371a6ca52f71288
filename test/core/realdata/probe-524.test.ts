// Outside probe 524 (test/realdata/probe-2026-12-524/): people with meritorious services, veterans and war martyrs — the
// Pháp lệnh of 2020, Nghị định 131/2021/NĐ-CP, Chỉ thị 14-CT/TW, provincial decisions, the President's gift decisions:
// 16 texts, nothing loud on the first run

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-524');
const { loud, resolved } = probeSet(DIR);

test('probe 524: nothing loud is raised', () => {
  const { raised, judged } = loud();
  assert.deepEqual(judged, []);
  assert.deepEqual(raised, []);
});

test('probe 524: the ordinance by its full name, and what is left', () => {
  assert.equal(resolved('011', 'Pháp lệnh Ưu đãi người có công với cách mạng', 1), '02/2020/UBTVQH14 2020-12-09');
  // FIXME: "Pháp lệnh ưu đãi người có công (sửa đổi)" issued "Ngày 9/12/2020" (line 3) is that ordinance; its name cut short
  // of "với cách mạng" is not looked up, and nothing is resolved.
  assert.equal(resolved('011', 'Pháp lệnh ưu đãi người có công (sửa đổi)', 3), null);
});
