// Outside probe 121 (test/realdata/probe-2026-12-121/): 26 real texts of 2011–2024 on the Youth Union, the Farmers', Veterans', Elderly and Red Cross associations. The first run raised two warnings, both true.

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-121');
const { doc, resolved, loud } = probeSet(DIR);

test('probe 121: the errors and warnings raised are the judged true ones', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
  assert.equal(raised.length, 2);
});

test('probe 121: the Red Cross directive of 2010 is not the 2020 one on journalists', () => {
  // "Chỉ thị số 43-CT/TW của Ban Bí thư về … công tác Hội Chữ thập đỏ Việt Nam …": the first run took the 2020 directive
  // on the Hội Nhà báo Việt Nam, the only 43-CT/TW the corpus held; round 74 recorded the directive of 2010.
  assert.equal(resolved('005', 'Chỉ thị số 43-CT/TW'), '43-CT/TW 2010-06-08');
});

test("probe 121: the association's own congress, named short, is not the Party's", () => {
  // "Nghị quyết Đại hội đại biểu toàn quốc Hội Nông dân Việt Nam lần thứ VIII, nhiệm kỳ 2023-2028 (sau đây gọi là Nghị
  // quyết Đại hội VIII)": the first run took each use of the short name for the Party's 8th congress of 1996.
  const r = doc('007');
  const congress = r.a.reading.citations.filter((c) => r.text.slice(c.span.start, c.span.end).startsWith('Nghị quyết Đại hội'));
  assert.deepEqual(congress, []);
  assert.equal(resolved('007', 'Nghị quyết số 46-NQ/TW'), '46-NQ/TW 2023-12-20');
});
