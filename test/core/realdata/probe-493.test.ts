// Outside probe 493 (test/realdata/probe-2026-12-493/): local Party committees' programmes, plans and reports carrying out central resolutions (news items and excerpts):
// 12 texts, no error or warning raised

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-493');
const { loud } = probeSet(DIR);

test('probe 493: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
  assert.deepEqual(raised, []);
});
