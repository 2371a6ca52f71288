// Outside probe 241 (test/realdata/probe-2026-12-241/): housing, urban development and construction (Luật Nhà ở, Xây dựng; 06-NQ/TW of 2022; 338/QĐ-TTg) (15 texts, 2012–2025)

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-241');
const { loud } = probeSet(DIR);

test('probe 241: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
});
