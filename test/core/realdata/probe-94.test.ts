// Outside probe 94 (test/realdata/probe-2026-12-94/): 22 real texts of 2010–2025 on social policy credit and the Ngân hàng
// Chính sách xã hội (Chỉ thị 40-CT/TW of 2014, Kết luận 06-KL/TW of 2021, provincial decisions entrusting budget money).
// The first run raised one error, false: Bình Thuận's standing committee numbers its action programmes as resolutions
// ("Chương trình hành động số 33-NQ/TU"), which corpus/kinds.json accepts since. A second run told a date slip in two
// texts (true) that a conflict in the registry had let pass.

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-94');
const { doc, resolved, loud } = probeSet(DIR);

test('probe 94: the errors and warnings raised are the judged true ones; the false one is gone', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judged.filter((v) => v.verdict === 'true').map((v) => v.finding).sort());
  assert.deepEqual(raised, ['001.txt:27:citation-date-mismatch', '016.txt:15:citation-date-mismatch']);
  assert.deepEqual(judged.filter((v) => v.verdict === 'false').map((v) => v.finding), ['004.txt:1:citation-type-mismatch']);
});

test('probe 94: "Thông tư số 54/2016 Bộ tài chính" after 54/2016/TT-BTC is that circular, not the labour ministry\'s', () => {
  assert.equal(resolved('020', 'Thông tư số 54/2016'), null);
});

test('probe 94: a decision whose header a copy ran into one line is dated by it (2012)', () => {
  assert.deepEqual([doc('002').a.reportDate, doc('002').a.reportDateSource], ['2012-05-21', 'header']);
});
