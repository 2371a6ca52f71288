// Outside probe 471 (test/realdata/probe-2026-12-471/): justice and legal work, 2008–2025 — provincial justice departments,
// legal dissemination, civil and administrative judgment enforcement, the procuracy's civil suits: 15 texts, no loud finding

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-471');
const { loud, resolved } = probeSet(DIR);

test('probe 471: the loud findings raised are the ones judged true (none)', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
  assert.deepEqual(raised, []);
});

test('probe 471: "Bộ luật Tố tụng dân sự" named alone is the code of 2015', () => {
  // Its record had no name: cited by name, it resolved to nothing.
  assert.equal(resolved('006', 'Bộ luật Tố tụng dân sự', 7), '92/2015/QH13 2015-11-25');
});
