// Outside probe 337 (test/realdata/probe-2026-12-337/): agriculture, farmers and new countryside, 2014–2023 (15 texts). First run: 2 warnings: 1 true, 1 unsure.

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-337');
const { loud, doc, resolved } = probeSet(DIR);

// "Tờ trình số 17/TT-SCT" told that TT is not a Tờ trình's code: the department wrote TTr elsewhere, no copy of this one
// was found (unsure).
test('probe 337: the loud findings raised are the ones judged true or unsure', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judged.filter((v) => v.verdict === 'true' || v.verdict === 'unsure').map((v) => v.finding).sort());
});

test('probe 337: a list headed by its issuer gives each item the issuer', () => {
  const incomplete = doc('002').a.findings.filter((f) => f.code === 'citation-incomplete' && /cơ quan ban hành/u.test(f.message.vi));
  assert.deepEqual(incomplete.map((f) => f.message.vi), []);
});
