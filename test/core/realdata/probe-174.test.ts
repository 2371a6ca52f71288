// Outside probe 174 (test/realdata/probe-2026-12-174/): the Fatherland Front and the mass organisations, 19 texts of 2008–2024: Secretariat directives on congresses, Kết luận 61, the youth law.

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-174');
const { loud } = probeSet(DIR);

test('probe 174: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
});
