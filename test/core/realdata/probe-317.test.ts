// Outside probe 317 (test/realdata/probe-2026-12-317/): war veterans, martyrs' families and people with meritorious services, 2010–2025 (15 texts)

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-317');
const { loud } = probeSet(DIR);

// "Chỉ thị 223/CT-TW" of 1975 told to be written "223-CT/TW": the Party's form today; the original's was not read (unsure).
test('probe 317: the loud findings raised are the ones judged true or unsure', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judged.filter((v) => v.verdict === 'true' || v.verdict === 'unsure').map((v) => v.finding).sort());
});
