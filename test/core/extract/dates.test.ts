import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractDates, formatLike, inferYear, isoWithInferredYear } from '../../../server/src/core/extract/dates';
import { read } from '../../../server/src/core/extract/reading';
import { normalizeText } from '../../../server/src/core/text/normalize';
import { parseMarkers } from '../../helpers/markers';

// One check helper: every ⟦…⟧ is a date, with the expected ISO ("d/m/?" for no year, "bad" for a
// date that cannot exist).
function check(src: string, expected: (string | null)[]) {
  const m = parseMarkers(src);
  const found = extractDates(normalizeText(m.text));
  assert.deepEqual(
    found.map((d) => m.text.slice(d.span.start, d.span.end)),
    m.spans.map((s) => s.text),
    `spans in ${src}`,
  );
  assert.deepEqual(
    found.map((d) => (d.problem ? 'bad' : d.iso ?? `${d.day}/${d.month}/?`)),
    expected,
    `values in ${src}`,
  );
}

const cases: [string, (string | null)[]][] = [
  ['ngày ⟦25/2/2010⟧ của Bộ Chính trị', ['2010-02-25']],
  ['ngày ⟦12-12-2013⟧', ['2013-12-12']],
  // Spaced hyphens after "ngày" (thirty-seventh outside probe); without "ngày", a list of numbers.
  ['Nghị quyết số 08-NQ/ĐU ngày ⟦23- 9 -1997⟧; Quy chế số 02 ngày ⟦09- 3- 2012⟧ của Đảng ủy', ['1997-09-23', '2012-03-09']],
  ['các hạng 2 - 3 - 2012 và 4 - 5', []],
  // Spaced slashes after "ngày", a form filled in by hand (probe 445); without "ngày", no date.
  ['Quyết định số: 1050 /QĐ-SCT ngày ⟦06 /3/2025⟧ của Sở Công Thương; ngày ⟦12 / 5 / 2024⟧', ['2025-03-06', '2024-05-12']],
  ['tỷ lệ 06 /3/2025 hồ sơ', []],
  ['ngày ⟦02.01.2020⟧', ['2020-01-02']],
  // A slash typed twice before the year (hundred-and-sixth outside probe); a hyphen and two slashes are no date.
  ['Kết luận số 34-KL/TW ngày ⟦18/4//2022⟧ của Bộ Chính trị', ['2022-04-18']],
  ['mã 5-3//2020 của hồ sơ', []],
  // Spaces lost in PDF text (outside probes 90, 93, 100, 103, 113): "ngày" glued to the day, the day to "tháng", the
  // month to "năm"; a letter other than the end of "ngày" before the day is still no date.
  ['Căn cứ Luật Tổ chức HĐND và UBND ngày⟦26/11/2003⟧;', ['2003-11-26']],
  ['NGÀY⟦26/11/2003⟧', ['2003-11-26']],
  ['Nghị định số 42/2010/NĐ-CP ngày ⟦15tháng 4 năm 2010⟧', ['2010-04-15']],
  ['Nghị quyết số 88/2011/NQ-CP ngày ⟦24 tháng 8năm 2011⟧', ['2011-08-24']],
  // A space inside the word (two-hundred-and-forty-first outside probe).
  ['Quyết định số 445/QĐ-TTg ngày ⟦07 tháng 4 nă m 2009⟧ của Chính phủ', ['2009-04-07']],
  ['Hà Nội, ngày⟦25 tháng 3 năm 2012⟧', ['2012-03-25']],
  // "tháng" without its tone mark after "ngày", and a text typed without any (thirty-seventh session: probes 315, 118, 252);
  // elsewhere "thang" is a word of its own.
  ['Vinh Hà, ngày ⟦25 thang 11 năm 2022⟧', ['2022-11-25']],
  ['Căn cứ Nghị quyết số 55/NQ-UBTVQH10 ngay ⟦30 thang 8 nam 1998⟧ cua Ủy ban', ['1998-08-30']],
  ['xếp bậc 3 thang 12 năm 2020 theo hệ số', []],
  ['số QH11/2003/5', []],
  ['mã AB26/11/2003', []],
  // A document's number with dots for its slashes, its symbol after (probe 432); a date before a slash and a number stays.
  ['theo Nghị quyết 66.4.2025/NQ-CP ngày ⟦21/9/2025⟧ cùng các văn bản', ['2025-09-21']],
  // Three digits that end the text are a year not finished (a draft being typed, an excerpt cut there; probe 116), not
  // a slip; inside the text they are one.
  ['Nghị định số 186/2025/NĐ-CP ngày 01 tháng 7 năm 202', []],
  ['Nghị định số 186/2025/NĐ-CP ngày 01/7/202\n', []],
  ['ngày ⟦03 tháng 4 năm 2018⟧', ['2018-04-03']],
  ['Hà Tĩnh, ngày ⟦25  tháng 8  năm 2023⟧', ['2023-08-25']],
  ['NGÀY ⟦05 THÁNG 3 NĂM 2020⟧', ['2020-03-05']],
  ['có hiệu lực từ ngày ⟦01 tháng 7\nnăm 2025⟧ (dòng bị ngắt)', ['2025-07-01']],
  ['Ngày ⟦16/6⟧, tại Hà Nội', ['16/6/?']],
  ['sáng ⟦15/10⟧, tại Hà Nội', ['15/10/?']],
  ['Chiều ⟦25/8⟧, Ban Chấp hành họp', ['25/8/?']],
  ['từ ngày ⟦1/10/2023⟧ đến ngày ⟦15/10/2023⟧', ['2023-10-01', '2023-10-15']],
  ['từ ⟦1/10⟧ đến ⟦15/10/2023⟧', ['1/10/?', '2023-10-15']],
  ['lúc ⟦13/01/2022⟧ 12:40:31', ['2022-01-13']],
  ['Cập nhật ngày: ⟦13/01/2022⟧ 12:40:31', ['2022-01-13']],
  ['⟦28.2.2018⟧ - 9:21', ['2018-02-28']],
  ['ngày ⟦29/2/2020⟧', ['2020-02-29']],
  ['ngày ⟦29/2/2019⟧', ['bad']],
  ['ngày ⟦31/4/2020⟧', ['bad']],
  ['ngày ⟦30 tháng 02 năm 2021⟧', ['bad']],
  ['ngày ⟦15/13/2022⟧', ['bad']],
  ['ngày ⟦32-1-2020⟧', ['bad']],
  ['Ngày ⟦31/6⟧ (không có)', ['bad']],
  // Not dates: fractions, ids, versions, counts, a day-month without a word that introduces it.
  ['giảm 1/3 số hộ nghèo', []],
  ['giảm từ 1/3 xuống còn 1/5', []],
  ['Nghị định số 30/2020/NĐ-CP', []],
  ['Luật số 41/2024/QH15', []],
  ['phiên bản 1.2.2020.5', []],
  ['mã 12/12/20134', []],
  ['1-1-1-1-1-1-1-1', []],
  ['trong 10 tháng năm 2023', []],
];

