// Outside probe 466 (test/realdata/probe-2026-12-466/): social policy in 2025 — poverty reduction, people with meritorious
// services, temporary houses, provincial lists of procedures, gender equality and children: 14 texts, 1 warning, real (2 since
// the fifty-first session: an ordinance's symbol without its term, told once the resolver reads it)

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-466');
const { loud, cite, resolved, finding } = probeSet(DIR);

test('probe 466: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
});

test('probe 466: a ministry written with a small letter after its first word is read as the issuer', () => {
  // "Bộ Lao động - Thương binh và xã hội": no issuer had been read.
  assert.equal(cite('010', 'Thông tư số 40/2009/TT-LĐTBXH', 23).c.issuer?.name, 'Bộ Lao động - Thương binh và Xã hội');
});

test('probe 466: an ordinance number with the Assembly term left off resolves, and the missing term is told', () => {
  // "Pháp lệnh số 02/2020/UBTVQH ngày 09/12/2020": only "the corpus has no …" had been said, then (fiftieth session) the
  // record offered; since the fifty-first the resolver fills the term in from the year and citation-format tells it.
  assert.equal(resolved('008', 'Pháp lệnh số 02/2020/UBTVQH', 43), '02/2020/UBTVQH14 2020-12-09');
  const f = finding('008', 'citation-format', '02/2020/UBTVQH');
  assert.equal(f?.message.vi, 'Số ký hiệu "02/2020/UBTVQH" thiếu số khóa Quốc hội sau "QH"; thể thức là "02/2020/UBTVQH14" (Nghị định 30/2020/NĐ-CP).');
  assert.equal(f?.severity, 'warning');
  assert.equal(finding('008', 'citation-unknown', '02/2020/UBTVQH'), undefined);
});

test('probe 466: "Luật Thuế sử dụng đất phi nông nghiệp 2010" is read whole and is the law of 2010', () => {
  // Read "Luật Thuế sử", cut at "dụng", and left unresolved.
  assert.equal(resolved('010', 'Luật Thuế sử dụng đất phi nông nghiệp 2010', 4), '48/2010/QH12 2010-06-17');
});
