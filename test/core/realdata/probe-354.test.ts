// Outside probe 354 (test/realdata/probe-2026-12-354/): 15 real texts of 2023–2025 on công tác dân vận (Quyết định
// 23-QĐ/TW, Nghị quyết 25-NQ/TW, "dân vận khéo", the grassroots democracy law). The first run raised no error or
// warning; half the texts cite no numbered document.

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-354');
const { loud } = probeSet(DIR);

test('probe 354: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
});
