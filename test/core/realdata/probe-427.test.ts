// Outside probe 427 (test/realdata/probe-2026-12-427/): planning, construction and housing, texts of 2017–2026 (the
// social-housing scheme of Quyết định 338/QĐ-TTg, the 2023–2025 laws on housing and planning)

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-427');
const { loud } = probeSet(DIR);

test('probe 427: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
});
