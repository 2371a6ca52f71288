// Outside probe 202 (test/realdata/probe-2026-12-202/): the rule-of-law state and judicial reform, 20 texts of 2002–2025: 08-NQ/TW, 49-NQ/TW, 48-NQ/TW, 27-NQ/TW, the court and procuracy laws of 2014–2025.

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-202');
const { loud } = probeSet(DIR);

test('probe 202: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
});
