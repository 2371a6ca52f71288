// Outside probe 474 (test/realdata/probe-2026-12-474/): the 2025 reorganisation — new provinces' and communes' texts after the
// July 2025 merger, the new commune Party committees and Fronts, news citing the central documents behind it: 16 texts, no
// loud finding

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-474');
const { loud, cite, finding } = probeSet(DIR);

test('probe 474: the loud findings raised are the ones judged true (none)', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
  assert.deepEqual(raised, []);
});

test('probe 474: the body whose opinion or proposal a document carries is its issuer', () => {
  // "kiến nghị của Ban Tổ chức Trung ương tại Báo cáo 392-BC/BTCTW", "ý kiến của Ban Tổ chức Trung ương tại Văn bản số
  // 9151- CV/BTCTW": each was told its issuer was missing.
  assert.equal(cite('008', 'Báo cáo 392-BC/BTCTW', 6).c.issuer?.name, 'Ban Tổ chức Trung ương');
  assert.equal(cite('006', 'số 9151- CV/BTCTW', 10).c.issuer?.name, 'Ban Tổ chức Trung ương');
  assert.equal(finding('006', 'citation-incomplete', 'số 9151- CV/BTCTW'), undefined);
  // FIXME: the second letter of the pair, "… và Văn bản số 9671-CV/BTCTW", is still told its issuer is missing.
  assert.ok(finding('006', 'citation-incomplete', 'số 9671-CV/BTCTW'));
});

test('probe 474: a code with "& " inside is read whole, and "QN" for "NQ" is told', () => {
  // "15972/SXD-QLN& TTBĐS ngày 14/11/2025" was cut at "&" and its date lost.
  const { c } = cite('005', 'Công văn số 15972/SXD-QLN& TTBĐS', 14);
  assert.equal(c.id, '15972/SXD-QLN&TTBĐS');
  assert.equal(c.date?.iso, '2025-11-14');
  // "Nghị quyết 08/2025/QN-HĐND": only "not in the corpus" was said.
  assert.equal(finding('012', 'citation-format', '08/2025/QN-HĐND')?.message.vi.includes('Nghị quyết viết "NQ": "08/2025/NQ-HĐND"'), true);
});
