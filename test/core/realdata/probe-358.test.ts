// Outside probe 358 (test/realdata/probe-2026-12-358/): 15 real texts of 2020–2025 on the Party congresses of the
// 2025–2030 term (Chỉ thị 45-CT/TW of 2025, 35-CT/TW, Quyết định 190-QĐ/TW and the 244-QĐ/TW it replaced). The first
// run raised three warnings, all true (a 2020 commune text writing Party symbols in the state style); 244-QĐ/TW given
// khóa XII (it is khóa XI's) is told since.

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-358');
const { loud } = probeSet(DIR);

test('probe 358: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
});
