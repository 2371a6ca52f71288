// Outside probe 176 (test/realdata/probe-2026-12-176/): Party building and cadre work, 20 texts of 2006–2024: Politburo and Secretariat regulations, Ban Tổ chức Trung ương guidance, admission of members.

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-176');
const { loud } = probeSet(DIR);

test('probe 176: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
});
