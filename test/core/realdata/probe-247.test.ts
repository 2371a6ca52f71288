// Outside probe 247 (test/realdata/probe-2026-12-247/): information technology, e-government and digital transformation before 2025 (36-NQ/TW, 52-NQ/TW, 749/QĐ-TTg, Đề án 06) (15 texts, 2014–2024)

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-247');
const { loud } = probeSet(DIR);

test('probe 247: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
});
