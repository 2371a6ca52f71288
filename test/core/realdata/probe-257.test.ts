// Outside probe 257 (test/realdata/probe-2026-12-257/): defence and security at the grassroots (24-NQ/TW of 2018, militia, military service) (15 texts, 2010–2023)

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-257');
const { loud } = probeSet(DIR);

// The first run's false warning is gone: "Sơ kết 5 năm thực hiện Nghị quyết 24 của Bộ Chính trị về chiến lược quốc phòng Việt
// Nam" (002) was told the resolution was a year old, the 24-NQ/TW of 2022 taken for the defence strategy of 2018. The
// warning left is judged unsure: "58/NQ-TW" for the Politburo's resolution of 1958 is not the Party's form, but no page
// shows the symbol that resolution bore.
test('probe 257: the loud findings raised are the ones judged true or unsure, and the false one is gone', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judged.filter((v) => v.verdict === 'true' || v.verdict === 'unsure').map((v) => v.finding).sort());
  assert.deepEqual(judged.filter((v) => v.verdict === 'false').map((v) => v.finding), ['002.txt:3:anniversary-mismatch']);
  assert.ok(!raised.includes('002.txt:3:anniversary-mismatch'));
});
