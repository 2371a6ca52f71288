// Outside probe 229 (test/realdata/probe-2026-12-229/): local defence and public security: 28-NQ/TW of 2008 and 2013, the militia and military service laws, defence-zone decrees (20 texts, 2013–2025)

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-229');
const { loud } = probeSet(DIR);

test('probe 229: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
});
