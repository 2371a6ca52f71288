// Outside probe 111 (test/realdata/probe-2026-12-111/): 24 real texts of 2013–2025 on women's work and gender equality
// (Hội Liên hiệp Phụ nữ, Nghị quyết 11-NQ/TW of 2007, Đề án 938 and 939). The first run raised four errors and four
// warnings: six true, two false — "Nghị quyết số 11 ngày 27-4-2017 của Bộ Chính trị về công tác phụ nữ …", a slip of
// the year for 27/4/2007, taken for the 11-NQ/TW of 3/6/2017, which made its "10 năm" and its issuer look wrong. Gone
// since; the date error stays, with the right day.

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-111');
const { doc, loud } = probeSet(DIR);

test('probe 111: the errors and warnings raised are the judged true ones; the false ones are gone', () => {
  const { raised, judged } = loud();
  // "Đề án 938/QĐ-TTg" and "đề án 939/QĐ-TTg" name the schemes by the decisions that approve them: judged slips of form, the
  // documents right. Since the forty-third session information (citation-type-mismatch), no longer an error; the next test.
  assert.deepEqual(raised, judgedTrue(judged, ['002.txt:1:citation-type-mismatch', '002.txt:2:citation-type-mismatch']));
  assert.deepEqual(judged.filter((v) => v.verdict === 'false').map((v) => v.finding), ['023.txt:4:anniversary-mismatch', '023.txt:4:citation-issuer-mismatch']);
});

test('probe 111: a scheme named by its approving decision\'s number is told as information, with the formal citation', () => {
  const told = doc('002').a.findings.filter((f) => f.code === 'citation-type-mismatch');
  assert.deepEqual(told.map((f) => [f.severity, f.message.vi.split(';')[0]]), [
    ['information', 'Số 938/QĐ-TTg là Quyết định phê duyệt hoặc ban hành Đề án, không phải số của Đề án'],
    ['information', 'Số 939/QĐ-TTg là Quyết định phê duyệt hoặc ban hành Đề án, không phải số của Đề án'],
  ]);
});

test('probe 111: a slip of the year with the record\'s day, month and subject is the record of that day', () => {
  const r = doc('023');
  const i = r.a.reading.citations.findIndex((c) => c.date?.iso === '2017-04-27');
  assert.equal(r.a.resolutions[i]?.entry.record.date, '2007-04-27');
  const f = r.a.findings.find((x) => x.code === 'citation-date-mismatch');
  assert.match(f!.message.vi, /ban hành ngày 27\/4\/2007/u);
});
