// Outside probe 212 (test/realdata/probe-2026-12-212/): 19 texts of 2009–2024 of the Front, the mass organisations and mass-mobilisation offices; first run one warning, true

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-212');
const { loud } = probeSet(DIR);

test('probe 212: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
});
