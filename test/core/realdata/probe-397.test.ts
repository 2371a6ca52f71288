// Outside probe 397 (test/realdata/probe-2026-12-397/): 15 texts of year-end and mid-year reports and review meetings
// of communes, Party cells and schools (2016–2024). The first run raised three warnings, all true.

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-397');
const { loud } = probeSet(DIR);

test('probe 397: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
});
