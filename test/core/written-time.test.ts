// When a text with no date of its own was written, as far as its words tell, and the date its citations are resolved as
// of (written-time.ts); then what analyze makes of it.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze, read, resolveOptions, RULE_CODES } from '../../server/src/core/index';
import { resolutionAsOf, writtenDates } from '../../server/src/core/written-time';
import { bundledIndex } from '../helpers/corpus';

test('writtenDates: the latest date written, and the latest past one', () => {
  // [text, any, past]
  const table: [string, string | null, string | null][] = [
    ['Sáng 9/6, hội nghị khai mạc.', null, null],
    ['Đến cuối tháng 8/2020, các đảng bộ đã tổ chức xong đại hội.', '2020-08-01', '2020-08-01'],
    ['Ngày 15/3/2019, Ban Thường vụ họp; trong năm 2021, tỉnh tiếp tục.', '2021-01-01', '2021-01-01'],
    // A term's end is no sign of the text's time; a full date is.
    ['Đại hội nhiệm kỳ 2020-2025 họp ngày 12/8/2020.', '2025-01-01', '2020-08-12'],
    // An effective day or a target points ahead: not counted.
    ['Luật có hiệu lực từ ngày 01/7/2025; phấn đấu đến năm 2030.', null, null],
    // After `until` (today): not counted.
    ['Kế hoạch ngày 12/12/2027.', null, null],
    // A state number's year: its document was issued then, so the text is of that year or later; a Party number has none.
    ['Quyết định 3206/QĐ-UBND năm 2017; Nghị định 08/2022/NĐ-CP hướng dẫn Luật Bảo vệ môi trường.', '2022-01-01', '2022-01-01'],
    ['Thực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị.', null, null],
  ];
  for (const [text, any, past] of table) {
    const w = writtenDates(read(text), '2026-12-01');
    assert.deepEqual({ any: w.any, past: w.past }, { any, past }, text);
  }
});

test('writtenDates: the end of the latest past day or month written, up to today; a year only its first day', () => {
  // [text, pastEnd]
  const table: [string, string | null][] = [
    ['Ngày 15/3/2019, Ban Thường vụ họp.', '2019-03-15'],
    ['Đến cuối tháng 8/2020, các đảng bộ đã tổ chức xong đại hội.', '2020-08-31'],
    ['Ngày Pháp luật được tổ chức từ năm 2013.', '2013-01-01'],
    ['Quyết định 3206/QĐ-UBND năm 2017; Nghị định 08/2022/NĐ-CP.', '2022-01-01'],
    // Not after today; a deadline or an effective day is no past.
    ['Đến tháng 12/2026, tỉnh tiếp tục; Luật có hiệu lực từ ngày 01/7/2027.', '2026-12-01'],
    ['Đại hội nhiệm kỳ 2020-2025.', null],
  ];
  for (const [text, pastEnd] of table) assert.equal(writtenDates(read(text), '2026-12-01').pastEnd, pastEnd, text);
});

test('resolutionAsOf: a year after the latest past date, not after today, and not from history', () => {
  const table: [string | null, string][] = [
    [null, '2026-12-01'],
    ['2020-08-01', '2021-08-01'],
    ['2026-03-01', '2026-12-01'],
    ['2024-02-29', '2025-02-28'],
    // Dates decades back are history an article tells, not its time.
    ['1946-11-09', '2026-12-01'],
  ];
  for (const [past, want] of table) assert.equal(resolutionAsOf(past, '2026-12-01'), want, String(past));
});

test('an undated text chooses among documents of one number as of its own time, only probably; a sure choice stays sure', async () => {
  const corpus = await bundledIndex();
  const { options } = resolveOptions(undefined, RULE_CODES);
  const res = (text: string) => analyze(text, corpus, options, '2026-12-01').resolutions.map((r) => (r ? `${r.entry.record.id} ${r.entry.record.date} ${r.certainty}` : null));
  // Probe 144: an item of 2020 on congresses; as of today the directive of 2024 was taken.
  assert.deepEqual(res('Đến cuối tháng 8/2020, các đảng bộ cơ sở đã tổ chức xong đại hội theo Chỉ thị số 35-CT/TW của Bộ Chính trị.'), ['35-CT/TW 2019-05-30 probable']);
  // The same words with no date written: as of today.
  assert.deepEqual(res('Các đảng bộ cơ sở đã tổ chức xong đại hội theo Chỉ thị số 35-CT/TW của Bộ Chính trị.'), ['35-CT/TW 2024-06-14 probable']);
  // A document sure as of today stays sure, though issued after the inferred date: "218-QĐ/TW" of 12/12/2013 in a text whose
  // latest date is of 2012.
  assert.deepEqual(res('Năm 2012, Mặt trận tỉnh đã giám sát; thực hiện Quyết định 218-QĐ/TW của Bộ Chính trị.'), ['218-QĐ/TW 2013-12-12 exact']);
  // An amending law whose title lists the laws it amends is one law, of 2025: the text is of then or later, whatever older
  // year it writes (two hundred and fifty-ninth outside probe: "Hiến pháp năm 2013" made it a text of 2014, and the Front's law
  // the one of 1999).
  assert.deepEqual(
    res('Quốc hội đã thông qua Luật sửa đổi, bổ sung một số điều của Luật Mặt trận Tổ quốc Việt Nam, Luật Công đoàn, Luật Thanh niên, Luật thực hiện dân chủ ở cơ sở. Điều 1 cụ thể hóa Khoản 1 Điều 9 Hiến pháp năm 2013 về Mặt trận.\n\nVề Luật Mặt trận Tổ quốc Việt Nam, dự thảo đã chỉnh lý.').slice(-1),
    ['75/2015/QH13 2015-06-09 exact'],
  );
});
