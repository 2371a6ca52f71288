// Outside probe 71 (test/realdata/probe-2026-12zzo/): 25 real texts of 2018–2025 on environment, climate change and
// natural disasters, run first on this session's starting build: one warning, true.

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12zzo');
const { resolved, loud } = probeSet(DIR);

test('probe 71: the warning raised is the judged true one', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judged.filter((v) => v.verdict === 'true').map((v) => v.finding).sort());
  // The second: "năm 201", a three-digit year; the third since the forty-fourth session, name-misspelt: "Văn phòng Tinh uỷ".
  assert.deepEqual(raised, ['003.txt:3:citation-format', '008.txt:1:name-misspelt', '009.txt:7:date-invalid']);
});

test('probe 71: a title\'s bare conclusion is the one the next line dates; a law by its initials', () => {
  // "Kết luận 61-KL/TW" in a heading, "… Kết luận số 61-KL/TW ngày 17/8/2023 của Ban Bí thư" below: not the 2009 one.
  assert.equal(resolved('010', 'Kết luận 61-KL/TW', 1), '61-KL/TW 2023-08-17');
  assert.equal(resolved('015', 'Luật BVMT'), '72/2020/QH14 2020-11-17');
});
