// Outside probe 133 (test/realdata/probe-2026-12-133/): 20 real texts of 2010–2026 on the business environment, the
// private economy and taxes. The first run raised no error and no warning; the probe's README named two slips missed,
// both raised now and judged true.

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-133');
const { resolved, loud } = probeSet(DIR);

test('probe 133: the errors and warnings raised are the judged true ones', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
  // "Luật Ngân sách nhà nước ngày 25 tháng 6 năm 2016" (the law of 25/6/2015) and "Nghị định số 106/NĐ-CP ngày 28/10/2010".
  assert.deepEqual(raised, ['003.txt:29:citation-format', '008.txt:26:citation-date-mismatch']);
});

test('probe 133: wrong readings left, as they are', () => {
  // FIXME: "Nghị quyết số 19-2018/NQ-CP" is not read: the Government numbered its yearly business-environment
  // resolutions so, and reading it as a slip for "19/2018/NQ-CP" would tell a correct number wrong.
  // FIXME: the bare "Nghị quyết số 19" of an undated 2019 item is the Government's 19/NQ-CP of its year, which the corpus
  // lacks; speaking from a year after its latest date (no longer as of today, when the resolution of 2026 was taken), the
  // item's "19" is the Central Committee's 19-NQ/TW of 2017, probably.
  assert.equal(resolved('006', 'Nghị quyết số 19'), '19-NQ/TW 2017-10-25');
});

test('probe 133: laws the corpus lacked at the first run', () => {
  // Luật Quản lý thuế of 29/11/2006 and Luật Hỗ trợ doanh nghiệp nhỏ và vừa of 12/6/2017 (corpus round 84).
  assert.equal(resolved('003', 'Luật Quản lý thuế'), '78/2006/QH11 2006-11-29');
  assert.equal(resolved('008', 'Luật Hỗ trợ doanh nghiệp nhỏ và vừa'), '04/2017/QH14 2017-06-12');
});
