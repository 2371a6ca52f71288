// formatVi: an ISO date as running text writes it ("25/2/2010": no leading zeros), a month or a
// year alone as they are. The full form is read by position (asked for in most messages); the
// table holds it to the general reading. countFits: the window a review's count ("tổng kết 10 năm") allows.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { countFits, formatVi } from '../../server/src/core/text/calendar';

const rows: [iso: string, text: string][] = [
  ['2010-02-25', '25/2/2010'],
  ['2023-08-05', '5/8/2023'],
  ['2023-12-10', '10/12/2023'],
  ['2023-10-01', '1/10/2023'],
  ['0999-01-01', '1/1/0999'],
  ['2021-03', '3/2021'],
  ['2021', '2021'],
  ['', ''],
];
for (const [iso, text] of rows) test(`formatVi(${JSON.stringify(iso)})`, () => assert.equal(formatVi(iso), text));

test('formatVi: the positional reading agrees with splitting on random full dates', () => {
  const general = (iso: string) => {
    const p = iso.split('-');
    return `${+p[2]!}/${+p[1]!}/${p[0]}`;
  };
  for (let y = 1990; y <= 2030; y += 7)
    for (let m = 1; m <= 12; m++)
      for (const d of [1, 9, 10, 28, 31]) {
        const iso = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
        assert.equal(formatVi(iso), general(iso), iso);
      }
});

test('countFits: a review of N years fits a start N−1 to N+1 years before it', () => {
  const rows: [number, number, number, boolean][] = [
    [2010, 2020, 10, true],
    [2019, 2023, 5, true],
    [2018, 2023, 5, true],
    [2017, 2023, 5, true],
    [2016, 2023, 5, false],
    [2022, 2023, 10, false],
  ];
  for (const [from, at, n, want] of rows) assert.equal(countFits(from, at, n), want, `${from} → ${at}, ${n}`);
});
