// Outside probe 81 (test/realdata/probe-2026-12zzy/): 19 real texts of 2014–2026 on the Fatherland Front, social
// supervision and criticism (Quyết định 217 and 218-QĐ/TW), the 2025 reorganisation and "Dân vận khéo", run first on
// this session's build after its first fixes: one error, false — a site's stamp "6/25/2018 4:16:54 PM" in the American
// order told there is no month 25 — gone since.

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12zzy');
const { loud } = probeSet(DIR);

test('probe 81: the false finding of the first run stays gone; the one raised since is judged true', () => {
  const { raised, judged } = loud();
  // None but, since the forty-fourth session, name-misspelt, "Chử tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam" (013).
  assert.deepEqual(raised, ['013.txt:36:name-misspelt']);
  assert.deepEqual(judged.map((v) => `${v.finding} ${v.verdict}`), ['010.txt:3:date-invalid false', '013.txt:36:name-misspelt true']);
});
