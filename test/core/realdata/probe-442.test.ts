// Outside probe 442 (test/realdata/probe-2026-12-442/): 15 texts on provincial, district and commune Party committees'
// work (their programmes and working papers, and state bodies' papers citing their plans, conclusions and notices),
// nearly all kept in public repositories as the search corpus's pages on the theme are used. First run: 1 error and 2
// warnings, all true (Nghị định 335/2025/NĐ-CP dated 31/12/2025 for 21/12/2025, '72-NQ-TW', one programme given two
// issuers).

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-442');
const { loud } = probeSet(DIR);

test('probe 442: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
});
