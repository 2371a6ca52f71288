// Outside probe 510 (test/realdata/probe-2026-12-510/): the 2025 reorganisation of provinces and communes (news and explainers):
// 14 texts, 3 warnings on the first run: 2 real, 1 false

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-510');
const { loud } = probeSet(DIR);

test('probe 510: the loud findings raised are the ones judged true; the false issuer warning is gone', () => {
  const { raised, judged } = loud();
  // 014.txt:44: the plenum written after Nghị quyết 60-NQ/TW, the list's last member, had been given to the Politburo's
  // conclusions before it (judged false; lists.ts keeps a plenum to its resolution since the fifty-fourth session).
  assert.deepEqual(judged.filter((j) => j.verdict === 'false').map((j) => j.finding), ['014.txt:44:citation-issuer-mismatch']);
  assert.deepEqual(raised, judgedTrue(judged));
  // "60/NQ/TW" and "386 QĐ-TTg".
  assert.deepEqual(raised, ['013.txt:64:citation-format', '013.txt:7:citation-format']);
});
