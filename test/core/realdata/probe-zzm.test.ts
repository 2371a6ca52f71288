// Outside probe 69 (test/realdata/probe-2026-12zzm/): 24 real texts of 2014–2025 on foreign affairs, overseas Vietnamese,
// the sea and the border, run first on this session's starting build. Its four false findings came from bare or dated
// ids bound to another term's document of the same number; they are gone, and the six true ones stay.

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12zzm');
const { resolved, loud } = probeSet(DIR);

test('probe 69: the four false findings of the first run are gone; the errors and warnings raised are the judged true ones', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judged.filter((v) => v.verdict === 'true').map((v) => v.finding).sort());
  assert.equal(judged.filter((v) => v.verdict === 'false').length, 4);
});

test('probe 69: the documents meant, not another term\'s of the same number', () => {
  // "Kết luận số 12-KL/TW ngày 12-8-2021 … về công tác người Việt Nam ở nước ngoài": not the 12-KL/TW of 2022 (three date errors).
  assert.equal(resolved('001', 'Kết luận số 12-KL/TW', 2), '12-KL/TW 2021-08-12');
  // The lead's bare "Nghị quyết số 33-NQ/TW của Bộ Chính trị" is the border strategy the body cites in full, not the 2014
  // resolution on culture (a false issuer warning).
  assert.equal(resolved('011', 'Nghị quyết số 33-NQ/TW', 2), '33-NQ/TW 2018-09-28');
  // A list's subject on overseas Vietnamese: the 45-CT/TW of 2015, not that of 2025 on the congresses.
  assert.equal(resolved('020', 'Chỉ thị số 45-CT/TW', 2), '45-CT/TW 2015-05-19');
});
