// Outside probe 10 (test/realdata/probe-2026-12f/): 31 real trade union, youth, veterans', army,
// police and school Party texts of 2018–2026, read after the other sets. No error or warning; the
// wrong resolutions and the wrong anniversary of its first run stay fixed.

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12f');
const { cite, runs, loud } = probeSet(DIR);

test('probe 10: no error and no warning', () => {
  const { raised, judged } = loud();
  assert.deepEqual([raised, judged], [[], []]);
});

test('probe 10: what the first run got wrong', () => {
  // 12-NQ/TW of 16/3/2022 (khóa XIII) is not the khóa XI record of that id, nor are its short forms.
  for (const [name, written] of [['006', 'Nghị quyết số 12-NQ/TW'], ['006', 'Nghị quyết số 12'], ['007', 'Nghị quyết số 12-NQ/TW']] as const) {
    const { res } = cite(name, written);
    assert.notEqual(res?.entry.record.term, 'XI', `${name}: ${written}`);
  }
  // "sơ kết 5 năm … ngày 31/3/2011 … (2011-2016)": five years to the period's end.
  const all = [...runs().values()].flatMap((r) => r.a.findings.filter((x) => x.code === 'anniversary-mismatch'));
  assert.deepEqual(all, []);
  // A written-out time stamp: "Cập nhật lúc Thứ Sáu, ngày 28 tháng 11 năm 2025 - 13:47 (GMT+7)".
  const d021 = runs().get('021.txt')!;
  assert.deepEqual([d021.a.reportDate, d021.a.reportDateSource], ['2025-11-28', 'dateline']);
  // The army's central Party body as an issuer.
  assert.equal(cite('004', 'Chỉ thị số 124-CT/QUTW').c.issuer?.name, 'Thường vụ Quân ủy Trung ương');
});
