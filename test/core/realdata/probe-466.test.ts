// Outside probe 466 (test/realdata/probe-2026-12-466/): social policy in 2025 — poverty reduction, people with meritorious
// services, temporary houses, provincial lists of procedures, gender equality and children: 14 texts, 1 warning, real

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-466');
const { loud, cite } = probeSet(DIR);

test('probe 466: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
});

test('probe 466: a ministry written with a small letter after its first word is read as the issuer', () => {
  // "Bộ Lao động - Thương binh và xã hội": no issuer had been read.
  assert.equal(cite('010', 'Thông tư số 40/2009/TT-LĐTBXH', 23).c.issuer?.name, 'Bộ Lao động - Thương binh và Xã hội');
});
