// Outside probe 66 (test/realdata/probe-2026-12zzj/): 24 real texts of 2019–2026 on the Youth Union, run first on this
// session's build. Its one warning was false, and is gone.

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12zzj');
const { resolved, loud } = probeSet(DIR);

test('probe 66: the false warning of the first run is gone; the one raised now is judged true', () => {
  const { raised, judged } = loud();
  // "25-NQ-TW" told since ids with a hyphen for the slash are read (fifteenth session).
  assert.deepEqual(raised, ['023.txt:5:citation-format']);
  assert.deepEqual(judged.map((v) => `${v.finding} ${v.verdict}`), ['023.txt:5:citation-format true', '024.txt:4:citation-issuer-mismatch false']);
});

test('probe 66: "Kết luận số 80 của Bộ Chính trị về đẩy mạnh thực hiện Nghị quyết số 25" is the conclusion of 2013 (round 45), not the 80-KL/TW of 2010 on Chỉ thị 07', () => {
  assert.equal(resolved('024', 'Kết luận số 80'), '80-KL/TW 2013-12-25');
});
