// The December 2026 probe (test/realdata/probe-2026-12/): 39 real documents read after the outside
// set, each error and warning judged by hand. It holds what the probe found and what was fixed:
// the errors and warnings are exactly the judged real ones, the plainly wrong findings of the first
// run stay gone, and the readings that were wrong stay right.

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12');
const { runs, loud } = probeSet(DIR);

function doc(prefix: string) {
  const f = [...runs().keys()].find((k) => k.startsWith(prefix));
  assert.ok(f, prefix);
  return runs().get(f)!;
}

test('probe: the errors and warnings are exactly the judged ones, all real mistakes', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judged.map((v) => v.finding).sort());
  assert.ok(judged.every((v) => v.verdict === 'real'));
});

test('probe: the plainly wrong findings of the first run stay gone', () => {
  // [document, line, rule]: a 2007 decision told its UBND no longer exists (date line not read), a
  // 2019 page told its Huyện ủy no longer exists and "12 years, not 5" (dateline not read), and a
  // short reference resolved to another document of its number.
  for (const [prefix, line, code] of [['012', 1, 'organisation-renamed'], ['012', 17, 'organisation-renamed'], ['014', 1, 'organisation-renamed'], ['021', 5, 'anniversary-mismatch'], ['017', 1, 'citation-incomplete']] as const) {
    const r = doc(prefix);
    assert.ok(!r.a.findings.some((x) => x.code === code && r.line(x.span.start) === line), `${prefix}:${line}:${code}`);
  }
});

test('probe: what the reader got wrong in the first run', () => {
  const cite = (prefix: string, written: string) => {
    const r = doc(prefix);
    const i = r.a.reading.citations.findIndex((c) => r.text.slice(c.span.start, c.span.end).startsWith(written));
    assert.ok(i >= 0, `${prefix}: ${written}`);
    return { c: r.a.reading.citations[i]!, res: r.a.resolutions[i] };
  };
  // Dates: a place with a hyphen, a news dateline.
  assert.deepEqual([doc('012').a.reportDate, doc('012').a.reportDateSource], ['2007-03-05', 'header']);
  assert.deepEqual([doc('021').a.reportDate, doc('021').a.reportDateSource], ['2019-05-16', 'dateline']);
  // Province: from the date line under a body without its place; never a person's name.
  assert.equal(doc('002').a.province, 'Hà Tĩnh');
  assert.equal(doc('028').a.province, null);
  // The Front's central committee, a law name past "Hội", a date written before its issuer.
  assert.equal(cite('018', 'Thông tri 28').c.issuer?.name, 'Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam');
  assert.equal(cite('024', 'Luật tổ chức Hội đồng nhân dân và Ủy ban nhân dân').res?.entry.record.id, '11/2003/QH11');
  const ct45 = cite('026', 'Chỉ thị số 45-CT/TW');
  assert.equal(ct45.c.date?.iso, '2020-06-20');
  assert.equal(ct45.res?.entry.record.date, '2020-06-20');
  // Number-only citations in lower case, and with "ngày" after the number.
  assert.equal(cite('018', 'quyết định số 217').res?.entry.record.id, '217-QĐ/TW');
  assert.equal(cite('029', 'Nghị quyết số 47').c.date?.iso, '2019-12-13');
});
