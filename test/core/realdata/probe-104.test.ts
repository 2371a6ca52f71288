// Outside probe 104 (test/realdata/probe-2026-12-104/): 24 real texts of 2016–2026 on fighting smuggling, trade fraud and
// counterfeit goods (Ban Chỉ đạo 389, the penalty decrees of 2013 and 2020). The first run raised two warnings: one
// true, one false — "Thủ tướng Chính phủ Nguyễn Xuân Phúc vừa ký ban hành Nghị định số 128/2020/NĐ-CP" told a wrong
// issuer, though it names the signer — gone since.

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-104');
const { loud } = probeSet(DIR);

test('probe 104: the warning raised is the judged true one; the false one is gone', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judged.filter((v) => v.verdict === 'true').map((v) => v.finding).sort());
  assert.deepEqual(raised, ['015.txt:21:citation-date-future']);
  assert.deepEqual(judged.filter((v) => v.verdict === 'false').map((v) => v.finding), ['014.txt:4:citation-issuer-mismatch']);
});
