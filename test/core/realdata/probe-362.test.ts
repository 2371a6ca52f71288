// Outside probe 362 (test/realdata/probe-2026-12-362/): 15 real texts of 2014–2025 on environment, climate change and
// natural disasters (24-NQ/TW of 2013, the environment laws of 2014 and 2020, Chỉ thị 42-CT/TW). The first run raised
// no error or warning.

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-362');
const { loud, doc } = probeSet(DIR);

test('probe 362: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
});

test('probe 362: the Farmers\' Union heading is not read as the Party\'s fourth plenum', () => {
  assert.ok(!doc('003').a.resolutions.some((r) => r?.entry.record.id === '12-NQ/TW'));
});
