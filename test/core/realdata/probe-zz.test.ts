// Outside probe 56 (test/realdata/probe-2026-12zz/): 25 real texts of 2018–2025 on studying Hồ Chí Minh's thought,
// Party rectification and the ethics rules. The one warning of the first run is the judged true one; what is still
// wrong is asserted as it is (FIXME).

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12zz');
const { doc, cite, resolved, loud } = probeSet(DIR);

test('probe 56: the errors and warnings raised are the judged true ones', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judged.filter((v) => v.verdict === 'true').map((v) => v.finding).sort());
  assert.deepEqual(raised, ['025.txt:3:citation-format']);
});

test('probe 56: local Party codes with a dot are read whole ("03-HD/Th.U", "15-KH/Đ.U")', () => {
  assert.deepEqual([cite('009', 'Hướng dẫn số 03-HD/Th.U').c.id, cite('009', 'Kế hoạch số 15-KH/Đ.U').c.id], ['03-HD/Th.U', '15-KH/Đ.U']);
});

test('probe 56: FIXME — "Quy định số 08-QĐ/TW" for 08-QĐi/TW, issuer and subject alike, is only a "did you mean" at information level', () => {
  const f = doc('001').a.findings.filter((x) => x.code === 'citation-unknown' && x.message.vi.includes('08-QĐi/TW'));
  assert.deepEqual(f.map((x) => x.severity), ['information']);
});

test('probe 56: "Nghị quyết Hội nghị lần thứ 8 của Ban chấp hành Trung ương Đảng khóa XIII" is read as the plenum\'s', () => {
  // FIXME: the plenum passed several resolutions; with nothing else written, the one the corpus names after it is taken.
  assert.equal(resolved('014', 'Nghị quyết Hội nghị lần thứ 8'), '42-NQ/TW 2023-11-24');
});
