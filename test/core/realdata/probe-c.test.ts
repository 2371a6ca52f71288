// Outside probe 7 (test/realdata/probe-2026-12c/): 39 real documents of 2024–2026 read after the
// other sets. The errors and warnings are exactly the judged real ones, the plainly wrong findings
// of the first run stay gone, and the readings that were wrong stay right.

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12c');
const { doc, cite, runs, loud } = probeSet(DIR);

test('probe 7: the errors and warnings are exactly the judged ones, all real mistakes', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judged.map((v) => v.finding).sort());
  assert.ok(judged.every((v) => v.verdict === 'real'));
});

test('probe 7: the plainly wrong findings of the first run stay gone', () => {
  // Five "did you mean" for documents the corpus lacked (136→146/2025/NĐ-CP, 139→109/NQ-CP of a
  // later year, 198→197/2025/QH15, 03→35, 05 or 06-CT/TW): no suggestion anywhere now.
  const suggestions = [...runs()].flatMap(([f, r]) => r.a.findings.filter((x) => x.message.vi.includes('Có phải')).map((x) => `${f}:${r.line(x.span.start)}`));
  assert.deepEqual(suggestions, []);
  // "Nghị quyết số 85" above 85/NQ-HĐBCQG: the first mention names that resolution, not 85/2014/QH13.
  const first85 = doc('018').a.findings.filter((x) => x.code === 'citation-incomplete').map((x) => x.message.vi);
  assert.ok(first85.length === 1 && first85[0]!.includes('85/NQ-HĐBCQG') && !first85[0]!.includes('85/2014/QH13'), first85.join());
  // The date and issuer written before the number ("Được Bộ Chính trị ban hành ngày 15/5/2016, nội
  // dung của Chỉ thị số 05-CT/TƯ"): only the trích yếu is missing.
  const ct05 = doc('038').a.findings.find((x) => x.code === 'citation-incomplete' && x.message.vi.includes('05-CT/TW'));
  assert.match(ct05?.message.vi ?? '', /còn thiếu trích yếu \(/);
});

test('probe 7: what the reader got wrong in the first run', () => {
  // Report dates: the number and place-and-date on one line; a portal's spaced dateline.
  assert.deepEqual([doc('012').a.reportDate, doc('012').a.reportDateSource, doc('012').a.reading.header.number?.id], ['2025-05-03', 'header', '300/BC-CP']);
  assert.deepEqual([doc('004').a.reportDate, doc('004').a.reportDateSource], ['2024-05-17', 'dateline']);
  // Short references before their full citations.
  assert.equal(cite('008', 'Nghị quyết 25', 3).res?.entry.record.id, '25-NQ/TW');
  assert.equal(cite('008', 'Nghị quyết 25', 3).res?.entry.record.date, '2008-07-25');
  assert.equal(cite('018', 'Nghị quyết số 85', 1).res?.entry.record.id, '85/NQ-HĐBCQG');
  // Issuers: the National Assembly's office, a steering committee's standing office, "Của".
  assert.equal(cite('012', 'Thông báo số 1230/TB-VPQH').c.issuer?.name, 'Văn phòng Quốc hội');
  assert.equal(cite('027', 'Thông báo số 07-TB/CQTTBCĐ').c.issuer?.name, 'Cơ quan Thường trực Ban Chỉ đạo Trung ương');
  assert.equal(cite('029', 'Nghị quyết số 13-NQ/TU', 1).c.issuer?.name, 'Ban Thường vụ Tỉnh ủy');
  // Kinds and ids: "Phương án", a code a PDF glued to the next word, the dotted central code, a
  // state id written Party-style.
  assert.equal(cite('004', 'Phương án số 316/PA-UBND').c.kind, 'Phương án');
  assert.equal(cite('028', '02-KH/BCĐTW').c.id, '02-KH/BCĐTW');
  assert.equal(cite('039', 'Chỉ thị 03-CT/T.Ư').res?.entry.record.id, '03-CT/TW');
  assert.deepEqual([cite('037', 'Nghị quyết 03-NQ/CP').c.id, cite('037', 'Nghị quyết 03-NQ/CP').res?.entry.record.date], ['03/NQ-CP', '2025-01-09']);
  // Laws by name: abbreviations inside the name, an amending law without "của".
  assert.equal(cite('019', 'Luật Bầu cử ĐBQH').res?.entry.record.id, '85/2015/QH13');
  assert.equal(cite('005', 'Luật sửa đổi, bổ sung một số điều', 29).res?.entry.record.id, '63/2020/QH14');
});