for (const [src, exp] of cases) test(`dates: ${JSON.stringify(src)}`, () => check(src, exp));

test('an NFD and a CRLF copy give the same dates, on their own offsets', () => {
  const src = 'Hà Nội, ngày 03 tháng 4 năm 2018\r\nSáng ngày 16/6, ngày 25/2/2010.';
  for (const text of [src, src.normalize('NFD')]) {
    const found = extractDates(normalizeText(text));
    assert.deepEqual(
      found.map((d) => text.slice(d.span.start, d.span.end).normalize('NFC')),
      ['03 tháng 4 năm 2018', '16/6', '25/2/2010'],
    );
  }
});

test('date-time keeps the time', () => {
  const times: [string, string][] = [
    ['lúc 13/01/2022 12:40:31', '12:40:31'],
    ['28.2.2018 - 9:21', '9:21'],
    ['Thời gian ký: 07.01.2025 16:32:41 +07:00', '16:32:41'],
  ];
  for (const [src, time] of times) assert.equal(extractDates(normalizeText(src))[0]!.time, time, src);
});

test('formatLike keeps the writer\'s style', () => {
  const cases: [string, string, string][] = [
    ['25/2/2010', '2010-03-25', '25/3/2010'],
    ['02/01/2020', '2020-01-05', '05/01/2020'],
    ['12-12-2013', '2013-12-02', '2-12-2013'],
    ['ngày 03 tháng 4 năm 2018', '2018-04-07', '07 tháng 4 năm 2018'],
  ];
  for (const [written, iso, expected] of cases) {
    const [d] = extractDates(normalizeText(written));
    assert.equal(formatLike(d!, iso), expected, written);
  }
});

