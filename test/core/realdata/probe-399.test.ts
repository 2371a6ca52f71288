// Outside probe 399 (test/realdata/probe-2026-12-399/): 15 decisions, plans and letters of provincial and district
// People's Committees (2016–2025). The first run raised no error or warning.

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-399');
const { loud } = probeSet(DIR);

test('probe 399: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
});
