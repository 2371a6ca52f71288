// Outside probe 67 (test/realdata/probe-2026-12zzk/): 20 real texts of 2021–2025 on the Women's Union and gender
// equality, run first on this session's build: no error or warning, as judged.

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12zzk');
const { resolved, loud } = probeSet(DIR);

test('probe 67: no error or warning, as judged', () => {
  const { raised, judged } = loud();
  assert.deepEqual([raised, judged], [[], []]);
});

test('probe 67: Chỉ thị 21-CT/TW on women\'s work resolves to the directive of 2018', () => {
  assert.equal(resolved('001', 'Chỉ thị'), '21-CT/TW 2018-01-20');
});
