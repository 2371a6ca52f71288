// Outside probe 80 (test/realdata/probe-2026-12zzx/): 27 real texts of 2010–2026 on private enterprises, cooperatives
// and state enterprises (Nghị quyết 10, 12-NQ/TW of 2017, 20-NQ/TW of 2022, 68-NQ/TW of 2025, the cooperative laws),
// run first on this session's build after its first fixes: one error and three warnings, three true and one unsure.

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12zzx');
const { resolved, loud } = probeSet(DIR);

test('probe 80: the warnings raised are the judged true ones; the one judged unsure is no longer raised', () => {
  const { raised, judged } = loud();
  // "Chương trình hành động số 15-NQ/TU" (Ninh Thuận, 2002): judged unsure, as no public copy says whether the kind or
  // the symbol is wrong. Since the ninety-fourth outside probe an action programme may carry NQ (provincial standing
  // committees adopt some as resolutions; corpus/kinds.json), so it is not raised.
  assert.deepEqual(raised, judged.filter((v) => v.verdict === 'true').map((v) => v.finding).sort());
  assert.deepEqual(judged.filter((v) => v.verdict === 'unsure').map((v) => v.finding), ['016.txt:11:citation-type-mismatch']);
});

test('probe 80: "Nghị quyết số 12-NQ/TW về tiếp tục cơ cấu lại … DNNN" of the fifth plenum of khóa XII is the resolution of 2017', () => {
  // The first run told it another document: the record, then known only by its plenum's name, had those words weighed
  // against the subject.
  assert.equal(resolved('020', 'Nghị quyết số 12-NQ/TW'), '12-NQ/TW 2017-06-03');
});

test('probe 80: "Kết luận số64-KL/TW ngày 09 tháng 02 năm 2010 của Ban Bí thư TW Đảng (khoá IX)" is told its khóa', () => {
  // "TW Đảng" after "Ban Bí thư" is read with it, and the term after it with the citation: 9/2/2010 is in khóa X. The
  // first run had cut the issuer at "Ban Bí thư" and lost the term.
  const { raised } = loud();
  assert.ok(raised.includes('026.txt:18:citation-term-mismatch'));
});
