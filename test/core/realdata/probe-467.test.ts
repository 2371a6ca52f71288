// Outside probe 467 (test/realdata/probe-2026-12-467/): education, health care, culture, sports and tourism in 2011–2025 —
// city councils' resolutions, provincial plans and decisions, ministry letters, a Government notice: 16 texts, 1 warning, real

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-467');
const { loud, cite, resolved } = probeSet(DIR);

test('probe 467: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
});

test('probe 467: a law an amending law names, its number after the last name, is the text amended that year', () => {
  // "Luật sửa đổi, bổ sung một số điều của Luật Cán bộ, công chức và Luật viên chức số 52/2019/QH14": the 2025 law had
  // been taken for the one the 2019 law amended.
  assert.equal(resolved('003', 'Luật Cán bộ, công chức', 17), '22/2008/QH12 2008-11-13');
});

test('probe 467: "Sở Giáo dục và Đào tạo Thành phố Hồ Chí Minh" is read whole as the issuer', () => {
  assert.equal(cite('006', 'Công văn số 5155/SGDĐT-GDTXNNĐH', 24).c.issuer?.written, 'Sở Giáo dục và Đào tạo Thành phố Hồ Chí Minh');
});
