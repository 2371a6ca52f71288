// Outside probe 57 (test/realdata/probe-2026-12zza/): 23 real texts of 2012–2025 on social policy, poverty, housing and
// the Front's fund for the poor. The false error of the first run is gone; what is still wrong is asserted as it is
// (FIXME).

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12zza');
const { doc, cite, resolved, loud } = probeSet(DIR);

test('probe 57: the false error of the first run is gone; the one raised is the judged true one', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judged.filter((v) => v.verdict === 'true').map((v) => v.finding).sort());
  assert.deepEqual(raised, ['008.txt:2:citation-date-mismatch']);
  assert.deepEqual(judged.map((v) => v.verdict), ['true', 'false']);
});

test('probe 57: joint resolutions written "NQ-LT" or with a slash after their code are read and resolve', () => {
  assert.equal(resolved('016', 'Nghị quyết liên tịch số 19/2008'), '19/2008/NQLT/CP-UBTUMTTQVN 2008-08-22');
  assert.equal(resolved('016', 'Nghị quyết liên tịch số 88/NQLT'), '88/NQLT/CP-ĐCTUBTWMTTQVN 2016-10-07');
});

test('probe 57: "Thủ tướng chính phủ đã ban hành Chỉ thị số 23" is the Prime Minister\'s directive of 2013, not 23-CT/TW', () => {
  // Since corpus round 73 the corpus also holds the directive of 2021 on administrative reform, which an undated page took
  // for a while (the latest); the words after it ("chỉ đạo mở cuộc tổng rà soát trong 2 năm 2014-2015") choose the 2013 one.
  assert.equal(resolved('023', 'Chỉ thị số 23'), '23/CT-TTg 2013-10-27');
});

test('probe 57: issuers and dates written before the citation: "Phó Thủ tướng … ký", not a fund\'s board or a signer\'s state title', () => {
  const q = cite('011', 'Quyết định số 539/QĐ-TTg').c;
  assert.deepEqual([q.date?.iso, q.issuer?.name], ['2024-06-19', 'Thủ tướng Chính phủ']);
  assert.equal(cite('006', 'Kế hoạch số 01/KH-MTTW-BVĐ').c.issuer, null);
  assert.equal(cite('018', 'Công văn số 192-CV/TU').c.issuer, null);
});

test('probe 57: "tổng kết 10 năm thực hiện Nghị quyết 15-NQ/TW" (2012) in an undated text is only a hint: most likely a text of 2022', () => {
  assert.deepEqual(doc('008').a.findings.filter((f) => f.code === 'anniversary-mismatch').map((f) => f.severity), ['hint']);
});

test('probe 57: FIXME — the three-digit year of "Kế hoạch số 134/KH-BVĐ, ngày 07/9/022" is not told', () => {
  assert.deepEqual(doc('017').a.findings.filter((f) => f.code === 'date-format'), []);
});
