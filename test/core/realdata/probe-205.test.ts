// Outside probe 205 (test/realdata/probe-2026-12-205/): the state budget, public debt and public investment, 18 texts of 2017–2026: budget laws, National Assembly budget resolutions, telegrams on disbursement.

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-205');
const { loud } = probeSet(DIR);

test('probe 205: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
});
