// Outside probe 102 (test/realdata/probe-2026-12-102/): 26 real texts of 2010–2025 on tourism, sports and physical
// training (Nghị quyết 08-NQ/TW of 2011 and of 2017, Luật Du lịch 2017, Kết luận 70-KL/TW). The first run raised three
// warnings: two true, one false — a legal portal's note above a resolution of 2015 ("… thay thế bởi Quyết định
// 642/QĐ-UBND ngày 28/02/2019") taken for the resolution's own citation — gone since.

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-102');
const { resolved, loud } = probeSet(DIR);

test('probe 102: the warnings raised are the judged true ones; the false one is gone', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judged.filter((v) => v.verdict === 'true').map((v) => v.finding).sort());
  // The two issuer warnings are a legal site's closing label, "do Ban Chấp hành Trung ương ban hành", on the Politburo's
  // 08-NQ/TW: told since the forty-first session stopped the subject before it.
  assert.deepEqual(raised, ['001.txt:3:citation-issuer-mismatch', '004.txt:11:citation-type-mismatch', '009.txt:9:citation-issuer-mismatch', '024.txt:1:citation-format']);
  assert.deepEqual(judged.filter((v) => v.verdict === 'false').map((v) => v.finding), ['007.txt:17:citation-date-future']);
});

test('probe 102: "Luật X sửa đổi <year>" is the amending law of that year', () => {
  assert.equal(resolved('013', 'Luật Thể dục, thể thao sửa đổi 2018'), '26/2018/QH14 2018-06-14');
  assert.equal(resolved('013', 'Luật Ban hành văn bản quy phạm pháp luật sửa đổi 2020'), '63/2020/QH14 2020-06-18');
});
