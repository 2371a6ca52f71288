// The reader never throws and never hangs: hostile input finishes in time linear in its length.
// Linearity is a correctness property, tested as a ratio within one run (4× the input may take
// at most 12× the time), so a slow or busy machine does not fail it but a quadratic path does.

import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { readStrict } from '../../../server/src/core/extract/reading';
import { ROOT } from '../../helpers/corpus';
import { seeded } from '../../helpers/random';


/** Random UTF-16 code units, with lone surrogates, combining marks and separators on purpose. */
function randomText(n: number, seed: number): string {
  const rnd = seeded(seed);
  const special = ['\u0301', '\u0323', '\ud800', '\udc00', '\r', '\n', '/', '-', '.', ' ', 'số', 'khóa ', 'ngày ', 'Nghị quyết ', 'Luật ', '\u00a0', '\ufeff', '“'];
  const out: string[] = [];
  let len = 0;
  while (len < n) {
    const r = rnd();
    const piece = r < 0.3 ? special[Math.floor(rnd() * special.length)]! : r < 0.6 ? String.fromCharCode(48 + Math.floor(rnd() * 10)) : String.fromCharCode(Math.floor(rnd() * 0xffff));
    out.push(piece);
    len += piece.length;
  }
  return out.join('');
}

const PARAGRAPH =
  'Thực hiện Quyết định số 290-QĐ/TW ngày 25/2/2010 của Bộ Chính trị khoá X về Quy chế công tác dân vận; Quyết định số 217-QĐ/TW, 218-QĐ/TW ngày 12/12/2013 của Bộ Chính trị; các Quyết định 217 và 218; Nghị quyết Hội nghị Trung ương 4 (khóa XI); Luật số 32/2013/QH13, Luật số 46/2014/QH13 và Luật số 97/2015/QH13. Ngày 16/6, từ ngày 1/10/2023 đến ngày 15/10/2023.\n';

/** Hostile inputs by size: each returns a text of about n characters. */
const HOSTILE: Record<string, (n: number) => string> = {
  'report paragraph repeated': (n) => PARAGRAPH.repeat(Math.ceil(n / PARAGRAPH.length)),
  '1-1-1-…': (n) => '1-'.repeat(n / 2),
  '1/1/1/…': (n) => '1/'.repeat(n / 2),
  'digits and dots': (n) => '12.'.repeat(n / 3),
  'random code units': (n) => randomText(n, 42),
  'one long line of spaces': (n) => ' '.repeat(n) + 'x',
  'lines of spaces': (n) => (' '.repeat(250) + '\n').repeat(Math.ceil(n / 251)),
  'combining marks without end': (n) => 'a' + '\u0301\u0323\u0300\u031b'.repeat(n / 4),
  'kind words without numbers': (n) => 'Nghị quyết Luật Quyết định số '.repeat(Math.ceil(n / 30)),
  '"Luật" before a far number': (n) => 'Luật '.repeat(n / 5) + 'số 1/2020/QH14',
  'a list without end': (n) => 'Quyết định 1' + ', 2'.repeat(n / 3),
  'ids without end': (n) => '25-NQ/TW, '.repeat(n / 10),
  'ids without commas': (n) => 'Quyết định số 1-QĐ/TW ngày '.repeat(Math.ceil(n / 27)),
  'one line of citations': (n) => 'Quyết định 217 của Bộ Chính trị khóa XI về việc '.repeat(Math.ceil(n / 50)),
  'ngày without dates': (n) => 'ngày ngày 1/ '.repeat(n / 13),
  'khóa without end': (n) => 'khóa khoá XI '.repeat(n / 13),
  'running heads': (n) => 'của\nCÔNG BÁO/Số 1 + 2/Ngày 01-11-2023\n4\n'.repeat(Math.ceil(n / 40)),
  'CR only': (n) => '\r'.repeat(n),
  'parentheses and quotes': (n) => '(("'.repeat(n / 3),
  'header lines': (n) => ('ĐẢNG BỘ TỈNH ' + 'A'.repeat(100) + '\nSố 1-BC/X\n').repeat(Math.ceil(n / 125)),
};

/** CPU milliseconds of this process: time spent waiting for a core on a busy machine does not count. */
function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

/** The least CPU time of five reads of each text, the two read in turn (a burst of load hits both). */
function timeReads(small: string, large: string): [number, number] {
  let a = Infinity;
  let b = Infinity;
  for (let k = 0; k < 5; k++) {
    let t0 = cpuMs();
    readStrict(small);
    a = Math.min(a, cpuMs() - t0);
    t0 = cpuMs();
    readStrict(large);
    b = Math.min(b, cpuMs() - t0);
  }
  return [a, b];
}

for (const [name, make] of Object.entries(HOSTILE)) {
  test(`hostile input is read in linear time: ${name}`, () => {
    const n = 60_000;
    const small = make(n);
    const large = make(4 * n);
    readStrict(small); // warm up the regular expressions
    const [a, b] = timeReads(small, large);
    // Below a millisecond the ratio is noise; the large input must still be fast.
    const ratio = b / Math.max(a, 1);
    assert.ok(ratio < 12, `${name}: ${a.toFixed(1)} ms for ${small.length} chars, ${b.toFixed(1)} ms for ${large.length} chars (×${ratio.toFixed(1)})`);
  });
}

