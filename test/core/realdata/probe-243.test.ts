// Outside probe 243 (test/realdata/probe-2026-12-243/): whole reports of communes, districts, Ban Dân vận, the Front and mass organisations (15 texts, 2015–2025)

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-243');
const { loud } = probeSet(DIR);

test('probe 243: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
});
