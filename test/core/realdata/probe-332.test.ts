// Outside probe 332 (test/realdata/probe-2026-12-332/): anti-corruption, inspection and discipline, 2012–2026 (15 texts). First run: 1 warning, true.

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-332');
const { loud, doc, resolved } = probeSet(DIR);

test('probe 332: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
});

test('probe 332: "thay mặt <issuer>" before the signer gives the issuer, over a stray full stop', () => {
  assert.deepEqual(doc('004').a.findings.filter((f) => f.code === 'citation-incomplete').map((f) => f.message.vi), []);
});

test('probe 332: a list item\'s stamp with its share link dates the item', () => {
  assert.equal(doc('003').a.reportDate, '2021-06-26');
});
