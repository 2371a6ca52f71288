// Outside probe 130 (test/realdata/probe-2026-12-130/): 26 real texts of 2013–2025 on people with meritorious service,
// martyrs, social protection and vocational training. The first run raised no error and no warning.

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-130');
const { loud } = probeSet(DIR);

test('probe 130: nothing loud is raised, as judged', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, []);
  assert.deepEqual(judged, []);
});
