// tone-mark-style: the two customs of placing the tone mark on "oa", "oe", "uy" at the end of a
// syllable — on the first vowel ("khóa", "hóa", "ủy", "thủy") or on the second ("khoá", "hoá",
// "uỷ", "thuỷ") — mixed in one text. Both are correct Vietnamese; the rule asks for one of them.
//
// The style to follow is the configured one (options.toneMarkStyle "first" or "second"), else the
// one the text uses most ("majority"; on a tie, the one it uses first). Messages never call either
// style old or new (conventions §6.1): they say on which vowel the mark sits.
//
// Only whole syllables count: the pair must end the syllable ("hoàn", "khuya" are not in scope)
// and "qu" is a consonant ("quý", "quỳ" keep the mark on "y" in both customs). Quoted text keeps
// its source's spelling and is neither counted nor flagged. The fix moves the mark and keeps the
// letter case ("UỶ" → "ỦY").

import type { Span, TextEdit } from '../types';
import type { CollectingRule, RuleFinding } from './rule';
import { insideAny, insideSorted, likeOriginal, moveMark, quotedSpans } from './util/text';
import { hasClass, IS_LETTER, IS_MARK, IS_UPPER, rx } from '../text/letters';

// Mark on the second vowel / on the first vowel, at the end of a syllable, not after "q".
const SECOND = rx(String.raw`(?<![qQ])([oO][àáảãạÀÁẢÃẠèéẻẽẹÈÉẺẼẸ]|[uU][ỳýỷỹỵỲÝỶỸỴ])(?![\p{L}\p{M}])`, 'gu');
const FIRST = rx(String.raw`(?<![qQ])([òóỏõọÒÓỎÕỌ][aAeE]|[ùúủũụÙÚỦŨỤ][yY])(?![\p{L}\p{M}])`, 'gu');

type Style = 'first' | 'second';

// A capitalised word beside another capitalised word (not a numeral or initials: "Khóa XIII") is part of a name ("Thanh Hóa", "Hòa Bình", "Khánh Hoà"): a place or a
// person keeps the spelling its name is written with, and is neither counted nor flagged (three hundred and sixtieth outside
// probe: "Thanh Hóa" was to become "Thanh Hoá" because the text wrote "khoá" twice). Not "Ủy"/"Uỷ", a title's word
// ("Tỉnh Ủy", "Ủy Ban") whose capitals are the capitalisation rule's business.
const NEIGHBOUR_BEFORE = rx(String.raw`(?<![\p{L}\p{M}])\p{Lu}\p{Ll}[\p{L}\p{M}]{0,7}[ ]$`, 'u');
const NEIGHBOUR_AFTER = rx(String.raw`^[ ]\p{Lu}\p{Ll}`, 'u');
function inProperName(t: string, ws: number, we: number, word: string): boolean {
  if (!hasClass(t.charCodeAt(ws), IS_UPPER) || /^(?:ủy|uỷ)$/iu.test(word)) return false;
  return NEIGHBOUR_BEFORE.test(t.slice(Math.max(0, ws - 11), ws)) || NEIGHBOUR_AFTER.test(t.slice(we, we + 3));
}

const NAME: Record<Style, { vi: string; en: string }> = {
  first: { vi: 'nguyên âm thứ nhất', en: 'the first vowel' },
  second: { vi: 'nguyên âm thứ hai', en: 'the second vowel' },
};

/** A syllable with its mark on one vowel, and how it reads with the mark on the other. */
interface Syllable {
  style: Style;
  /** The whole word, in the block's original offsets. */
  span: Span;
  word: string;
  fixedWord: string;
  edit: TextEdit;
}

export const rule: CollectingRule<Syllable[]> = {
  code: 'tone-mark-style',
  scope: 'collect',
  defaultSeverity: 'hint',
  description: { vi: 'Cách đặt dấu thanh (oa, oe, uy) không thống nhất', en: 'Tone-mark placement (oa, oe, uy) not consistent' },
  collect(ctx) {
    const nt = ctx.reading.nt;
    const t = nt.text;
    const quotes = quotedSpans(t);
    const found: { style: Style; start: number; end: number }[] = [];
    for (const [style, re] of [['first', FIRST], ['second', SECOND]] as const)
      for (const m of t.matchAll(re)) {
        const s = m.index!;
        if (insideSorted(quotes, s, s + 2)) continue;
        if (insideAny(ctx.reading.quiet, nt.toOriginal(s), nt.toOriginal(s + 2))) continue;
        found.push({ style, start: s, end: s + 2 });
      }
    found.sort((a, b) => a.start - b.start);
    const out: Syllable[] = [];
    for (const f of found) {
      // The whole word, for the message and the squiggle.
      let ws = f.start;
      while (ws > 0 && f.start - ws < 30 && hasClass(t.charCodeAt(ws - 1), IS_LETTER | IS_MARK)) ws--;
      const word = t.slice(ws, f.end);
      if (inProperName(t, ws, f.end, word)) continue;
      const moved = moveMark(t.slice(f.start, f.end), f.style === 'first' ? 'second' : 'first');
      const ps = nt.toOriginal(f.start);
      const pe = nt.toOriginal(f.end);
      out.push({
        style: f.style,
        span: { start: nt.toOriginal(ws), end: pe },
        word,
        fixedWord: word.slice(0, f.start - ws) + moved,
        edit: { start: ps, end: pe, newText: likeOriginal(ctx.text.slice(ps, pe), moved) },
      });
    }
    return out;
  },
  judge(parts, doc) {
    const count = { first: 0, second: 0 };
    let firstStyle: Style | null = null;
    for (const p of parts)
      for (const f of p.facts) {
        count[f.style]++;
        firstStyle ??= f.style;
      }
    if (firstStyle === null) return [];
    const configured = doc.options.toneMarkStyle;
    let target: Style;
    if (configured === 'first' || configured === 'second') target = configured;
    else {
      if (count.first === 0 || count.second === 0) return [];
      target = count.first > count.second ? 'first' : count.second > count.first ? 'second' : firstStyle;
    }
    const other: Style = target === 'first' ? 'second' : 'first';
    const why =
      configured === target
        ? { vi: 'theo cấu hình (toneMarkStyle)', en: 'as configured (toneMarkStyle)' }
        : count[target] === count[other]
          ? { vi: `như chữ đầu tiên trong văn bản (hai cách đặt dấu đều ${count[target]} chữ)`, en: `as the text's first such word (both placements occur ${count[target]} times)` }
          : { vi: `như phần lớn văn bản (${count[target]} so với ${count[other]} chữ)`, en: `as most of the text does (${count[target]} words against ${count[other]})` };
    const out: RuleFinding[] = [];
    for (const { offset, facts } of parts)
      for (const f of facts) {
        if (f.style === target) continue;
        out.push({
          span: { start: f.span.start + offset, end: f.span.end + offset },
          message: {
            vi: `"${f.word}" đặt dấu thanh trên ${NAME[f.style].vi}; văn bản nên thống nhất đặt trên ${NAME[target].vi} ("${f.fixedWord}") ${why.vi}.`,
            en: `"${f.word}" carries the tone mark on ${NAME[f.style].en}; the text should keep it on ${NAME[target].en} ("${f.fixedWord}") ${why.en}.`,
          },
          fixes: [
            {
              title: { vi: `Viết "${f.fixedWord}"`, en: `Write "${f.fixedWord}"` },
              edits: [{ start: f.edit.start + offset, end: f.edit.end + offset, newText: f.edit.newText }],
              safe: true,
              preferred: true,
            },
          ],
        });
      }
    return out;
  },
};
