// Outside probe 86 (test/realdata/probe-2026-12-86/): 25 real texts of 2015–2025 of Ban Dân vận and the "Dân vận khéo"
// movement in the north-west, the Central Highlands and the south-east. The first run raised three warnings, all true;
// a second told the impossible "khóa XVIII" it had missed.

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-86');
const { loud } = probeSet(DIR);

test('probe 86: the errors and warnings raised are the judged true ones', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judged.filter((v) => v.verdict === 'true').map((v) => v.finding).sort());
  // The last since the forty-fourth session, name-misspelt: "tỉnh Đăk Lăk" for the official "Đắk Lắk".
  assert.deepEqual(raised, ['003.txt:5:citation-term-mismatch', '004.txt:1:citation-issuer-mismatch', '004.txt:7:citation-issuer-mismatch', '015.txt:5:name-misspelt', '018.txt:7:commemoration-count']);
  assert.equal(judged.filter((v) => v.verdict === 'false').length, 0);
});
