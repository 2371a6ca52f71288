// Outside probe 136 (test/realdata/probe-2026-12-136/): 18 real texts of 2017–2024 reviewing how resolutions,
// directives, laws and programmes were carried out ("sơ kết 5 năm", "tổng kết 10 năm"). The first run raised no error
// and no warning.

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-136');
const { doc, resolved, loud } = probeSet(DIR);

test('probe 136: nothing loud is raised, as judged', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, []);
  assert.deepEqual(judged, []);
});

test('probe 136: the counts of undated reviews are said as a condition, with the year they fit', () => {
  // "tổng kết 10 năm thực hiện Nghị quyết 09-NQ/TW" (2011) in an undated item of 2022: a hint that says the count fits a
  // text of 2021, not that it is wrong.
  const hints = doc('015').a.findings.filter((f) => f.code === 'anniversary-mismatch');
  assert.equal(hints.length, 1);
  assert.equal(hints[0]!.severity, 'hint');
  assert.match(hints[0]!.message.vi, /^Nghị quyết 09-NQ\/TW ban hành năm 2011; nếu văn bản viết năm nay .* \(10 năm ứng với văn bản năm 2021\)\.$/u);
});

test('probe 136: an undated report read as of its own time, since the twenty-fourth session', () => {
  // An undated report of 2017 ("năm 2016 và 6 tháng đầu năm 2017") names the supervision law of 2015: with no date line it
  // speaks from a year after its latest date, not today (when the law of 2025 was taken).
  assert.equal(resolved('013', 'Luật Hoạt động giám sát'), '87/2015/QH13 2015-11-20');
});
