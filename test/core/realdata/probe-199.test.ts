// Outside probe 199 (test/realdata/probe-2026-12-199/): health care and social and health insurance, 19 texts of 2005–2026: Chỉ thị 38-CT/TW, Kết luận 43-KL/TW, 28-NQ/TW, the insurance laws of 2008–2024.
// First run: two warnings. One false (011:1, the issuer at the end of a legal database's title line given to a directive its
// subject names), fixed; one unsure (012:22, "Tờ trình số 374/TT-BHXH" of 2005: no page shows the real symbol), still raised.

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-199');
const { loud } = probeSet(DIR);

test('probe 199: the loud findings raised are the ones judged true or unsure', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judged.filter((v) => v.verdict === 'true' || v.verdict === 'unsure').map((v) => v.finding).sort());
});
