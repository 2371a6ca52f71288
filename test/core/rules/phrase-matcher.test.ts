// PhraseMatcher (rules/util/text.ts) must find exactly what the one big regular expression of
// phrasesRegExp finds: a table of cases, then random texts made of the phrases' own words.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { PhraseMatcher, phrasesRegExp } from '../../../server/src/core/rules/util/text';
import { seeded } from '../../helpers/random';

const PHRASES = ['ban dân vận trung ương', 'ban dân vận', 'huyện ủy', 'ủy ban nhân dân huyện', 'ubnd huyện', 'ban tư tưởng - văn hóa trung ương', 'phó trưởng ban'];

function viaTrie(t: string): string[] {
  return [...new PhraseMatcher(PHRASES).matchAll(t)].map((m) => `${m.index}:${m.text}`);
}

function viaRegExp(t: string, phrases = PHRASES): string[] {
  return [...t.matchAll(phrasesRegExp(phrases)!)].map((m) => `${m.index}:${m[0]}`);
}

const CASES: [string, string[]][] = [
  ['theo ban dân vận trung ương.', ['5:ban dân vận trung ương']],
  ['ban dân vận tỉnh ủy', ['0:ban dân vận']],
  ['ban  dân\nvận trung   ương', ['0:ban  dân\nvận trung   ương']],
  ['ban dân vận    trung ương', ['0:ban dân vận']], // four spaces end the phrase
  ['xban dân vận', []], // inside a longer word
  ['ban dân vậnx', []],
  ['huyện ủy1', []],
  ['huyện ủy, ubnd huyện và ủy ban nhân dân huyện', ['0:huyện ủy', '10:ubnd huyện', '24:ủy ban nhân dân huyện']],
  ['ban tư tưởng - văn hóa trung ương', ['0:ban tư tưởng - văn hóa trung ương']],
  ['phó trưởng ban dân vận', ['0:phó trưởng ban']], // no overlap: the next match starts after
  ['', []],
];

test('phrase matcher: table', () => {
  for (const [t, want] of CASES) {
    assert.deepEqual(viaTrie(t), want, t);
    assert.deepEqual(viaRegExp(t), want, `regexp: ${t}`);
  }
});

test('phrase matcher: random texts agree with the regular expression', () => {
  const rnd = seeded(11);
  const words = [...new Set(PHRASES.flatMap((p) => p.split(' ')))].concat(['x', 'tỉnh', '1', ',', '.']);
  const spaces = [' ', ' ', ' ', '  ', '   ', '    ', '\n', '', ' \n '];
  for (let k = 0; k < 400; k++) {
    let t = '';
    const n = 1 + Math.floor(rnd() * 30);
    for (let i = 0; i < n; i++) t += words[Math.floor(rnd() * words.length)]! + spaces[Math.floor(rnd() * spaces.length)]!;
    assert.deepEqual(viaTrie(t), viaRegExp(t), JSON.stringify(t));
  }
});

test('phrase matcher: phrases that start with a sign, marks and other spaces agree with the regular expression', () => {
  const phrases = [...PHRASES, '- văn hóa', '(ubnd) huyện', 'ủy ban'];
  const matcher = new PhraseMatcher(phrases);
  const rnd = seeded(23);
  const words = [...new Set(phrases.flatMap((p) => p.split(' ')))].concat(['x', 'a\u0301', '\u0301', '1', '-', '(', ')', '"', 'Đ']);
  const spaces = [' ', '  ', '\u00a0', '\n', '', '\t', '    '];
  for (let k = 0; k < 3000; k++) {
    let t = '';
    const n = 1 + Math.floor(rnd() * 24);
    for (let i = 0; i < n; i++) t += words[Math.floor(rnd() * words.length)]! + spaces[Math.floor(rnd() * spaces.length)]!;
    const got = [...matcher.matchAll(t)].map((m) => `${m.index}:${m.text}`);
    assert.deepEqual(got, viaRegExp(t, phrases), JSON.stringify(t));
  }
});
