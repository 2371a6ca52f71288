// Outside probe 99 (test/realdata/probe-2026-12-99/): 27 real texts of 2010–2026 on Party organisation work: admitting
// members, Party fees, cards, the Charter's regulations and guides (342-QĐ/TW of 2010, 01-QĐ/TW of 2026, 29, 24, 232 and
// 294-QĐ/TW, 01-HD/TW and 06-HD/TW). The first run raised two warnings, both true, and nothing false; a second told
// the issuer given to Quy định 01-QĐ/TW (true) once it was a record.

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-99');
const { cite, resolved, loud } = probeSet(DIR);

test('probe 99: the errors and warnings raised are the judged true ones', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judged.filter((v) => v.verdict === 'true').map((v) => v.finding).sort());
  assert.deepEqual(raised, ['006.txt:9:citation-format', '015.txt:12:citation-format', '022.txt:1:citation-issuer-mismatch']);
});

test('probe 99: a quoted rule after "quy định" is no subject; "Quy định 29 năm 2016" is read', () => {
  assert.equal(cite('008', 'Quy định 232-QĐ/TW', 3).c.subject, null);
  assert.equal(resolved('008', 'Quy định 232-QĐ/TW', 3), '232-QĐ/TW 2025-01-20');
  assert.equal(resolved('020', 'Quy định 29 năm 2016'), '29-QĐ/TW 2016-07-25');
});
