// Outside probe 46 (test/realdata/probe-2026-12zp/): 24 real texts of 2016–2024 on public finance, social policy,
// policy credit (Chỉ thị 40-CT/TW) and labour. The errors and warnings are exactly the judged true ones; what the
// first run read wrong is read right; what is still wrong is asserted as it is (FIXME).

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12zp');
const { doc, cite, resolved, loud } = probeSet(DIR);

test('probe 46: the errors and warnings raised are the judged true ones', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judged.filter((v) => v.verdict === 'true').map((v) => v.finding).sort());
  assert.equal(judged.filter((v) => v.verdict === 'false').length, 0);
});

test('probe 46: the date after a short name in parentheses is the citation\'s ("Chỉ thị 40-CT/TW (gọi tắt là chỉ thị 40) ngày 22/11/2024")', () => {
  assert.equal(cite('006', 'Chỉ thị 40-CT/TW').c.date?.iso, '2024-11-22');
});

test('probe 46: an amending law\'s title wrapped after "Luật" is the amending law', () => {
  assert.equal(resolved('001', 'Luật\nsửa đổi'), '47/2019/QH14 2019-11-22');
});

test('probe 46: "các đồng chí ủy viên BCH Đảng bộ tỉnh" is the members, not a title to capitalise', () => {
  assert.deepEqual(doc('007').a.findings.filter((f) => f.code === 'title-capitalization'), []);
});
