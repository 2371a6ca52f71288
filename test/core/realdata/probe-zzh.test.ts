// Outside probe 64 (test/realdata/probe-2026-12zzh/): 22 real texts of 2018–2026 from central Vietnam. The error and the
// warning of the first run are the judged true ones; what is still wrong is asserted as it is (FIXME).

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12zzh');
const { doc, resolved, loud } = probeSet(DIR);

test('probe 64: the errors and warnings raised are the judged true ones', () => {
  const { raised, judged } = loud();
  // "31 tháng 02 năm 2020" of 05/2020/QĐ-TTg is told once, by citation-date-mismatch with the decision's day.
  assert.deepEqual(raised, judgedTrue(judged, ['011.txt:14:date-invalid']));
  assert.deepEqual(raised, ['008.txt:4:citation-date-mismatch', '011.txt:14:citation-date-mismatch']);
});

test('probe 64: "Nghị quyết số 202/2025 của Quốc hội khóa XV về việc hợp nhất … tỉnh Ninh Thuận vào tỉnh Khánh Hòa" is 202/2025/QH15', () => {
  assert.equal(resolved('017', 'Nghị quyết số 202/2025'), '202/2025/QH15 2025-06-12');
});

test('probe 64: FIXME — "Luật thực hiện quy chế dân chủ cơ sở" (a wrong name) is read as "Luật thực hiện" and passes silently', () => {
  const r = doc('004');
  const c = r.a.reading.citations.find((x) => r.line(x.span.start) === 4 && x.kind === 'Luật');
  assert.equal(c?.name?.text, 'thực hiện');
  assert.deepEqual(r.a.findings.filter((f) => r.line(f.span.start) === 4 && (f.severity === 'warning' || f.severity === 'error')), []);
});
