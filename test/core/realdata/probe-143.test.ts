// Outside probe 143 (test/realdata/probe-2026-12-143/): 21 real texts of 2011–2025 — consolidated texts, legal
// question-and-answer pages, ministries' answers and decisions — across fields. The first run raised no error and no
// warning.

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-143');
const { resolved, loud } = probeSet(DIR);

test('probe 143: nothing loud is raised, as judged', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, []);
  assert.deepEqual(judged, []);
});

test('probe 143: readings the first run got wrong', () => {
  // "Nghị quyết 18 Hội nghị Trung ương 6 khoá XII": the plenum's khóa right after the number is the citation's, so it is
  // the Central Committee's 18-NQ/TW of 2017, not the Government's 18/2026/NQ-CP.
  assert.equal(resolved('009', 'Nghị quyết 18'), '18-NQ/TW 2017-10-25');
});
