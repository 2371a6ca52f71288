// Outside probe 98 (test/realdata/probe-2026-12-98/): 26 real texts of 2012–2025 on land, housing and urban development
// (the land laws of 2003, 2013 and 2024, Nghị quyết 18-NQ/TW and 06-NQ/TW of 2022, the housing laws). The first run
// raised two errors and two warnings: three true, one false — "Luật Đất đai hiện hành được Quốc hội khóa XIII, kỳ họp
// thứ 6, thông qua ngày 29/11/2013, có hiệu lực thi hành từ ngày 1/7/2014" taken for the law of 2024 — gone since. A
// second run told a decree's wrong day (true) once the decree was a record.

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-98');
const { resolved, loud } = probeSet(DIR);

test('probe 98: the errors and warnings raised are the judged true ones; the false one is gone', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judged.filter((v) => v.verdict === 'true').map((v) => v.finding).sort());
  // 006's date of Nghị định 71/2010/NĐ-CP is told since corpus round 72 recorded the decree (lead verdict).
  assert.deepEqual(raised, ['003.txt:15:citation-date-mismatch', '006.txt:5:citation-date-mismatch', '010.txt:34:citation-type-mismatch', '013.txt:8:citation-date-mismatch', '021.txt:3:citation-type-mismatch']);
  assert.deepEqual(judged.filter((v) => v.verdict === 'false').map((v) => v.finding), ['020.txt:1:citation-effective-mismatch']);
});

test('probe 98: the land law with its passing day written after "hiện hành được Quốc hội khóa XIII, kỳ họp thứ 6"', () => {
  assert.equal(resolved('020', 'Luật Đất đai', 1), '45/2013/QH13 2013-11-29');
});
