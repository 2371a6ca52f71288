// Outside probe 418 (test/realdata/probe-2026-12-418/): transport, traffic safety and construction texts of 2025–2026
// (traffic laws of 2024, Chỉ thị 23-CT/TW, Prime Minister telegrams)

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-418');
const { loud } = probeSet(DIR);

test('probe 418: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
});
