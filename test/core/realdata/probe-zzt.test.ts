// Outside probe 76 (test/realdata/probe-2026-12zzt/): 23 real texts of 2012–2026 on social insurance, health insurance
// and population, run first on this session's build after its first fixes: five warnings, all true. Since, a subject
// whose first clause is the record's whole two-word subject agrees.

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12zzt');
const { resolved, loud } = probeSet(DIR);

test('probe 76: the warnings raised are the judged true ones', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judged.filter((v) => v.verdict === 'true').map((v) => v.finding).sort());
  // Five on the first run, and the issuer of Kết luận 149-KL/TW the first run missed, told since corpus round 50.
  // One more since the ministries' codes are known glued: "5556/QĐBYT" (008), and a circular without its year since the
  // forty-fourth session: "10/TT-BYT ngày14/8/2009" (007).
  assert.equal(raised.length, 8);
});

test('probe 76: "21-NQ/TW … khóa XII về công tác dân số trong tình hình mới, Đảng ủy … đã ban hành" is the resolution of 2017', () => {
  // The first run told it the corpus had only "21-NQ/TW of 25/10/2017 on population", the very document cited.
  assert.equal(resolved('011', 'Nghị quyết số 21-NQ/TW', 2), '21-NQ/TW 2017-10-25');
});
