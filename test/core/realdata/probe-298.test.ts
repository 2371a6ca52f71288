// Outside probe 298 (test/realdata/probe-2026-12-298/): the Women's Union and gender equality (2010–2025)

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-298');
const { loud } = probeSet(DIR);

test('probe 298: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
});
