// Outside probe 36 (test/realdata/probe-2026-12zf/): 23 real texts of 2021–2026 on the national target
// programmes, Đề án 06, digital transformation and streamlining. The errors and warnings are exactly the
// judged true ones; the false warning of the first run is gone; what is still wrong is asserted as it is (FIXME).

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12zf');
const { doc, cite, loud } = probeSet(DIR);

test('probe 36: the errors and warnings raised are the true ones; the false one of the first run is gone', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judged.filter((v) => v.verdict === 'true').map((v) => v.finding).sort());
  assert.equal(judged.filter((v) => v.verdict === 'false').length, 1);
});

test('probe 36: a commune body after a central resolution is information, said as a possibility', () => {
  const f = doc('023').a.findings.filter((x) => x.code === 'citation-issuer-mismatch');
  assert.deepEqual(f.map((x) => x.severity), ['information']);
  assert.match(f[0]!.message.vi, /có thể đây là cơ quan của cụm từ đứng trước/u);
  // The lost hyphen is placed where it is lost.
  assert.ok(doc('023').a.findings.some((x) => x.code === 'citation-format' && x.message.vi.includes('giữa số và ký hiệu loại văn bản')));
});

test('probe 36: a date and issuer written before the citation, or "do … ban hành" after it, are not missing', () => {
  assert.deepEqual(doc('022').a.findings.filter((x) => x.code === 'citation-incomplete' && x.message.vi.includes('26-NQ/TW')), []);
  const q263 = doc('003').a.findings.filter((x) => x.code === 'citation-incomplete' && x.message.vi.includes('263/QĐ-TTg'));
  assert.deepEqual(q263.map((x) => /còn thiếu ngày ban hành \(/u.test(x.message.vi)), [true]);
});

test('probe 36: a ministry letter with a code of seven letters is read; a decree without its year is told', () => {
  assert.equal(cite('011', 'Công văn số 747/BLĐTBXH-VPQGGN').c.id, '747/BLĐTBXH-VPQGGN');
  assert.ok(doc('012').a.findings.some((x) => x.code === 'citation-format' && x.message.vi.includes('"27/2022/NĐ-CP"')));
});
