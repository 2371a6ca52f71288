// Outside probe 461 (test/realdata/probe-2026-12-461/): Party building in 2024–2026 — the congresses of the 2025–2030 term,
// personnel, inspection, the 2025 reorganisation of Party committees; Party papers, legal sites and commune portals: 15
// texts, 2 warnings on the first run, both real, and a third (a congress's ordinal) raised by this session's check, real

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-461');
const { loud, resolved } = probeSet(DIR);

test('probe 461: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
  assert.ok(raised.includes('003.txt:7:citation-subject-mismatch'), 'the XVI Congress written for the XIV');
});

test('probe 461: the directive replaced is the one of 2024, told by its day', () => {
  assert.equal(resolved('003', 'Chỉ thị số 35-CT/TW', 7), '35-CT/TW 2024-06-14');
});
