// Outside probe 89 (test/realdata/probe-2026-12-89/): 23 real texts of 2012–2024 on Party ethics and example-setting
// (Quy định 08-QĐi/TW, 101, 144, 37 and 47-QĐ/TW, Kết luận 21-KL/TW). The first run raised one error and two warnings,
// one false — 21-KL/TW given the Secretariat of the list's last member — gone since.

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-89');
const { cite, loud } = probeSet(DIR);

test('probe 89: the errors and warnings raised are the judged true ones', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judged.filter((v) => v.verdict === 'true').map((v) => v.finding).sort());
  // And, since the twenty-eighth session reads "N/TW" after a kind word, "Kết luận số 37/TW" (its type code left out).
  assert.deepEqual(raised, ['005.txt:5:citation-format', '010.txt:7:citation-issuer-mismatch', '022.txt:25:citation-type-mismatch']);
});

test('probe 89: a list member takes the issuer after the nearest member that has one', () => {
  assert.equal(cite('002', 'Kết luận số 21-KL/TW', 5).c.issuer?.name, 'Ban Chấp hành Trung ương');
});

