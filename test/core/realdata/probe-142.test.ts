// Outside probe 142 (test/realdata/probe-2026-12-142/): 25 real texts of 2013–2024 on the Politburo's resolutions on
// regions and provinces and their implementation. The first run raised two warnings, both true.

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-142');
const { resolved, loud } = probeSet(DIR);

test('probe 142: the errors and warnings raised are the judged true ones', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
  // The third since the forty-first session: a legal site's closing label on the Politburo's 23-NQ/TW.
  assert.equal(raised.length, 3);
});

test('probe 142: a pair\'s subject run on into the sentence no longer makes the conclusion another document', () => {
  // "Nghị quyết số 10-NQ/TW … và Kết luận số 12-KL/TW của Bộ Chính trị khoá XI về phát triển kinh tế - xã hội, bảo đảm quốc
  // phòng, an ninh vùng Tây Nguyên, những năm qua …": the subject was weighed against the conclusion's own and the 12-KL/TW
  // of 2011 told another document (FIXME until the thirty-third session); its term and body written, and a run of its
  // subject's words, now hold it, as where it is written alone (018).
  assert.equal(resolved('004', 'Kết luận số 12-KL/TW'), '12-KL/TW 2011-10-24');
});