test('a 6 MB paste is read without error, in time linear in its length', () => {
  const big = PARAGRAPH.repeat(Math.ceil(6_000_000 / PARAGRAPH.length));
  const quarter = big.slice(0, big.length / 4);
  readStrict(quarter);
  let a = Infinity;
  for (let k = 0; k < 3; k++) {
    const t0 = cpuMs();
    readStrict(quarter);
    a = Math.min(a, cpuMs() - t0);
  }
  const t0 = cpuMs();
  const r = readStrict(big);
  const b = cpuMs() - t0;
  assert.ok(r.citations.length > 100_000);
  assert.ok(b / Math.max(a, 1) < 12, `${a.toFixed(0)} ms for 1.5 MB, ${b.toFixed(0)} ms for 6 MB`);
});

test('twenty thousand "1-" in a row, random bytes and odd code units: nothing throws', () => {
  readStrict('1-'.repeat(20_000));
  for (let seed = 1; seed <= 20; seed++) readStrict(randomText(5_000, seed));
  for (const odd of ['', '\ud800', '\udc00', '\u0301', '\r', '\n', 'số', '/', 'Nghị quyết', 'khóa', '1/', '25-', 'Luật số', 'ngày 1/', 'từ 1/1 đến']) readStrict(odd);
});

// No regular expression of the reader applies an unbounded quantifier to a group with a
// quantifier inside, or any quantifier to a group with an unbounded one inside.
function nestedQuantifiers(source: string): string | null {
  const stack: { quantified: boolean; unbounded: boolean }[] = [{ quantified: false, unbounded: false }];
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') {
      i++;
      continue;
    }
    if (c === '[') {
      // Skip a class.
      for (i++; i < source.length && source[i] !== ']'; i++) if (source[i] === '\\') i++;
      continue;
    }
    if (c === '$' && source[i + 1] === '{') {
      // An interpolated piece: opaque, but counts as quantified inside.
      let depth = 0;
      for (; i < source.length; i++) {
        if (source[i] === '{') depth++;
        else if (source[i] === '}' && --depth === 0) break;
      }
      stack[stack.length - 1]!.quantified = true;
      continue;
    }
    if (c === '(') {
      stack.push({ quantified: false, unbounded: false });
      continue;
    }
    const quant = /^(?:[*+]|\{\d+,\d*\}|\{\d+\})/.exec(source.slice(i))?.[0];
    if (c === ')' && stack.length > 1) {
      const inner = stack.pop()!;
      const after = /^(?:[*+]|\{\d+,\d*\}|\{\d+\}|\?)/.exec(source.slice(i + 1))?.[0];
      if (after && after !== '?') {
        const unbounded = after === '*' || after === '+' || /^\{\d+,\}$/.test(after);
        const repeats = unbounded || !/^\{(\d+)(?:,\1)?\}$|^\{[01],1\}$|^\{0,1\}$/.test(after);
        if (unbounded && inner.quantified) return source.slice(Math.max(0, i - 40), i + 1 + after.length);
        if (repeats && inner.unbounded) return source.slice(Math.max(0, i - 40), i + 1 + after.length);
        stack[stack.length - 1]!.quantified = true;
        if (unbounded) stack[stack.length - 1]!.unbounded = true;
      }
      if (inner.quantified) stack[stack.length - 1]!.quantified = true;
      if (inner.unbounded) stack[stack.length - 1]!.unbounded = true;
      continue;
    }
    if (quant) {
      const top = stack[stack.length - 1]!;
      top.quantified = true;
      if (quant === '*' || quant === '+' || /^\{\d+,\}$/.test(quant)) top.unbounded = true;
      i += quant.length - 1;
    }
  }
  return null;
}

/** Regular-expression sources in a TypeScript file: literals and String.raw templates. */
function regexSources(src: string): string[] {
  const out: string[] = [];
  for (const m of src.matchAll(/String\.raw`((?:[^`\\]|\\.)*)`/g)) out.push(m[1]!);
  // A literal starts after an operator or bracket; it ends at an unescaped "/" outside a class.
  const re = /(?<=[=(,:!&|?{};]\s*|\breturn\s+)\/(?![/*])((?:\\.|\[(?:\\.|[^\]\\\n])*\]|[^/\\\n[])+)\/[dgimsuvy]*/g;
  for (const m of src.matchAll(re)) out.push(m[1]!);
  return out;
}

test('no regular expression of the reader nests quantifiers', () => {
  const dirs = ['server/src/core/extract', 'server/src/core/extract/citations', 'server/src/core/text'];
  let count = 0;
  for (const dir of dirs) {
    for (const f of readdirSync(path.join(ROOT, dir)).filter((x) => x.endsWith('.ts'))) {
      const src = readFileSync(path.join(ROOT, dir, f), 'utf8');
      for (const r of regexSources(src)) {
        count++;
        const bad = nestedQuantifiers(r);
        assert.equal(bad, null, `${dir}/${f}: nested quantifier near ${bad}`);
      }
    }
  }
  assert.ok(count > 50, `found ${count} regular expressions`);
  // The check itself can fail.
  assert.notEqual(nestedQuantifiers(String.raw`(?:\s+[a-z])+`), null);
  assert.notEqual(nestedQuantifiers(String.raw`(a{1,5})+`), null);
  assert.notEqual(nestedQuantifiers(String.raw`(?:x+){2,4}`), null);
  assert.equal(nestedQuantifiers(String.raw`(?:\s{1,2}[a-z]{1,20}){1,14}`), null);
});
