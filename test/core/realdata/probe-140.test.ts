// Outside probe 140 (test/realdata/probe-2026-12-140/): 6 real texts of 2010–2024 on công tác dân vận (the topic's pages
// were mostly used by earlier sets). The first run raised no error and no warning.

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-140');
const { resolved, loud } = probeSet(DIR);

test('probe 140: nothing loud is raised, as judged', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, []);
  assert.deepEqual(judged, []);
});

test('probe 140: short citations with a date resolve to the documents meant', () => {
  assert.equal(resolved('003', 'Nghị quyết 25'), '25-NQ/TW 2013-06-03');
});
