// Outside probe 365 (test/realdata/probe-2026-12-365/): 15 real texts of 2009–2026 on women, children, gender equality
// and families (11-NQ/TW of 2007, the gender equality law of 2006, the children law of 2016). The first run raised no
// error or warning; "được QH khóa XII ban hành" for the law of khóa XI is told since, judged real.

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-365');
const { loud } = probeSet(DIR);

test('probe 365: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
});
