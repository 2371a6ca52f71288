// Outside probe 112 (test/realdata/probe-2026-12-112/): 28 real texts of 2013–2026 on the environment, natural resources
// and climate change. The first run raised one error and one warning, both true.

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-112');
const { doc, loud } = probeSet(DIR);

test('probe 112: the errors and warnings raised are the judged true ones', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
  assert.equal(raised.length, 2);
});

test('probe 112: a law\'s name with another number asks for the law of that name and year', () => {
  const f = doc('018').a.findings.find((x) => x.code === 'citation-unknown');
  assert.match(f!.message.vi, /Có phải Luật 72\/2020\/QH14/u);
});
