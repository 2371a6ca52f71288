// Segmenter (rules/util/text.ts) finds clause and sentence ends a block at a time, on demand. It
// must answer as a plain scan of the whole text does: a table of texts, then random texts with
// ends near and across block edges (2048 characters), asked about random offsets and limits.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Segmenter } from '../../../server/src/core/rules/util/text';
import { seeded } from '../../helpers/random';

/** The whole-text answer: every end found first, then the nearest either side, clamped to the limit. */
function reference(t: string, pos: number, limit: number, clause: boolean): { start: number; end: number } {
  const ends: number[] = [];
  for (let i = 0; i < t.length; i++) {
    const ch = t[i]!;
    if (clause && (ch === ';' || ch === ':')) ends.push(i);
    else if (ch === '\n' || ch === '!' || ch === '?') ends.push(i);
    else if (ch === '.') {
      const next = t[i + 1];
      if (next !== undefined && next !== ' ' && next !== '\n' && next !== '"' && next !== ')') continue;
      if (/(?:^|[^\p{L}])(?:TP|Tp|TX|TT|TS|GS|PGS|ThS|NCS|BS|KS|Th|St|v\.v|đ\/c|Đ\/c)$/u.test(t.slice(Math.max(0, i - 6), i))) continue;
      ends.push(i);
    }
  }
  const before = ends.filter((e) => e < pos);
  const after = ends.filter((e) => e >= pos);
  const start = before.length ? before[before.length - 1]! + 1 : 0;
  const end = after.length ? after[0]! : t.length;
  return { start: Math.max(start, pos - limit), end: Math.min(end, pos + limit) };
}

const CASES: [string, number, { start: number; end: number }, { start: number; end: number }][] = [
  // text, offset, clause, sentence
  ['Năm 2020; Ban Dân vận đã họp. Sau đó', 14, { start: 9, end: 28 }, { start: 0, end: 28 }],
  // "TP." and the dots of a date end nothing.
  ['TP. Hồ Chí Minh: ngày 28.2.2018 họp.', 20, { start: 16, end: 35 }, { start: 0, end: 35 }],
  ['một\nhai', 5, { start: 4, end: 7 }, { start: 4, end: 7 }],
  ['', 0, { start: 0, end: 0 }, { start: 0, end: 0 }],
];

test('segmenter: table', () => {
  for (const [t, pos, clause, sentence] of CASES) {
    const seg = new Segmenter(t);
    assert.deepEqual(seg.clauseAt(pos), clause, `clause of ${JSON.stringify(t)} at ${pos}`);
    assert.deepEqual(seg.sentenceAt(pos), sentence, `sentence of ${JSON.stringify(t)} at ${pos}`);
    assert.deepEqual(clause, reference(t, pos, 600, true));
    assert.deepEqual(sentence, reference(t, pos, 800, false));
  }
});

test('segmenter: random texts, offsets and limits agree with a whole-text scan', () => {
  const rnd = seeded(29);
  const pieces = ['chữ ', 'ban dân vận ', 'TP. ', '28.2.2018 ', '. ', '; ', ': ', '\n', '! ', '? ', '.x', 'v.v. ', 'x'.repeat(700), ' '.repeat(2040)];
  for (let k = 0; k < 40; k++) {
    let t = '';
    while (t.length < 3000 + rnd() * 6000) t += pieces[Math.floor(rnd() * pieces.length)]!;
    const seg = new Segmenter(t);
    for (let q = 0; q < 60; q++) {
      const pos = Math.floor(rnd() * (t.length + 1));
      const limit = [600, 800, 5, 3000][q % 4]!;
      assert.deepEqual(seg.clauseAt(pos, limit), reference(t, pos, limit, true), `clause at ${pos}, limit ${limit}`);
      assert.deepEqual(seg.sentenceAt(pos, limit), reference(t, pos, limit, false), `sentence at ${pos}, limit ${limit}`);
    }
  }
});
