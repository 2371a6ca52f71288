import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractDates, formatLike } from '../../server/src/core/extract/dates';
import { normalizeText } from '../../server/src/core/text/normalize';
import { parseMarkers } from '../helpers/markers';

// One check helper: every ⟦…⟧ is a date, with the expected ISO (or "y?" for no year / "bad").
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
  ['ngày ⟦02.01.2020⟧', ['2020-01-02']],
  ['ngày ⟦03 tháng 4 năm 2018⟧', ['2018-04-03']],
  ['Hà Tĩnh, ngày ⟦25  tháng 8  năm 2023⟧', ['2023-08-25']],
  ['NGÀY ⟦05 THÁNG 3 NĂM 2020⟧', ['2020-03-05']],
  ['Ngày ⟦16/6⟧, tại Hà Nội', ['16/6/?']],
  ['sáng ⟦15/10⟧, tại Hà Nội', ['15/10/?']],
  ['từ ngày ⟦1/10/2023⟧ đến ngày ⟦15/10/2023⟧', ['2023-10-01', '2023-10-15']],
  ['lúc ⟦13/01/2022⟧ 12:40:31', ['2022-01-13']],
  ['ngày ⟦29/2/2020⟧', ['2020-02-29']],
  ['ngày ⟦29/2/2019⟧', ['bad']],
  ['ngày ⟦31/4/2020⟧', ['bad']],
  ['ngày ⟦30 tháng 02 năm 2021⟧', ['bad']],
  ['ngày ⟦15/13/2022⟧', ['bad']],
  ['ngày ⟦32-1-2020⟧', ['bad']],
  // Not dates: fractions, ids, versions, counts.
  ['giảm 1/3 số hộ nghèo', []],
  ['Nghị định số 30/2020/NĐ-CP', []],
  ['Luật số 41/2024/QH15', []],
  ['phiên bản 1.2.2020.5', []],
  ['mã 12/12/20134', []],
  ['1-1-1-1-1-1-1-1', []],
];

for (const [src, exp] of cases) test(`dates: ${src}`, () => check(src, exp));

test('date-time keeps the time', () => {
  const [d] = extractDates(normalizeText('lúc 13/01/2022 12:40:31'));
  assert.equal(d!.time, '12:40:31');
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
