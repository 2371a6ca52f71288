import assert from 'node:assert/strict';
import { test } from 'node:test';
import { charClasses, countIn, IS_LETTER, IS_LOWER, IS_MARK, IS_NUMBER, IS_UPPER, LETTER, LOWER, MARK, NUMBER, UPPER, narrowed, rx, rxNow, buildDeclared, someIn, startsIn } from '../../server/src/core/text/letters';
import { seeded } from '../helpers/random';
// The generator's own block lists: the test asks the running Node's Unicode data what they hold.
// @ts-expect-error: a plain .mjs script without types
import { classBody, LETTER_BLOCKS, MARK_BLOCKS, NUMBER_BLOCKS } from '../../scripts/gen-letters.mjs';

test('the classes are exactly the Unicode ones within their blocks (regenerate with scripts/gen-letters.mjs)', () => {
  assert.equal(LETTER, classBody(/^\p{L}$/u, LETTER_BLOCKS));
  assert.equal(UPPER, classBody(/^\p{Lu}$/u, LETTER_BLOCKS));
  assert.equal(LOWER, classBody(/^\p{Ll}$/u, LETTER_BLOCKS));
  assert.equal(MARK, classBody(/^\p{M}$/u, MARK_BLOCKS));
  assert.equal(NUMBER, classBody(/^\p{N}$/u, NUMBER_BLOCKS));
});

test('what a narrowed \\p{L} and \\p{N} accept', () => {
  const letter = rx(String.raw`^\p{L}$`, 'u');
  const number = rx(String.raw`^\p{N}$`, 'u');
  const upper = rx(String.raw`^\p{Lu}$`, 'u');
  const lower = rx(String.raw`^\p{Ll}$`, 'u');
  const mark = rx(String.raw`^\p{M}$`, 'u');
  // Capitals and small letters, and the marks of a decomposed text.
  for (const ch of ['A', 'Đ', 'Ơ', 'Ư', 'Ạ', 'Ỹ', 'С']) assert.ok(upper.test(ch) && !lower.test(ch), ch);
  for (const ch of ['a', 'đ', 'ơ', 'ư', 'ạ', 'ỹ', 'с', 'ß']) assert.ok(lower.test(ch) && !upper.test(ch), ch);
  for (const ch of ['\u0300', '\u0301', '\u0303', '\u0309', '\u0323']) assert.ok(mark.test(ch), `U+${ch.codePointAt(0)!.toString(16)}`);
  assert.ok(!mark.test('a') && !upper.test('7') && !lower.test('-'));
  const table: [string, boolean, boolean][] = [
    // Vietnamese letters, precomposed, both cases.
    ['a', true, false], ['Đ', true, false], ['đ', true, false], ['ư', true, false], ['Ơ', true, false],
    ['ạ', true, false], ['Ỹ', true, false], ['ỹ', true, false],
    // Look-alikes PDF extraction puts in Vietnamese text: Cyrillic С, Р; Greek Α; fullwidth Ｎ.
    ['С', true, false], ['Р', true, false], ['Α', true, false], ['Ｎ', true, false],
    // Numbers a report can hold.
    ['7', false, true], ['²', false, true], ['½', false, true], ['Ⅱ', false, true], ['①', false, true], ['７', false, true],
    // Not letters: marks, punctuation, spaces.
    ['\u0301', false, false], ['-', false, false], [' ', false, false], ['/', false, false],
    // FIXME(by design): letters and digits of scripts a Vietnamese report does not use read as neither.
    ['ก', false, false], ['中', false, false], ['٣', false, false], ['𝐀', false, false],
    // … and the Cyrillic supplement, Greek Extended, Latin Extended-C and -D.
    ['Ґ', false, false], ['ἀ', false, false], ['Ᵽ', false, false], ['Ꝁ', false, false],
  ];
  for (const [ch, isLetter, isNumber] of table) {
    assert.equal(letter.test(ch), isLetter, `letter ${JSON.stringify(ch)} U+${ch.codePointAt(0)!.toString(16)}`);
    assert.equal(number.test(ch), isNumber, `number ${JSON.stringify(ch)} U+${ch.codePointAt(0)!.toString(16)}`);
  }
});

