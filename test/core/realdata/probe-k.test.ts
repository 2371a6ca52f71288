// Outside probe 15 (test/realdata/probe-2026-12k/): 30 real texts of 2025–2026 held in public GitHub
// repositories (central Party texts, Thủ tướng decisions, an HĐND resolution, Front election papers).
// The errors and warnings are exactly the judged ones; what the first run read wrong is read right; what
// is still wrong is asserted as it is (FIXME).

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12k');
const { doc, cite, loud } = probeSet(DIR);

test('probe 15: the errors and warnings are exactly the judged ones: six real (the third told by citation-date-future, the fourth since corpus round 148, the fifth since the forty-seventh session: "Hướng dẫn sổ 06-HD/BTCTW-BTGTW", the sixth since the forty-ninth: the XVI Congress written for the XIV)', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judged.map((v) => v.finding).sort());
  assert.deepEqual(judged.map((v) => v.verdict), ['real', 'real', 'real', 'real', 'real', 'real']);
});

test('probe 15: the number after an amending law\'s title is the amending law\'s when the law is cited with another', () => {
  const d = doc('016');
  const ids = d.a.reading.citations.filter((c) => c.kind === 'Luật' && d.line(c.span.start) >= 29 && d.line(c.span.start) <= 37).map((c) => c.id);
  assert.deepEqual(ids, ['72/2025/QH15', '64/2025/QH15', '87/2025/QH15']);
  assert.equal(cite('016', 'Luật sửa đổi, bổ sung').res?.entry.record.id, '87/2025/QH15');
});

test('probe 15: a law named without a year is the one in force on the text\'s date, not one passed after it', () => {
  // Named in the title of Nghị định 53/2022/NĐ-CP of 15/8/2022: the law passed by then, surely (thirty-first
  // probe round; it had been probable, as of the report's date).
  const { res } = cite('002', 'Luật An ninh mạng', 69);
  assert.deepEqual([res?.entry.record.id, res?.certainty], ['24/2018/QH14', 'exact']);
});

test('probe 15: the Cục Thuế\'s công văn is not told its code is a Chỉ thị\'s', () => {
  assert.deepEqual(doc('024').a.findings.filter((f) => f.code === 'citation-type-mismatch'), []);
});

test('probe 15: 299-QĐ/TW resolves, and a central guidance listing provinces has none of its own', () => {
  assert.equal(cite('005', 'Quy định số 299-QĐ/TW').res?.entry.record.id, '299-QĐ/TW');
  assert.equal(doc('005').a.province, null);
});

test('probe 15: the laws of a legal normative text\'s "Căn cứ" are not asked for their dates', () => {
  for (const name of ['016', '023'])
    assert.deepEqual(doc(name).a.findings.filter((f) => f.code === 'citation-incomplete' && f.message.vi.includes('ngày ban hành')).map((f) => f.message.vi), [], name);
});

test('probe 15: a body\'s name wrapped inside a table cell keeps its last word, and the motto stays out', () => {
  assert.deepEqual(['014', '016', '019'].map((n) => doc(n).a.reading.header.issuingBody?.text), ['THỦ TƯỚNG CHÍNH PHỦ', 'HỘI ĐỒNG NHÂN DÂN THÀNH PHỐ HUẾ', 'VĂN PHÒNG CHÍNH PHỦ']);
});

test('probe 15: a kind written as the id\'s code ("QĐ số 574/QĐ-BNV") is read', () => {
  assert.equal(cite('013', 'QĐ số 574/QĐ-BNV').c.kind, 'Quyết định');
});

test('probe 15: wrong readings left, as they are', () => {
  // FIXME: the Cục Thuế letter's header takes in the portal's page chrome before it (its own body and
  // motto, wrapped in table cells, are read right since the twenty-first probe's round).
  assert.equal(doc('024').a.reading.header.issuingBody?.text, 'CÁC NỘI DUNG ĐƯỢC SỬA ĐỔI, HƯỚNG DẪN BỘ TÀI CHÍNH CỤC THUẾ');
});

test('probe 15: "13/2008/QH112" (QH12 mistyped) is offered the VAT law of 2008', () => {
  // Unknown with no suggestion until corpus round 176 (fifty-first session) gave the corpus 13/2008/QH12.
  const typo = doc('024').a.findings.find((f) => f.code === 'citation-unknown' && f.message.vi.includes('13/2008/QH112'));
  assert.equal(typo?.severity, 'information');
  assert.equal(typo?.message.vi, 'Kho văn bản chưa có Luật 13/2008/QH112. Có phải Luật 13/2008/QH12 (3/6/2008)?');
});
