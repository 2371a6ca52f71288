// Outside probe 428 (test/realdata/probe-2026-12-428/): health care, population and food safety, 2019–2026 (Nghị quyết
// 72-NQ/TW, commune health stations, the Population Ordinance, Tết food safety); no loud finding on the first run

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-428');
const { loud } = probeSet(DIR);

test('probe 428: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
});
