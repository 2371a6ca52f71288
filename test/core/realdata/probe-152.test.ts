// Outside probe 152 (test/realdata/probe-2026-12-152/): 16 real texts written 2005–2011, most provincial decisions of khóa
// IX–X times, judged against the documents valid at their dates. The first run raised two errors and one warning, true.

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-152');
const { doc, cite, loud } = probeSet(DIR);

test('probe 152: the errors and warnings raised are the judged true ones', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
  assert.equal(raised.length, 3);
});

test('probe 152: readings the first run got wrong', () => {
  // "THÔNG TƯ\nCỦA BỘ TÀI CHÍNH SỐ 67/2005/TT-BTC NGÀY 24 THÁNG 8 NĂM 2005 …": the circular is dated by its own title.
  assert.equal(doc('007').a.reportDate, '2005-08-24');
  // "Căn cứ Luật Tổ chức HĐND và UBND 26/11/2003;": the bare date of a basis line is the law's.
  assert.equal(cite('005', 'Luật Tổ chức HĐND và UBND').c.date?.iso, '2003-11-26');
});
