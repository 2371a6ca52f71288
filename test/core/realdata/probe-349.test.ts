// Outside probe 349 (test/realdata/probe-2026-12-349/): 15 real texts of 2017–2026 on the 2025 resolutions (68-, 66-,
// 59-, 57-NQ/TW, 198/2025/QH15, 138/ and 139/NQ-CP) and private enterprise. The first run raised no error or warning;
// "Luật Hỗ trợ doanh nghiệp nhỏ và vừa 2016" (the law is of 2017) is told since.

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-349');
const { loud, cite } = probeSet(DIR);

test('probe 349: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
});

// FIXME: "Luật Hỗ trợ doanh nghiệp nhỏ vừa 2016" (no "và", a garbled extract) is read as "Luật Hỗ trợ doanh nghiệp nhỏ" and
// left unresolved, the wrong year untold; written "… nhỏ và vừa năm 2016" it is told (rules/citation-date-mismatch.test.ts).
test('probe 349: the SME law written without "và" is read short and unresolved (FIXME)', () => {
  const { c, res } = cite('009', 'Luật Hỗ trợ doanh nghiệp nhỏ');
  assert.deepEqual([c.name?.text, c.named?.year ?? null, res], ['Hỗ trợ doanh nghiệp nhỏ', null, null]);
});
