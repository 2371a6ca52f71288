// Outside probe 495 (test/realdata/probe-2026-12-495/): courts, procuracies and the 2025 reorganisation of the courts (news, the Standing Committee's resolutions, legal Q&A):
// 12 texts, 1 warning, real

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-495');
const { loud } = probeSet(DIR);

test('probe 495: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  // The slip the first run told as an inconsistency (001.txt:13) is told where it stands since corpus round 182 holds
  // Kết luận 223-KL/TW: line 7 credits the Politburo's conclusion to the Central Committee.
  assert.deepEqual(raised, judgedTrue(judged, ['001.txt:13:citation-inconsistent']));
  assert.deepEqual(raised, ['001.txt:7:citation-issuer-mismatch']);
});
