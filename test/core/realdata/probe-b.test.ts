// Outside probes 4 and 5 (test/realdata/probe-2026-12b/): 87 real documents read after the other
// sets, each error and warning judged by hand. The errors and warnings are exactly the judged real
// ones, the false and plainly wrong findings of the first runs stay gone, and the readings that were
// wrong stay right.

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12b');
const { doc, cite, loud } = probeSet(DIR);

test('probes 4 and 5: the errors and warnings are exactly the judged ones, all real mistakes', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judged.map((v) => v.finding).sort());
  assert.ok(judged.every((v) => v.verdict === 'real'));
});

test('probes 4 and 5: the false and plainly wrong findings of the first runs stay gone', () => {
  // [document, line, rule]: a list's issuer in its lead-in; a table-shaped header's date (căn cứ laws
  // "replaced" in 2025); a recurring day taken for a past event; a bare number resolved to a decree
  // of 2026 in a text of 2012; a short reference to the province's resolution taken for the Party's;
  // a date and issuer written before the number.
  const gone: [string, number, string, RegExp?][] = [
    ['p4-003', 17, 'citation-incomplete'],
    ['p4-022', 7, 'citation-superseded'],
    ['p4-022', 8, 'citation-superseded'],
    ['p5-018', 5, 'date-future'],
    ['p5-035', 1, 'citation-incomplete'],
    ['p5-015', 7, 'citation-incomplete'],
    // Since the forty-fifth corpus round knows 09-NQ/TW of 2002, the first mention is told it lacks only the full
    // symbol ("số 09"), which is right; the date and issuer written before it are not asked for.
    ['p5-031', 13, 'citation-incomplete', /ngày ban hành|cơ quan ban hành/u],
    // News with no date of their own, whose opening dates the event before the district level ended.
    ['p4-004', 4, 'organisation-renamed'],
    ['p4-030', 2, 'organisation-renamed'],
    ['p4-025', 10, 'organisation-renamed'],
  ];
  for (const [name, line, code, saying] of gone) {
    const r = doc(name);
    assert.ok(!r.a.findings.some((x) => x.code === code && r.line(x.span.start) === line && (!saying || saying.test(x.message.vi))), `${name}:${line}:${code}`);
  }
  // FIXME: "tổng kết 5 năm thực hiện Nghị định 150" (a review of 150/2006/NĐ-CP on veterans, which the corpus lacks) in an
  // undated item: since corpus round 116 dated 150/2025/NĐ-CP, the bare number takes the latest decree 150 by today,
  // 150/2026/NĐ-CP, and a hint counts its years. Wrong; asserted as it is until the corpus holds the decree of 2006.
  const p5 = doc('p5-035');
  assert.ok(p5.a.findings.some((x) => x.code === 'anniversary-mismatch' && x.severity === 'hint' && p5.line(x.span.start) === 1 && /150\/2026\/NĐ-CP/u.test(x.message.vi)), 'p5-035:1 FIXME hint');
});

test('probes 4 and 5: what the reader got wrong in the first runs', () => {
  // Report dates and provinces: a header flattened into table lines, a date line under no body, a
  // news byline; a text naming many provinces is about none.
  assert.deepEqual([doc('p4-022').a.reportDate, doc('p4-022').a.reportDateSource, doc('p4-022').a.province], ['2018-10-09', 'header', 'Hải Phòng']);
  assert.deepEqual([doc('p4-015').a.reportDate, doc('p4-015').a.province], ['2011-03-18', 'Tuyên Quang']);
  assert.deepEqual([doc('p4-009').a.reportDate, doc('p4-009').a.province], ['2019-12-10', 'Hải Phòng']);
  assert.equal(doc('p4-041').a.province, null);
  assert.deepEqual([doc('p5-021').a.reportDate, doc('p5-021').a.reportDateSource], ['2023-09-28', 'dateline']);
  // Issuers: a list's lead-in, "ban hành bởi", a council's board "của" its council.
  assert.equal(cite('p4-003', 'Số 78/2025/NĐ-CP').c.issuer?.name, 'Chính phủ');
  assert.equal(cite('p4-040', 'Nghị Quyết số 22/NQ-TU').c.issuer?.name, 'Tỉnh ủy');
  // Ids with the hyphen lost, a Youth Union id with its department.
  assert.equal(cite('p4-036', 'Nghị quyết số 57NQ/TW').c.id, '57-NQ/TW');
  assert.equal(cite('p4-017', 'Kế hoạch số 183-KH/TWĐTN-TNNT').c.date?.iso, '2024-02-28');
  // Laws: across a line break, "Uỷ" after a capital, an amending law's inner names by its date.
  assert.equal(cite('p4-015', 'Luật Ban hành văn bản quy phạm pháp luật của Hội đồng nhân dân').res?.entry.record.id, '31/2004/QH11');
  assert.equal(cite('p4-015', 'Luật Tổ chức Hội đồng nhân dân').res?.entry.record.id, '11/2003/QH11');
  const inner = cite('p4-026', 'Luật Tổ chức Chính phủ');
  assert.equal(inner.c.named?.amended, true);
  assert.equal(inner.res?.entry.record.id, '76/2015/QH13');
  // A date, issuer and term written before the citation; "ra" for "ban hành".
  const ct21 = cite('p5-038', 'Chỉ thị số 21-CT/TW', 5);
  assert.deepEqual([ct21.c.date?.iso, ct21.c.issuer?.name, ct21.c.term?.roman], ['2018-01-20', 'Ban Bí thư', 'XII']);
  assert.equal(cite('p5-031', 'Nghị quyết số 09').c.date?.iso, '2002-01-08');
});
