// Outside probe 190 (test/realdata/probe-2026-12-190/): national defence and military work, 20 texts of 2013–2026: the two 28-NQ/TW, the Trung ương 8 resolutions, the defence, militia and military-service laws, recruitment.

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-190');
const { loud } = probeSet(DIR);

test('probe 190: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
});
