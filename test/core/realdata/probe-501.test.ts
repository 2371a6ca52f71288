// Outside probe 501 (test/realdata/probe-2026-12-501/): the ministries' circulars and decisions of 2025 (finance, home
// affairs, health, education) as legal Q&A pages quote them: 15 texts, 1 error and 1 warning on the first run, the error
// real, the warning false

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-501');
const { loud } = probeSet(DIR);

test('probe 501: the loud findings raised are the ones judged true; the false inconsistency is gone', () => {
  const { raised, judged } = loud();
  // 010.txt:13: "Ủy ban Văn hóa và Xã hội Quốc hội" beside "… của Quốc hội" a line before had been told an inconsistent
  // issuer (judged false; issuerKey drops the genitive "của" since the fifty-fourth session).
  assert.deepEqual(judged.filter((j) => j.verdict === 'false').map((j) => j.finding), ['010.txt:13:citation-inconsistent']);
  assert.deepEqual(raised, judgedTrue(judged));
  // Nghị định 243/2025/NĐ-CP dated "11 tháng 9 năm 2024": the decree is of 11/9/2025.
  assert.deepEqual(raised, ['007.txt:19:citation-date-mismatch']);
});