test('narrowed rewrites \\p{L} and \\p{N} in and out of classes and leaves everything else', () => {
  const table: [string, string][] = [
    [String.raw`\p{L}`, `[${LETTER}]`],
    [String.raw`[\p{L}\p{N}-]`, `[${LETTER}${NUMBER}-]`],
    [String.raw`(?<![\p{L}])ab\p{N}`, `(?<![${LETTER}])ab[${NUMBER}]`],
    // Other properties, escaped backslashes and escaped brackets are not touched.
    [String.raw`\p{Lu}[\p{Ll}\p{M}]`, `[${UPPER}][${LOWER}${MARK}]`],
    [String.raw`\p{Lo}\p{Nd}`, String.raw`\p{Lo}\p{Nd}`],
    [String.raw`\\p{L}`, String.raw`\\p{L}`],
    [String.raw`\[\p{L}`, String.raw`\[` + `[${LETTER}]`],
    [String.raw`[\]]\p{L}`, String.raw`[\]]` + `[${LETTER}]`],
    ['plain', 'plain'],
  ];
  for (const [source, want] of table) assert.equal(narrowed(source), want, source);
  // The rewritten source compiles and means what it says.
  assert.ok(rx(String.raw`^[\p{L}\p{N}]+$`, 'u').test('NĐ-СР'.replace('-', '')));
  assert.ok(!rx(String.raw`(?<![\p{L}])ab`, 'u').test('xab'));
});

test('the character table agrees with the narrowed classes on every BMP code unit', () => {
  const t = charClasses();
  const classes: [number, RegExp][] = [
    [IS_LETTER, rx(String.raw`^\p{L}$`, 'u')],
    [IS_UPPER, rx(String.raw`^\p{Lu}$`, 'u')],
    [IS_LOWER, rx(String.raw`^\p{Ll}$`, 'u')],
    [IS_MARK, rx(String.raw`^\p{M}$`, 'u')],
    [IS_NUMBER, rx(String.raw`^\p{N}$`, 'u')],
  ];
  for (let c = 0; c < 0x10000; c++) {
    if (c >= 0xd800 && c <= 0xdfff) continue; // lone surrogates: no class holds them
    const ch = String.fromCharCode(c);
    for (const [bit, re] of classes) assert.equal((t[c]! & bit) !== 0, re.test(ch), `U+${c.toString(16)} bit ${bit}`);
  }
});

test('someIn, countIn and startsIn say what the narrowed expressions say, on random strings', () => {
  const pieces = ['a', 'Ạ', 'đ', 'С', '7', '½', '\u0301', ' ', '-', '𝐀', '中', ''];
  const rnd = seeded(13);
  const classes: [number, string][] = [[IS_LETTER, 'L'], [IS_UPPER, 'Lu'], [IS_LOWER, 'Ll'], [IS_NUMBER, 'N'], [IS_MARK, 'M']];
  for (let k = 0; k < 2000; k++) {
    const s = Array.from({ length: Math.floor(rnd() * 6) }, () => pieces[Math.floor(rnd() * pieces.length)]!).join('');
    for (const [bit, name] of classes) {
      assert.equal(someIn(s, bit), rx(`\\p{${name}}`, 'u').test(s), `someIn ${name} ${JSON.stringify(s)}`);
      assert.equal(startsIn(s, bit), rx(`^\\p{${name}}`, 'u').test(s), `startsIn ${name} ${JSON.stringify(s)}`);
      assert.equal(countIn(s, bit), s.match(rx(`\\p{${name}}`, 'gu'))?.length ?? 0, `countIn ${name} ${JSON.stringify(s)}`);
    }
  }
});

