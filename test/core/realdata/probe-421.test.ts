// Outside probe 421 (test/realdata/probe-2026-12-421/): science, technology, innovation and digital transformation
// texts of 2024–2026 (Nghị quyết 57-NQ/TW, Đề án 06, Đề án 204-QĐ/TW, a People's Council resolution)

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-421');
const { loud } = probeSet(DIR);

test('probe 421: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
});
