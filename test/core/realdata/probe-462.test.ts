// Outside probe 462 (test/realdata/probe-2026-12-462/): older texts, 2005–2018 — a provincial People's Committee's and
// Council's documents, a Government Office letter, a Politburo conclusion and local news of Party congresses and the Front:
// 14 texts, no loud finding

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-462');
const { loud, resolved } = probeSet(DIR);

test('probe 462: the loud findings raised are the ones judged true (none)', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
  assert.deepEqual(raised, []);
});

test('probe 462: a bare "Chỉ thị 36" in a 2015 report on Party congresses is the Politburo\'s directive on the congresses', () => {
  // The date alone had picked the Prime Minister's 36/CT-TTg of 22/12/2014 (context-choice.ts, soleOnCongresses).
  assert.equal(resolved('013', 'Chỉ thị 36', 12), '36-CT/TW 2014-05-30');
});