// Ranges: ⟦…⟧ around each range's span; the expected ISO of its ends.
function checkRanges(src: string, expected: [string | null, string | null][]) {
  const m = parseMarkers(src);
  const r = read(m.text);
  assert.deepEqual(
    r.ranges.map((x) => m.text.slice(x.span.start, x.span.end)),
    m.spans.map((s) => s.text),
    `spans in ${src}`,
  );
  assert.deepEqual(
    r.ranges.map((x) => [x.from.iso ?? `${x.from.day}/${x.from.month}`, x.to.iso ?? `${x.to.day}/${x.to.month}`]),
    expected,
  );
}

const rangeCases: [string, [string | null, string | null][]][] = [
  ['Hội thi diễn ra ⟦từ ngày 1/10/2023 đến ngày 15/10/2023⟧ tại tỉnh.', [['2023-10-01', '2023-10-15']]],
  ['⟦Từ ngày 01/10/2022 đến hết ngày 15/10/2022⟧, tổ chức 12 cuộc.', [['2022-10-01', '2022-10-15']]],
  ['đợt cao điểm ⟦từ 1/10 đến 15/10/2023⟧', [['1/10', '2023-10-15']]],
  ['giai đoạn ⟦01/01/2021 - 31/12/2025⟧', [['2021-01-01', '2025-12-31']]],
  ['⟦từ ngày 03 tháng 4 năm 2018 tới ngày 25 tháng 8 năm 2023⟧', [['2018-04-03', '2023-08-25']]],
  // Two dates that are not a period.
  ['ngày 1/10/2023 và ngày 15/10/2023', []],
  ['ban hành ngày 1/10/2023, có hiệu lực ngày 15/10/2023', []],
];
for (const [src, exp] of rangeCases) test(`ranges: ${JSON.stringify(src)}`, () => checkRanges(src, exp));

test('inferYear: the year that puts a day and month nearest the reference date', () => {
  const cases: [number, number, string, number | null][] = [
    [16, 6, '2023-08-25', 2023], // a past event in the report's year
    [15, 10, '2023-08-25', 2023], // a coming event
    [20, 12, '2024-01-10', 2023], // last December, in a January report
    [5, 1, '2023-12-28', 2024], // next January, in a late-December report
    [29, 2, '2024-03-01', 2024],
    [29, 2, '2023-03-01', null], // no 29 February near 2023
    [16, 6, 'not a date', null],
  ];
  for (const [day, month, ref, year] of cases) assert.equal(inferYear({ day, month, year: null }, ref), year, `${day}/${month} near ${ref}`);
  assert.equal(inferYear({ day: 1, month: 2, year: 2010 }, '2023-01-01'), 2010, 'a written year is kept');
});

test('inferYear on a reading: day-month dates keep year null and take it from the report date', () => {
  const r = read('Hà Tĩnh, ngày 25 tháng 8 năm 2023\n\nNgày 16/6, Ban Dân vận họp; dự kiến sáng 15/10 tổ chức hội thi.');
  const dm = r.dates.filter((d) => d.form === 'day-month');
  assert.deepEqual(dm.map((d) => d.year), [null, null]);
  const reportDate = r.header.placeDate!.date.iso!;
  assert.deepEqual(dm.map((d) => isoWithInferredYear(d, reportDate)), ['2023-06-16', '2023-10-15']);
  // The start of a range takes its year from the range's end.
  const range = read('từ 20/12 đến 10/1/2024').ranges[0]!;
  assert.equal(isoWithInferredYear(range.from, range.to.iso!), '2023-12-20');
});

test('a day and month out of calendar range with no year is not a date', () => {
  const found = extractDates(normalizeText('các nhóm từ 39.01 đến 39.13; sáng 30/2, ngày 15.10'));
  assert.deepEqual(found.map((d) => `${d.day}/${d.month}:${d.problem ? 'bad' : 'ok'}`), ['30/2:bad', '15/10:ok']);
});
