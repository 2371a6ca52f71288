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
  assert.deepEqual(raised, judgedTrue(judged));
  assert.deepEqual(judged.filter((v) => v.verdict === 'false').map((v) => v.finding), ['023.txt:4:anniversary-mismatch', '023.txt:4:citation-issuer-mismatch']);
});

test('probe 111: a slip of the year with the record\'s day, month and subject is the record of that day', () => {
  const r = doc('023');
  const i = r.a.reading.citations.findIndex((c) => c.date?.iso === '2017-04-27');
  assert.equal(r.a.resolutions[i]?.entry.record.date, '2007-04-27');
  const f = r.a.findings.find((x) => x.code === 'citation-date-mismatch');
  assert.match(f!.message.vi, /ban hành ngày 27\/4\/2007/u);
});
