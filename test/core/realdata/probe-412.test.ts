// Outside probe 412 (test/realdata/probe-2026-12-412/): defence, militia and public security texts of 2023–2025
// (military commands, police, Party resolutions on defence)

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-412');
const { loud } = probeSet(DIR);

test('probe 412: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
});
