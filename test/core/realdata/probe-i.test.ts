// Outside probe 13 (test/realdata/probe-2026-12i/): 35 real Ban Dân vận, People's Committee, law-heavy
// and review texts, most of 2010–2024, read after the other sets. The errors and warnings are exactly
// the judged ones, the false warning of the first run is information, and the readings it fixed hold.

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12i');
const { doc, cite, loud } = probeSet(DIR);

test('probe 13: the errors and warnings are exactly the judged ones: one real', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judged.map((v) => v.finding).sort());
  assert.deepEqual(judged.map((v) => v.verdict), ['real']);
});

test('probe 13: the real error names the document the kind word meant', () => {
  const f = doc('011').a.findings.find((x) => x.code === 'citation-type-mismatch');
  assert.match(f!.message.vi, /hoặc có phải Kết luận 01-KL\/TW \(18\/5\/2021\)\?$/);
  assert.equal(f!.fixes![0]!.edits[0]!.newText, '01-KL/TW');
});

test('probe 13: a banner date makes the anniversary information, and says so', () => {
  const d = doc('012');
  assert.equal(d.a.reportDateSource, 'banner');
  const f = d.a.findings.filter((x) => x.code === 'anniversary-mismatch');
  assert.ok(f.length > 0 && f.every((x) => x.severity === 'information' && x.message.vi.includes('có thể là ngày xem trang')));
});

test('probe 13: "Ban Bí thư T.Ư Đảng" written first names the issuer and the date', () => {
  const c = cite('008', 'Chỉ thị số 49-CT/T.Ư').c;
  assert.deepEqual([c.issuer?.name, c.date?.iso], ['Ban Bí thư', '2005-02-21']);
});
