import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { heads, startsAHead, windowAt } from '../../../server/src/core/extract/heads';
import { HEAD_LENGTH, ISSUER_HEADS } from '../../../server/src/core/extract/citations/issuer-heads';
import { setOneByOne } from '../../../server/src/core/extract/citations/tails';
import { read } from '../../../server/src/core/extract/reading';
import { issuerHeadsTable } from '../../../scripts/gen-issuer-heads';

function check(length: number, table: [string, string[] | null][]): void {
  for (const [src, want] of table) assert.deepEqual(heads(src, length), want, src);
}

test('how a pattern can start, up to a length, white space as one space; null for "anything"', () => {
  const S = String.raw`(?:[ ]{1,2}|[ ]?\n[ ]?)`;
  check(12, [
    [`Bộ${S}[cC]hính${S}[tT]rị|BCT`, ['BCT', 'Bộ Chính Trị', 'Bộ Chính trị', 'Bộ chính Trị', 'Bộ chính trị']],
    // Cut at the length asked; an optional start both ways.
    [`(?:Ban${S}Thường${S}vụ|BTV)${S}Tỉnh`, ['BTV Tỉnh', 'Ban Thường v']],
    [`(?:Giám${S}đốc${S})?Sở${S}Nội${S}vụ`, ['Giám đốc Sở ', 'Sở Nội vụ']],
    // White space in any form is one space; a look-around and a boundary consume nothing.
    [String.raw`Quốc\s{1,2}hội(?![\p{L}])`, ['Quốc hội']],
    [String.raw`a\s*b`, ['a b', 'ab']],
    [String.raw`(?<![\p{L}])Ban\bX`, ['BanX']],
    // A repeated atom: its first copy, then anything.
    ['x(?:ab){2,3}y', ['xab']],
    ['(?:x|)y', ['xy', 'y']],
    // Escapes of characters, and of code points.
    [String.raw`T\.[ ]?Ư`, ['T. Ư', 'T.Ư']],
    [String.raw`\u0110ảng`, ['Đảng']],
    // What cannot be read exactly ends the head there.
    [String.raw`Ban${S}\p{Lu}x`, ['Ban ']],
    ['Ban [A-Z]x', ['Ban ']],
    ['Ban .x', ['Ban ']],
    // … and at the start, any text may begin a match.
    [String.raw`\p{Lu}x`, null],
    ['[^a]b', null],
    ['a?', null],
  ]);
  // The text side: runs of white space as one space.
  assert.equal(windowAt('của  Ban\n Thường vụ', 5, 8), 'Ban Thườ');
  assert.ok(startsAHead('Ban Thườ', ['BTV', 'Ban Th']));
  assert.ok(!startsAHead('Ban Chấp', ['BTV', 'Ban Th']));
  assert.ok(startsAHead('anything', null));
});

test('the issuers\' heads table is the patterns\' own (regenerate with scripts/gen-issuer-heads.ts)', () => {
  assert.deepEqual(ISSUER_HEADS, issuerHeadsTable(HEAD_LENGTH));
  // Every issuer can be told by its heads: none starts with anything.
  assert.deepEqual(ISSUER_HEADS.flatMap((h, k) => (h === null ? [k] : [])), []);
});

/** The real texts of test/realdata, in path order. */
function realTexts(): string[] {
  const root = path.resolve(__dirname, '../../realdata');
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const f of readdirSync(d).sort()) {
      const p = path.join(d, f);
      if (statSync(p).isDirectory()) walk(p);
      else if (f.endsWith('.txt')) out.push(readFileSync(p, 'utf8'));
    }
  };
  walk(root);
  return out;
}

test('issuers tried one at a time read what the compiled alternation reads, on every real text kept here', () => {
  const texts = realTexts();
  assert.ok(texts.length > 1000, `${texts.length} texts`);
  const issuers = (oneByOne: number) => {
    setOneByOne(oneByOne);
    return texts.map((t) => read(t).citations.map((c) => (c.issuer ? `${c.issuer.span.start}:${c.issuer.name}:${c.issuer.written}` : "-")).join('|'));
  };
  try {
    const one = issuers(Infinity);
    const all = issuers(0);
    const differ = one.flatMap((x, k) => (x === all[k] ? [] : [k]));
    assert.deepEqual(differ, []);
    // Not a vacuous comparison: the texts name issuers.
    assert.ok(all.join('|').split(':').length > 5000);
  } finally {
    setOneByOne(48);
  }
});
