// Outside probe 207 (test/realdata/probe-2026-12-207/): industry, energy and trade, 18 texts of 2020–2026: 55-NQ/TW, 23-NQ/TW, 70-NQ/TW, the electricity laws and decrees, directives on saving electricity, e-commerce plans.

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-207');
const { loud } = probeSet(DIR);

test('probe 207: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
});
