// LazyMatches (rules/util/text.ts) must answer as Matches does — the same matches, with the same
// groups, for every range — for the patterns of words it is used with (date-future's plan words
// and done-verbs): a table of texts where a scan started in the middle of a phrase would differ,
// then random texts made of those words, punctuation and numbers, asked about random ranges.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DONE, PLAN } from '../../../server/src/core/rules/date-future';
import { LazyMatches, Matches } from '../../../server/src/core/rules/util/text';
import { seeded } from '../../helpers/random';

function show(ms: RegExpMatchArray[]): string[] {
  return ms.map((m) => `${m.index}:${[...m].map((g) => g ?? '-').join('|')}`);
}

function check(t: string, re: RegExp, from: number, to: number): void {
  const want = show(new Matches(t, re).between(from, to));
  const lazy = new LazyMatches(t, re);
  assert.deepEqual(show(lazy.between(from, to)), want, `${JSON.stringify(t)} [${from}, ${to})`);
  assert.equal(lazy.any(from, to), want.length > 0);
}

const CASES: [string, RegExp, number, number, number][] = [
  // text, pattern, range asked, matches expected
  ['Hội nghị đã được tổ chức vào ngày 5/12/2026.', DONE, 0, 44, 1],
  // Asked from inside "đã được tổ chức": the whole-text scan found it from "đã"; "được tổ
  // chức" alone (a bare "được", group 2) must not appear.
  ['Hội nghị đã được tổ chức vào ngày 5/12/2026.', DONE, 12, 44, 0],
  ['Hội nghị đã được tổ chức vào ngày 5/12/2026.', DONE, 0, 10, 1],
  ['đã tổ chức; vừa được ký kết, được trao tặng', DONE, 0, 44, 3],
  ['đã tổ chức; vừa được ký kết, được trao tặng', DONE, 11, 29, 1], // the third starts at 29: outside
  ['Dự kiến tổ chức; sẽ ban hành (kế hoạch) trong thời gian tới', PLAN, 0, 60, 4],
  ['Dự kiến tổ chức; sẽ ban hành (kế hoạch) trong thời gian tới', PLAN, 41, 60, 0], // inside "trong thời gian tới"
  ['xsẽ, sẽx, 1sẽ, sẽ1', PLAN, 0, 20, 2],
  ['', PLAN, 0, 0, 0],
];

test('lazy matches: table', () => {
  for (const [t, re, from, to, n] of CASES) {
    check(t, re, from, to);
    assert.equal(new LazyMatches(t, re).between(from, to).length, n, `${t} [${from}, ${to})`);
  }
});

test('lazy matches: random texts and ranges agree with Matches', () => {
  const rnd = seeded(13);
  const words = ['đã', 'vừa', 'được', 'tổ', 'chức', 'ban', 'hành', 'ký', 'kết', 'trao', 'tặng', 'dự', 'kiến', 'sẽ', 'trong', 'thời', 'gian', 'tới', 'kế', 'hoạch', 'Đã', 'ĐƯỢC', 'chính', 'thức', 'hội', 'nghị'];
  const seps = [' ', ' ', ' ', '  ', '\n', ', ', '. ', '; ', ' 12/5 ', '"', '', '\u00a0'];
  for (let k = 0; k < 300; k++) {
    let t = '';
    const n = 5 + Math.floor(rnd() * 60);
    for (let i = 0; i < n; i++) t += words[Math.floor(rnd() * words.length)]! + seps[Math.floor(rnd() * seps.length)]!;
    for (const re of [DONE, PLAN]) {
      // One instance asked several ranges: the runs it remembers must not change later answers.
      const lazy = new LazyMatches(t, re);
      const all = new Matches(t, re);
      for (let q = 0; q < 5; q++) {
        const a = Math.floor(rnd() * (t.length + 1));
        const b = a + Math.floor(rnd() * (t.length + 1 - a));
        assert.deepEqual(show(lazy.between(a, b)), show(all.between(a, b)), `${JSON.stringify(t)} [${a}, ${b})`);
      }
    }
  }
});
