// Outside probe 346 (test/realdata/probe-2026-12-346/): 15 real texts of 2020–2025 on science, technology and digital
// transformation (Nghị quyết 57-NQ/TW, 52-NQ/TW, the national digital transformation programme, Đề án 06). The first
// run raised one warning, true (749/QĐ-TTg said to be the Government's), and missed a khóa written once after a list
// (told since).

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-346');
const { loud } = probeSet(DIR);

test('probe 346: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
});
