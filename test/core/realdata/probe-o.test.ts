// Outside probe 19 (test/realdata/probe-2026-12o/): 20 real state texts of 2015–2025 with long "Căn cứ"
// lists. The errors and warnings are exactly the judged ones; what the first run read wrong is read right;
// what is still wrong is asserted as it is (FIXME).

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12o');
const { doc, cite, loud } = probeSet(DIR);

test('probe 19: the errors and warnings are exactly the judged ones: two real', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judged.map((v) => v.finding).sort());
  assert.deepEqual(judged.map((v) => v.verdict), ['real', 'real']);
});

test('probe 19: an amending law with a capital "Điều" is the amending law; a dash joins a law\'s name', () => {
  assert.equal(cite('013', 'Luật Sửa đổi bổ sung').res?.entry.record.id, '47/2005/QH11');
  assert.equal(cite('003', 'Luật Thi đua - Khen thưởng').res?.entry.record.id, '15/2003/QH11');
});

test('probe 19: a law by name dated ten years off its day and month is told', () => {
  const f = doc('006').a.findings.find((x) => x.code === 'citation-date-mismatch');
  assert.ok(f?.message.vi.includes('số 03/2007/QH12, ban hành ngày 21/11/2007, không phải "21/11/2017"'), f?.message.vi);
});
