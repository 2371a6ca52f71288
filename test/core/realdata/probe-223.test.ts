// Outside probe 223 (test/realdata/probe-2026-12-223/): environment, land and water: Nghị quyết 24-NQ/TW, 18-NQ/TW, Luật Đất đai 2024, Luật Tài nguyên nước 2023 (18 texts, 2016–2024)

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-223');
const { loud } = probeSet(DIR);

test('probe 223: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
});
