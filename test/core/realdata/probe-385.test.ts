// Outside probe 385 (test/realdata/probe-2026-12-385/): 15 texts of the Farmers' Union and the Veterans' Association
// (2000–2023). The first run raised no error or warning.

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-385');
const { loud } = probeSet(DIR);

test('probe 385: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
});
