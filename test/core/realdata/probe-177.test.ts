// Outside probe 177 (test/realdata/probe-2026-12-177/): transport, infrastructure and planning, 20 texts of 2019–2026: the road laws, provincial and regional master plans, the planning laws.

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-177');
const { loud } = probeSet(DIR);

test('probe 177: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
});