// rx builds its expression on first use. Each row runs one operation on an rx() expression and on the RegExp it
// stands for, on fresh pairs, and both must give the same answer and leave the same lastIndex behind.
test('an rx() expression answers every operation as the RegExp it stands for', () => {
  type Op = (re: RegExp, s: string) => unknown;
  const rows: [label: string, source: string, flags: string, text: string, op: Op][] = [
    ['exec, groups', String.raw`(\d{1,4})-(\p{Lu}{2})/TW`, 'u', 'Quyết định 290-QĐ/TW', (re, s) => re.exec(s)],
    ['test', String.raw`(?<![\p{L}])khóa\s[IVX]+`, 'iu', 'KHÓA XIII', (re, s) => re.test(s)],
    ['exec twice, global: lastIndex carries', String.raw`\d+`, 'gu', 'a 12 b 345', (re, s) => [re.exec(s)?.[0], re.exec(s)?.[0], re.lastIndex]],
    ['sticky from a set lastIndex', String.raw`\p{Lu}\p{Ll}+`, 'uy', 'xx Đảng', (re, s) => ((re.lastIndex = 3), [re.exec(s)?.[0], re.lastIndex])],
    ['lastIndex before any use', String.raw`\p{L}`, 'gu', 'a', (re) => re.lastIndex],
    ['replace with a string', String.raw`\s{2,}`, 'gu', 'Nghị  quyết   số', (re, s) => s.replace(re, ' ')],
    ['replace with a function', String.raw`(\d+)/(\d+)`, 'u', 'ngày 25/2', (re, s) => s.replace(re, (_m, d: string, m: string) => `${m}.${d}`)],
    ['replaceAll', String.raw`đ`, 'giu', 'Đảng đoàn', (re, s) => s.replaceAll(re, 'd')],
    ['match, global', String.raw`\p{Lu}+`, 'gu', 'BCH TW và QH', (re, s) => s.match(re)],
    ['match, one', String.raw`(\p{Lu})\p{Ll}`, 'u', 'xx Tỉnh', (re, s) => s.match(re)],
    ['matchAll', String.raw`(\d)(\p{L})`, 'gu', '1a 2ư 3Đ', (re, s) => [...s.matchAll(re)].map((m) => [m.index, m[1], m[2]])],
    ['split', String.raw`[,;]\s?`, 'u', 'a, b;c', (re, s) => s.split(re)],
    ['search', String.raw`\p{N}`, 'u', 'số ②', (re, s) => s.search(re)],
    ['source and flags', String.raw`\p{Lu}`, 'giu', '', (re) => [re.source, re.flags, re.global, re.ignoreCase, re.sticky, re.multiline, re.unicode]],
    ['a RegExp made from it', String.raw`\p{Lu}\d`, 'u', 'xĐ7', (re, s) => new RegExp(re.source, re.flags + 'g').exec(s)?.[0]],
  ];
  for (const [label, source, flags, text, op] of rows) {
    const lazy = rx(source, flags);
    const eager = new RegExp(narrowed(source), flags);
    assert.ok(!((lazy as object) instanceof RegExp), 'rx() gives the stand-in, not a RegExp');
    assert.deepEqual(op(lazy, text), op(eager, text), label);
    assert.equal(lazy.lastIndex, eager.lastIndex, `${label}: lastIndex after`);
    assert.equal(String(lazy), String(eager), `${label}: as text`);
  }
  // rxNow builds at once: a RegExp.
  assert.ok(rxNow(String.raw`\p{L}`, 'u') instanceof RegExp);
});

test('a pattern the engine refuses fails at its first use, and buildDeclared finds it', () => {
  const bad = rx('(unclosed', 'u');
  assert.throws(() => bad.test('x'), SyntaxError);
  assert.throws(() => buildDeclared(), SyntaxError);
});
