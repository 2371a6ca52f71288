// Outside probe 120 (test/realdata/probe-2026-12-120/): 26 real texts of 2009–2025 on drug prevention, social evils and grassroots order. The first run raised one warning, true; a second true slip is told since the corpus knows the drug law of 2000.

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-120');
const { doc, resolved, loud } = probeSet(DIR);

test('probe 120: the errors and warnings raised are the judged true ones', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
  assert.equal(raised.length, 2);
});

test('probe 120: a subject that runs on past its first clause still names the directive cited in full before', () => {
  // "Chỉ thị số 21-CT/TW của Bộ Chính trị về phòng, chống ma túy, các đại biểu tập trung thảo luận …": the first run
  // told it "probably another document" than the 2008 directive the same text cites in full on line 3.
  assert.equal(resolved('015', 'Chỉ thị số 21-CT/TW', 7), '21-CT/TW 2008-03-26');
  assert.deepEqual(doc('015').a.findings.filter((f) => f.code === 'citation-unknown'), []);
});

test('probe 120: the drug law cited with a wrong year is told', () => {
  const f = doc('012').a.findings.find((x) => x.code === 'citation-date-mismatch');
  assert.match(f?.message.vi ?? '', /23\/2000\/QH10, ban hành ngày 9\/12\/2000/u);
});

test('probe 120: a decree\'s number glued to its place ends where the place begins', () => {
  // "Số: 116/2021/NĐ-CPHà Nội, ngày 21 tháng 12 năm 2021": the first run read the number "116/2021/NĐ-CPHà" and the place "Nội".
  const h = doc('002').a.reading.header;
  assert.equal(h.number?.id, '116/2021/NĐ-CP');
  assert.equal(h.placeDate?.place, 'Hà Nội');
});
