// Outside probe 73 (test/realdata/probe-2026-12zzq/): 23 real year-end review texts of 2018–2025, run first on this
// session's starting build: one warning, true.

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12zzq');
const { resolved, loud } = probeSet(DIR);

test('probe 73: the warning raised is the judged true one', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judged.filter((v) => v.verdict === 'true').map((v) => v.finding).sort());
  assert.deepEqual(raised, ['023.txt:2:citation-effective-mismatch']);
});

test('probe 73: the review regulations\' chain resolves', () => {
  assert.equal(resolved('016', 'Quy định số 124-QĐ/TW'), '124-QĐ/TW 2023-10-04');
});
