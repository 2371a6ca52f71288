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
});

test('probe 158: readings fixed after the first run', () => {
  // "Điều lệ Đảng khóa X" (the charter as carried out in term X) is the charter in force during that term, Đại hội X's;
  // the charter of the report's date (Đại hội XI's) was taken.
  assert.equal(resolved('014', 'Điều lệ Đảng'), 'Điều lệ Đảng (Đại hội X) 2006-04');
  // "Nghị quyết lần thứ 7 BCH Trung ương Đảng khóa X": a plenum named without "Hội nghị" was not read. Plenum 7 of
  // term X issued three resolutions (25-, 26-, 27-NQ/TW); with no subject written, the first is the likeliest.
  assert.equal(resolved('012', 'Nghị quyết lần thứ 7 BCH'), '25-NQ/TW 2008-07-25');
});
