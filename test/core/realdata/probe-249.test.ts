// Outside probe 249 (test/realdata/probe-2026-12-249/): emulation and commendation (Luật Thi đua, khen thưởng 2003/2013/2022, Chỉ thị 34-CT/TW of 2014, 91/2017 and 98/2023/NĐ-CP) (15 texts, 2011–2025)

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-249');
const { loud } = probeSet(DIR);

test('probe 249: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
});
