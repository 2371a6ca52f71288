// Outside probe 12 (test/realdata/probe-2026-12h/): 36 real congress, election, central-committee and
// review texts of 2016–2026, read after the other sets. No error or warning (none was judged real);
// the readings the first run got wrong stay right.

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12h');
const { doc, cite, loud } = probeSet(DIR);

test('probe 12: no error or warning, as judged', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, []);
  assert.deepEqual(judged, []);
});

test('probe 12: what the first run read wrong', () => {
  // Passed by the National Assembly, on the sentence's opening date.
  const nq = cite('002', 'Nghị quyết số 199/2025/QH15').c;
  assert.deepEqual([nq.issuer?.name, nq.date?.iso], ['Quốc hội', '2025-05-21']);
  // A 2025 central Party committee as issuer.
  assert.equal(cite('009', 'Kế hoạch số 34-KH/ĐUQH').c.issuer?.name, 'Đảng ủy Quốc hội');
  // An id wrapped across indented PDF lines, and resolved.
  assert.equal(cite('004', 'Kết  luận  số  185-').res?.entry.record.id, '185-KL/TW');
  // A five-year review dated by the sentence's "19/5/2021", not counted to today.
  assert.deepEqual(doc('021').a.findings.filter((f) => f.code === 'anniversary-mismatch' && doc('021').line(f.span.start) === 3), []);
});

test('probe 12: a citation in parentheses after its description is complete', () => {
  // "… Chỉ thị của Bộ Chính trị về nghiên cứu, học tập … (Chỉ thị số 01-CT/TW, ngày 23/1/2026)".
  assert.deepEqual(doc('007').a.findings.filter((f) => f.code === 'citation-incomplete' && f.message.vi.includes('01-CT/TW')), []);
});

test('probe 12: the guide of the Ban Tổ chức Trung ương after a directive of the Politburo, one issuer written for both, is information', () => {
  // "Chỉ thị số 35-CT/TW ngày 30/5/2019, hướng dẫn số 26-HD/BTCTW, ngày 18/10/2019 của Bộ Chính trị": BTCTW is the
  // Ban Tổ chức Trung ương's. The corpus knows the guide since its thirtieth round (before, its code told the
  // same); "của Bộ Chính trị" fits the directive before it, joined by a comma — said as information.
  const f = doc('003').a.findings.filter((x) => x.code === 'citation-issuer-mismatch');
  assert.deepEqual(f.map((x) => x.severity), ['information']);
  assert.match(f[0]!.message.vi, /^Hướng dẫn 26-HD\/BTCTW do Ban Tổ chức Trung ương ban hành; nếu "Bộ Chính trị" ở đây/u);
});

test('probe 12: a news item of 2019 with no date line is dated by the year it names, and its "sơ kết 3 năm" stands', () => {
  // It had counted to today (information); "năm 2020", a year it names, now bounds it (twenty-ninth probe round).
  assert.deepEqual(doc('032').a.findings.filter((f) => f.code === 'anniversary-mismatch'), []);
});
