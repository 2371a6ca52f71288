// Outside probe 226 (test/realdata/probe-2026-12-226/): Party building and rectification: 04-NQ/TW, Kết luận 21, Chỉ thị 05, Quy định 08-QĐi, 144, 232-QĐ/TW (19 texts, 2012–2025)

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-226');
const { loud } = probeSet(DIR);

test('probe 226: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
});
