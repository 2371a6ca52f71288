// Outside probe 478 (test/realdata/probe-2026-12-478/): People's Council resolutions and their reports, 2016–2025, with
// their căn cứ blocks (fees, budgets, officials' allowances, public investment): 13 texts, 3 warnings, all real (three ids a
// PDF's copy printed without their hyphens)

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-478');
const { loud, runs } = probeSet(DIR);

test('probe 478: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
  assert.deepEqual(raised, ['006.txt:3:citation-format', '006.txt:3:citation-format', '006.txt:3:citation-format']);
});

test('probe 478: a council resolution copied without its header is dated by its closing line', () => {
  // "Nghị quyết này đã được Hội đồng nhân dân tỉnh Bắc Giang khoá XVIII, kỳ họp thứ 3 thông qua ngày 13 tháng 7 năm 2017":
  // judged as of today, the laws of 2015 it rests on were told replaced.
  const r = runs().get('007.txt')!;
  assert.equal(r.a.reportDate, '2017-07-13');
  assert.equal(r.a.findings.some((f) => f.code === 'citation-superseded'), false);
});
