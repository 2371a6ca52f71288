// Outside probe 114 (test/realdata/probe-2026-12-114/): 28 real texts of 2011–2025 on culture, heritage and cultural
// life. The first run raised two errors and one warning, all true.

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-114');
const { doc, resolved, loud } = probeSet(DIR);

test('probe 114: the errors and warnings raised are the judged true ones', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
  // The fourth, 007's "37 Luật … ngày 19 tháng 11 năm 2018" (35/2018/QH14 is of 20/11/2018), was told once the title with
  // "Luật" in capitals after the count was read (twenty-fifth session); the fifth, 012's "Quyết định số 308/QĐ-TTg ngày
  // 25/11/2005" (308/2005/QĐ-TTg without its year), since the twenty-seventh.
  assert.equal(raised.length, 5);
});

test('probe 114: a date line without the comma dates the resolution, and the law it names is the one then in force', () => {
  // "Số: 114/NQ-CP Hà Nội ngày 29 tháng 4 năm 2025": judged as of today at the first run, two laws replaced since were
  // told superseded and "Luật Quản lý thuế" became the law of December 2025.
  assert.equal(doc('017').a.reportDate, '2025-04-29');
  assert.equal(resolved('017', 'Luật Quản lý thuế'), '38/2019/QH14 2019-06-13');
  assert.deepEqual(doc('017').a.findings.filter((f) => f.code === 'citation-superseded'), []);
});

test('probe 114: wrong readings left, as they are', () => {
  // FIXME: "Nghị quyết 33-NQ/TW của Bộ Chính trị" after the Central Committee's 33-NQ/TW of 2014 cited in full: the item,
  // with no date line, speaks from the year after its latest date (twenty-fourth session), before the Politburo's 33-NQ/TW
  // of 2018. The resolution of 2014 was taken, probably, the writer's slip of issuer untold; since corpus round 182 holds the
  // Politburo's 33-NQ/TW of 16/10/2003 on Đà Nẵng, the issuer written chooses that one, which the item (on culture in Tuyên
  // Quang) does not mean. (Taking the earlier citation's document by its id made a correct report wrong: two 124-QĐ/TW of
  // two terms, each with its issuer.)
  assert.equal(resolved('022', 'Nghị quyết 33-NQ/TW', 5), '33-NQ/TW 2003-10-16');
});

test('probe 114: a bare directive number of the Secretariat in a festival item is the festival directive of 2015', () => {
  // A news item of 2018 without a date line: "Chỉ thị số 41 … của Ban Bí Thư" was taken for the Secretariat's directive of
  // December 2024, then (corpus round 106) for its 41-CT/TW of 2010 on economic diplomacy; the festival directive of
  // 5/2/2015 (round 107) is the latest 41-CT/TW of the Secretariat before the item's own year.
  assert.equal(resolved('024', 'Chỉ thị số 41'), '41-CT/TW 2015-02-05');
});
