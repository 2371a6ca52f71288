// Outside probe 475 (test/realdata/probe-2026-12-475/): inspection, complaints and denunciations, anti-corruption and Party
// discipline, 2012–2025 — legal explainers, the Government's news, a Politburo inspection of the Central Military Commission,
// the history of the Government Inspectorate: 16 texts, 1 warning on the first run, real; 2 since the fifty-first session

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-475');
const { loud, runs, resolved } = probeSet(DIR);

test('probe 475: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
  // "Thông tư 05/2021/TT-TTCP ngày 01 ngày 10 năm 2021": "ngày" typed for "tháng", not read as a date on the first run.
  assert.deepEqual(raised, ['004.txt:25:date-invalid', '011.txt:46:citation-issuer-mismatch']);
});

test('probe 475: a copied page is dated by the posting stamp at its foot', () => {
  // "Ngày đăng bài viết gốc: 14:30 17/03/2025" under the source's address: the item was judged as of today, and its
  // "Nghị quyết số 01/NQ-CP" taken for the Government's resolution of 2026.
  assert.equal(runs().get('008.txt')!.a.reportDate, '2025-03-17');
  assert.equal(resolved('008', 'Nghị quyết số 01/NQ-CP', 14), '01/NQ-CP 2025-01-08');
  // FIXME: "Nghị quyết số 18" beside Chỉ thị 35, Nghị quyết 57 and Kết luận 123 on the apparatus is 18-NQ/TW of 2017; with no
  // subject written, the latest before the item's date is taken, that of 2022 on land.
  assert.equal(resolved('008', 'Nghị quyết số 18', 9), '18-NQ/TW 2022-06-16');
});
