// Outside probe 8 (test/realdata/probe-2026-12d/): 38 real dân vận, Front and mass-organisation
// reports and news of 2019–2026, read after the other sets. The errors and warnings are exactly the
// judged ones, the plainly wrong findings of the first run stay gone, and the readings that were
// wrong stay right.

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12d');
const { doc, cite, loud } = probeSet(DIR);

test('probe 8: the errors and warnings are exactly the judged ones: seven real, one unsure', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judged.map((v) => v.finding).sort());
  assert.deepEqual(judged.map((v) => v.verdict).sort(), ['real', 'real', 'real', 'real', 'real', 'real', 'real', 'unsure']);
  // The two found once the corpus had the 2008 resolution: a wrong year and a wrong issuer.
  assert.deepEqual(judged.filter((v) => v.finding.startsWith('034.txt')).length, 2);
});

test('probe 8: the plainly wrong findings of the first run stay gone', () => {
  const at = (name: string, line: number, code: string) => doc(name).a.findings.filter((x) => x.code === code && doc(name).line(x.span.start) === line);
  // "Sáng 06/11/2024, … tổng kết 10 năm … Nghị quyết số 33-NQ/TW, ngày 09/6/2014": ten years to the
  // conference, not twelve to today.
  assert.deepEqual(at('007', 1, 'anniversary-mismatch'), []);
  // "đã diễn ra chiều 15/12" in a review of 2025, with no date line: no future day of 2026.
  assert.deepEqual(at('038', 2, 'date-future'), []);
  // 17-CT/TW on the Front's IX congress: no "did you mean" 16-CT/TW or 11-CT/TW (other congresses).
  assert.ok(at('036', 13, 'citation-unknown').every((x) => !x.message.vi.includes('Có phải')));
  // The page of 76/2025/UBTVQH15 citing itself in its title line.
  assert.deepEqual(at('030', 3, 'citation-incomplete'), []);
});

test('probe 8: what the reader got wrong in the first run', () => {
  // Dates: a weekday banner is no place-and-date line; a byline of initials; a date in parentheses.
  assert.deepEqual([doc('033').a.reportDate, doc('033').a.reportDateSource, doc('033').a.reading.header.placeDate], ['2020-12-18', 'dateline', null]);
  assert.deepEqual([doc('004').a.reportDate, doc('004').a.reportDateSource], ['2022-05-26', 'dateline']);
  // A former province and office do not vote: the Phú Thọ review after the merger.
  assert.equal(doc('017').a.province, 'Phú Thọ');
  // Issuers: the sentence's subject with "có", "T.Ư", "Chính Phủ".
  assert.equal(cite('009', 'Chỉ thị số 48-CT/TW').c.issuer?.name, 'Ban Bí thư');
  assert.equal(cite('001', 'Nghị quyết 25-NQ/TW', 9).c.issuer?.name, 'Ban Chấp hành Trung ương');
  assert.equal(cite('037', 'Thông báo số 110/TB-VPCP').c.issuer?.name, 'Văn phòng Chính phủ');
  // A subject ends before the main clause ("…, Bộ Chính trị, Ban Bí thư yêu cầu").
  assert.equal(cite('011', 'Kết luận số 202-KL/TW').c.subject?.text.endsWith('chính quyền địa phương 2 cấp'), true);
});
