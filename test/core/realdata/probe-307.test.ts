// Outside probe 307 (test/realdata/probe-2026-12-307/): social policy, poverty reduction and policy credit, 2011–2026 (15 texts)

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-307');
const { loud } = probeSet(DIR);

test('probe 307: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
});
