// Outside probe 509 (test/realdata/probe-2026-12-509/): Party members' assessment, rewards, cell meetings and the Secretariat's
// rules as legal Q&A pages explain them in 2025: 14 texts, 1 warning on the first run, real

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-509');
const { loud } = probeSet(DIR);

test('probe 509: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
  // Quy định 338-QĐ/TW credited to the Central Committee (its letterhead); the Secretariat's.
  assert.deepEqual(raised, ['012.txt:7:citation-issuer-mismatch']);
});
