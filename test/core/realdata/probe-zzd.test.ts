// Outside probe 60 (test/realdata/probe-2026-12zzd/): 23 real texts of 2017–2026 on industry, tourism, science,
// technology and integration. The one warning of the first run is the judged true one; what is still wrong is
// asserted as it is (FIXME).

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12zzd');
const { doc, resolved, loud } = probeSet(DIR);

test('probe 60: the errors and warnings raised are the judged true ones', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judged.filter((v) => v.verdict === 'true').map((v) => v.finding).sort());
  assert.deepEqual(raised, ['012.txt:1:citation-format']);
});

test('probe 60: a subject that runs on past the title still names 59-NQ/TW', () => {
  assert.equal(resolved('022', 'Nghị quyết 59-NQ/TW'), '59-NQ/TW 2025-01-24');
});

test('probe 60: "Chỉ thị số 11/CT-TTg ngày 04/3/2019" (of 2020) is told to check its year, at information level', () => {
  const f = doc('010').a.findings.filter((x) => x.code === 'citation-unknown' && x.message.vi.includes('11/CT-TTg'));
  assert.deepEqual(f.map((x) => [x.severity, x.message.vi.includes('kiểm tra lại năm')]), [['information', true]]);
});

test('probe 60: FIXME — a provincial committee\'s plan written with the centre\'s code ("Kế hoạch số 157-KH/TW") is only a hint', () => {
  const f = doc('010').a.findings.filter((x) => x.message.vi.includes('157-KH/TW'));
  assert.deepEqual(f.map((x) => [x.code, x.severity]), [['citation-unknown', 'hint']]);
});
