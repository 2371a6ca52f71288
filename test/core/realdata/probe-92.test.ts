// Outside probe 92 (test/realdata/probe-2026-12-92/): 16 real decisions of provincial, city and district People's
// Committees of 2014–2023 with their căn cứ lists. The first run raised nothing loud and nothing false.

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-92');
const { loud } = probeSet(DIR);

test('probe 92: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judged.filter((v) => v.verdict === 'true').map((v) => v.finding).sort());
  // Nothing at the first run; since the twenty-seventh session "26/2008/NQ-QH12", a National Assembly resolution's number
  // with "NQ-".
  // And since the forty-fourth session, name-misspelt: "THÀNH PHÓ HÒ CHÍ MINH" (011).
  assert.deepEqual(raised, ['011.txt:9:name-misspelt', '015.txt:6:citation-format']);
});
