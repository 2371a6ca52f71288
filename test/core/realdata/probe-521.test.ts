// Outside probe 521 (test/realdata/probe-2026-12-521/): transport and road safety — the 2024 road laws, Nghị định
// 168/2024/NĐ-CP, Chỉ thị 23-CT/TW, decisions with their căn cứ, news: 15 texts, 3 warnings on the first run, all real

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-521');
const { loud, resolved } = probeSet(DIR);

test('probe 521: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
  // Ho Chi Minh City's căn cứ gives both road laws of 27/6/2024 the year 2023; "31/CTTTg" for 31/CT-TTg.
  assert.deepEqual(raised, ['002.txt:16:citation-date-mismatch', '002.txt:17:citation-date-mismatch', '004.txt:8:citation-format']);
});

test('probe 521: laws listed after a dated directive\'s subject are the laws in force, not ones passed by its day', () => {
  // "Căn cứ Chỉ thị số 23-CT/TW ngày 25 tháng 5 năm 2023 … trong tình hình mới, Luật Trật tự, an toàn giao thông đường bộ
  // và Luật Đường bộ": the first run looked for laws passed by 25/5/2023 and left both unresolved.
  assert.equal(resolved('003', 'Luật Trật tự, an toàn giao thông đường bộ', 5), '36/2024/QH15 2024-06-27');
  assert.equal(resolved('003', 'Luật Đường bộ', 5), '35/2024/QH15 2024-06-27');
});

test('probe 521: what is left', () => {
  // FIXME: "Luật Trật tự, ATGT đường bộ" (014, line 3) is read as "Luật Trật tự" and resolves to nothing: the initials of
  // "an toàn giao thông" inside a law's name are not read.
  assert.equal(resolved('014', 'Luật Trật tự', 3), null);
});
