// Outside probe 90 (test/realdata/probe-2026-12-90/): 26 real texts of 2013–2025 on seas, islands and borders (Nghị
// quyết 36-NQ/TW of 2018, 33-NQ/TW, the border and sea laws). The first run raised two errors and two warnings, all true; a second told a year slip it
// had missed (true); the forty-fifth session's rule vision-year-order a horizon of 2015 after 2030 (true).

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-90');
const { loud } = probeSet(DIR);

test('probe 90: the errors and warnings raised are the judged true ones', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judged.filter((v) => v.verdict === 'true').map((v) => v.finding).sort());
  assert.deepEqual(raised, ['004.txt:33:citation-format', '013.txt:10:citation-format', '015.txt:2:citation-date-mismatch', '016.txt:16:citation-date-mismatch', '017.txt:23:citation-type-mismatch', '018.txt:19:vision-year-order', '020.txt:3:citation-date-mismatch']);
});
