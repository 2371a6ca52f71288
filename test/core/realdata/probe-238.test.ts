// Outside probe 238 (test/realdata/probe-2026-12-238/): labour, wages, social insurance and trade unions (27/28-NQ/TW of 2018, the Labour Code, Luật Công đoàn) (15 texts, 2012–2026)

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-238');
const { loud } = probeSet(DIR);

test('probe 238: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
});
