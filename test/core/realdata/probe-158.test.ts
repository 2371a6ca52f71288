// Outside probe 158 (test/realdata/probe-2026-12-158/): 17 real texts of 2008–2025 on conferences to study and carry out
// new Party resolutions. The first run raised no error and no warning. (The session's search budget ran out while the
// set was gathered: some texts name resolutions by plenum and khóa only.)

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-158');
const { resolved, loud } = probeSet(DIR);

test('probe 158: nothing loud is raised, as judged', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, []);
  assert.deepEqual(judged, []);
});

test('probe 158: wrong readings left, as they are', () => {
  // FIXME: an item of 9 June 2011 with no year written ("Sáng 9/6") names "Nghị quyết 11 của Chính phủ", most likely the
  // 11/NQ-CP of 24/2/2011 the corpus holds; with no past date to speak from, it is read as of today and the 11/NQ-CP of
  // 2026 is taken (probable).
  assert.equal(resolved('015', 'Nghị quyết 11'), '11/NQ-CP 2026-01-14');
  // FIXME: "Điều lệ Đảng khóa X" (the charter as carried out in term X) is the charter of the Đại hội XI.
  assert.equal(resolved('014', 'Điều lệ Đảng'), 'Điều lệ Đảng (Đại hội XI) 2011-01-19');
});
