// Outside probe 147 (test/realdata/probe-2026-12-147/): 24 real texts of 2010–2026, articles of Party and theory journals
// and Party committees' pages. The first run raised one warning, true ("68-NQ-TW"); a second, true, came with corpus
// round 90 (Quy định 287-QĐ/TW said to be the Central Committee's, the Politburo's).

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-147');
const { resolved, loud } = probeSet(DIR);

test('probe 147: the errors and warnings raised are the judged true ones', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
  assert.deepEqual(raised, ['010.txt:1:citation-format', '015.txt:2:citation-issuer-mismatch']);
});

test('probe 147: readings the first run got wrong', () => {
  // "Nghị quyết Trung ương 7 khóa X “về tăng cường sự lãnh đạo của Đảng đối với công tác thanh niên...”": the plenum's
  // resolution on youth, 25-NQ/TW, once the corpus gave it the plenum's name (it had become 26-NQ/TW, on agriculture).
  assert.equal(resolved('019', 'Nghị quyết Trung ương 7'), '25-NQ/TW 2008-07-25');
  // "Chỉ thị số 50-CT/TW của Bộ Chính trị" in a 2021 text: the directive of 2015 on corruption cases (corpus round 86),
  // not the Secretariat's of 2025.
  assert.equal(resolved('001', 'Chỉ thị số 50-CT/TW'), '50-CT/TW 2015-12-07');
});

test('probe 147: documents the corpus lacked at the first run', () => {
  // "Chỉ thị 04-CT/TW" on recovering embezzled assets, undated in a text of 2021 (as of today): the Secretariat's directive
  // of 2/6/2021 (corpus round 90), not the 04-CT/TW of 2011, the only one the corpus had.
  assert.equal(resolved('001', 'Chỉ thị 04-CT/TW'), '04-CT/TW 2021-06-02');
});
