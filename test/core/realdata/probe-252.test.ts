// Outside probe 252 (test/realdata/probe-2026-12-252/): grassroots democracy and dân vận of the government (Luật Thực hiện dân chủ ở cơ sở, 30-CT/TW of 1998, 04/2015 and 59/2023/NĐ-CP) (15 texts, 2013–2024)

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-252');
const { loud } = probeSet(DIR);

test('probe 252: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
});
