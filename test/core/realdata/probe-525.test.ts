// Outside probe 525 (test/realdata/probe-2026-12-525/): year-end reports and plans of communes, wards and districts in
// 2024–2026 — portal items and provincial Party newspapers' reports (page openings): 12 texts, 1 warning on the first run, real

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-525');
const { loud, resolved } = probeSet(DIR);

test('probe 525: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
  // "Nghi quyết 57-NQ/TW".
  assert.deepEqual(raised, ['002.txt:11:name-misspelt']);
  assert.equal(resolved('001', 'Chỉ thị 45- CT/TW', 5), '45-CT/TW 2025-04-14');
});
