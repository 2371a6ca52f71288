// Outside probe 391 (test/realdata/probe-2026-12-391/): 15 texts of a lower secondary school's site (2016–2021; a
// GitHub snapshot). The first run raised one error and five warnings, all true.

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-391');
const { loud } = probeSet(DIR);

test('probe 391: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
});
