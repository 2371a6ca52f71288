// Outside probe 32 (test/realdata/probe-2026-12zb/): 25 real texts of 2005–2026 on emulation and
// commendation. The errors and warnings are exactly the judged ones; the three false warnings of the first
// run are gone; what is still wrong is asserted as it is (FIXME).

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12zb');
const { doc, cite, loud } = probeSet(DIR);

test('probe 32: the errors and warnings raised are the true one; the three false ones of the first run are gone', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judged.filter((v) => v.verdict === 'true').map((v) => v.finding).sort());
  assert.equal(judged.filter((v) => v.verdict === 'false').length, 3);
});

test('probe 32: "Chỉ thị 39-CT/TW của Bộ Chính trị" is the directive of 2004; a law\'s issuer is the National Assembly only', () => {
  assert.equal(cite('017', 'Chỉ thị số 39-CT/TW').res?.entry.record.date, '2004-05-21');
  assert.equal(cite('019', 'Chỉ thị 39-CT/TW').res?.entry.record.date, '2004-05-21');
  assert.equal(cite('020', 'Luật thi đua').c.issuer, null);
});

test('probe 32: wrong readings left, as they are', () => {
  // FIXME: "Luật Thi đua, Khen thưởng hợp nhất tại văn bản số 16/VBHN-VPQH" takes the consolidated text's number.
  assert.ok(doc('007').a.reading.citations.some((c) => c.kind === 'Luật' && c.id === '16/VBHN-VPQH'));
});
