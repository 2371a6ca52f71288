// Outside probe 482 (test/realdata/probe-2026-12-482/): agriculture, rural development and natural resources, July–December
// 2025 (provincial decisions and plans, the Prime Minister's telegrams, Kết luận 219-KL/TW): 15 texts, 4 warnings, 3 real
// and 1 false

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-482');
const { loud } = probeSet(DIR);

test('probe 482: the loud findings raised are the ones judged true, and one judged false', () => {
  const { raised, judged } = loud();
  // FIXME: 008.txt:9, "… của Bộ Chính trị tại thông báo số 99-TB/TW ngày 21/11/2025, của Ban Bí thư tại văn bản số 213-KL/TW …": the
  // second issuer is read as the notice's (a false warning), and the conclusion is left without one. Asserted as it is.
  assert.deepEqual(raised.filter((f) => f !== '008.txt:9:citation-issuer-mismatch'), judgedTrue(judged));
  assert.deepEqual(raised, ['001.txt:2:citation-issuer-mismatch', '004.txt:28:citation-issuer-mismatch', '004.txt:7:name-misspelt', '008.txt:9:citation-issuer-mismatch']);
});
