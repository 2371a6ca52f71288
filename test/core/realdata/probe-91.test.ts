// Outside probe 91 (test/realdata/probe-2026-12-91/): 15 real resolutions of provincial People's Councils of 2016–2024
// with their căn cứ lists (laws by name and date, decrees, circulars). The first run raised nothing loud and nothing
// false; a second told the year slip its README had named (true).

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-91');
const { loud } = probeSet(DIR);

test('probe 91: the errors and warnings raised are the judged true ones', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judged.filter((v) => v.verdict === 'true').map((v) => v.finding).sort());
  // Since the twenty-seventh session also "26/2016/NQ-QH14", a National Assembly resolution's number with "NQ-".
  assert.deepEqual(raised, ['003.txt:10:date-invalid', '003.txt:7:citation-date-mismatch', '014.txt:10:citation-format']);
});
