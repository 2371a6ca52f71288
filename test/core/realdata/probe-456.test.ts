// Outside probe 456 (test/realdata/probe-2026-12-456/): health, education, social insurance, labour and culture — 2025
// ministry and city texts, Party notices and decisions, a history of the economy 1976–1986: 14 texts, 1 error and 4
// warnings, all real

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-456');
const { loud, resolved } = probeSet(DIR);

test('probe 456: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
});

test('probe 456: Party numbers dated before 1991 are not the documents of the number in later terms', () => {
  assert.equal(resolved('014', 'nghị quyết số 20-NQ/TW', 45), null);
  assert.equal(resolved('014', 'Chỉ thị số 11-CT/TW', 64), null);
  assert.equal(resolved('014', 'Nghị quyết số 08-NQ/TW', 66), null);
});

test('probe 456: a plan carrying out the employment law of 2025 means that law wherever it names it', () => {
  for (const line of [8, 9, 12, 17]) assert.equal(resolved('007', 'Luật Việc làm', line), '74/2025/QH15 2025-06-16', String(line));
});
