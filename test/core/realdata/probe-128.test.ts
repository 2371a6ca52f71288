// Outside probe 128 (test/realdata/probe-2026-12-128/): 26 real texts of 2012–2025 on education and training. The first
// run raised no error and no warning; two real slips it did not tell are in the set's README (a decision's number,
// 629 for 692/QĐ-TTg, that the corpus does not know; a submission dated after the decision citing it).

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-128');
const { resolved, loud } = probeSet(DIR);

test('probe 128: nothing loud is raised, as judged', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, []);
  assert.deepEqual(judged, []);
});

test('probe 128: the education resolution named by its subject\'s initials', () => {
  // "… đổi mới căn bản và toàn diện GD&ĐT theo Nghị quyết số 29-NQ/TW" on an undated page: the first run took the 2022
  // 29-NQ/TW on industrialisation, the report's date's pick.
  assert.equal(resolved('006', 'Nghị quyết số 29-NQ/TW'), '29-NQ/TW 2013-11-04');
});
