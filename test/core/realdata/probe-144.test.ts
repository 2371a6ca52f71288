// Outside probe 144 (test/realdata/probe-2026-12-144/): 23 real texts of 2009–2025 from Party congresses and committees
// at province, district and commune level, across four terms. The first run raised one warning, true.

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-144');
const { resolved, loud } = probeSet(DIR);

test('probe 144: the errors and warnings raised are the judged true ones', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
  // 020's 244-QĐ/TW given khóa XII (it is khóa XI's) is told since the thirty-ninth session read the Committee in brackets
  // after a plenum.
  // And, since the forty-fourth session, name-misspelt, the garbled names of 021 ("Bãn Chấp hành Trụng ương Đảng", "Bạn Bí thư").
  // 021:1's garbled kind, "Nghị qưỹết số 60-NQ/TƯ", is told since the forty-sixth session's kind check.
  assert.deepEqual(raised, ['002.txt:1:citation-format', '020.txt:14:citation-term-mismatch', '021.txt:1:name-misspelt', '021.txt:3:name-misspelt', '021.txt:4:name-misspelt', '021.txt:4:name-misspelt']);
});

test('probe 144: a reading the first run got wrong, right since the corpus holds the directive', () => {
  // "chỉ thị 37CT/TW" in a text of 18/11/2009 is the directive of 4/8/2009; the corpus lacked it and showed the only 37-CT/TW
  // it had, of 2019, probable, as issued after the text. Corpus round 115 added the Politburo's 37-CT/TW of 4/8/2009.
  assert.equal(resolved('002', 'chỉ thị 37CT/TW'), '37-CT/TW 2009-08-04');
});

test('probe 144: an undated item read as of its own time, since the twenty-fourth session', () => {
  // An undated item of 2020 ("cuối tháng 8/2020") speaks from a year after its latest date, not today: its "Chỉ thị số
  // 35-CT/TW" is the directive of 30/5/2019, not that of 2024.
  assert.equal(resolved('012', 'Chỉ thị số 35-CT/TW'), '35-CT/TW 2019-05-30');
});
