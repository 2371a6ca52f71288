// Outside probe 242 (test/realdata/probe-2026-12-242/): agriculture, farmers and cooperatives (26-NQ/TW of 2008, 19 and 20-NQ/TW of 2022, Hội Nông dân) (15 texts, 2011–2025)

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-242');
const { loud } = probeSet(DIR);

test('probe 242: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
});
