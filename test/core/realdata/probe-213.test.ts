// Outside probe 213 (test/realdata/probe-2026-12-213/): 20 sector texts (education, health, science, digital transformation, private economy) citing the Politburo's resolutions and the Government's programmes; first run three warnings, all true

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-213');
const { loud } = probeSet(DIR);

test('probe 213: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
});
