// Outside probe 95 (test/realdata/probe-2026-12-95/): 25 real texts of 2011–2025 on people of merit, war invalids and
// martyrs, and veterans (Pháp lệnh Ưu đãi người có công of 2005 and 2020, Chỉ thị 07-CT/TW of 2006 and 14-CT/TW of
// 2017). The first run raised one error and two warnings, all true; a second told two slips more (true).

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-95');
const { resolved, loud } = probeSet(DIR);

test('probe 95: the errors and warnings raised are the judged true ones', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judged.filter((v) => v.verdict === 'true').map((v) => v.finding).sort());
  // The second run's: the year slip of 07-CT/TW ("14/12/2016", with "liệt sĩ" for the record's "liệt sỹ"), and a plan
  // dated ten years after the page that cites it.
  assert.deepEqual(raised, ['006.txt:7:citation-date-mismatch', '006.txt:7:citation-format', '007.txt:7:citation-date-future', '008.txt:8:citation-format', '014.txt:25:citation-term-mismatch']);
});

test('probe 95: the ordinance by its name and date, and the Constitution of 1992 with "Cộng hoà"', () => {
  assert.equal(resolved('016', 'Pháp lệnh Ưu đãi người có công với cách mạng', 27), '02/2020/UBTVQH14 2020-12-09');
  assert.equal(resolved('020', 'Hiến pháp'), 'Hiến pháp năm 1992 1992-04-15');
});
