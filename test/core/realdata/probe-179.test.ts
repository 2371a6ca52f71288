// Outside probe 179 (test/realdata/probe-2026-12-179/): religious and belief affairs, 19 texts of 1999–2024: the 2004 ordinance, the 2016 law and its decrees, Prime Minister directives.

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-179');
const { loud } = probeSet(DIR);

test('probe 179: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
});
