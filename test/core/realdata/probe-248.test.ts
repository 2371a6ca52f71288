// Outside probe 248 (test/realdata/probe-2026-12-248/): environment, natural resources, the sea and climate (24-NQ/TW, 36-NQ/TW of 2018, Luật Bảo vệ môi trường, Luật Tài nguyên nước) (15 texts, 2010–2025)

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-248');
const { loud } = probeSet(DIR);

test('probe 248: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
});
