// Outside probe 97 (test/realdata/probe-2026-12-97/): 26 real texts of 2011–2026 on health care, health insurance and
// population work (Nghị quyết 20 and 21-NQ/TW of 2017, the health insurance law and its amendment of 2014, the pharmacy
// laws). The first run raised five warnings, all true, and nothing false.

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-97');
const { resolved, loud } = probeSet(DIR);

test('probe 97: the errors and warnings raised are the judged true ones', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judged.filter((v) => v.verdict === 'true').map((v) => v.finding).sort());
  // One more since the ministries' codes are known glued: "21/2024/TTBYT" (007).
  // One more since the forty-fourth session, name-misspelt: "thành phô Hô Chí Minh"; two since the forty-seventh, "Kêt luận
  // sô 44-KL/TW" (the kind and "số" both misspelt, 020).
  assert.equal(raised.length, 9);
});

test('probe 97: what the first run left unresolved or resolved wrong', () => {
  // Two resolutions of a list with their subjects joined: the last subject is 21-NQ/TW's (it had been "another document").
  assert.equal(resolved('014', 'Nghị quyết 21-NQ/TW', 8), '21-NQ/TW 2017-10-25');
  // The amending law cited by its title and day (46/2014/QH13 had no name in the gazette layer).
  assert.equal(resolved('009', 'Luật sửa đổi, bổ sung một số điều', 12), '46/2014/QH13 2014-06-13');
  // A text of 2011: Kết luận 44-KL/TW of 2009, not the 44-KL/TW of 2019 (corpus round 59).
  assert.equal(resolved('020', '44-KL/TW'), '44-KL/TW 2009-04-01');
  assert.equal(resolved('005', 'Luật Dược'), '105/2016/QH13 2016-04-06');
  // A database title's "… do tỉnh Sơn La ban hành" names the title's issuer, not what 21-NQ/TW is about.
  assert.equal(resolved('018', 'Nghị quyết 21-NQ/TW'), '21-NQ/TW 2017-10-25');
});
