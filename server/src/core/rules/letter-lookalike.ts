// letter-lookalike: a letter that looks like a Vietnamese one and is another character — the Latin "oi" (ƣ, Ƣ) for
// "ư", the Icelandic eth (Ð, ð) for "Đ", "đ", a Cyrillic "С" or a Greek "Χ" for "C" or "X" in a symbol. Text copied out of PDF files set in old Vietnamese fonts carries "ƣ"
// for every "ư" ("Luật Thi đua, khen thƣởng", "Ban Chấp hành Trung ƣơng"; outside probes 90, 113, 138); some Party
// sites type "Ð". The reader folds them (text/normalize.ts), so citations and dates still count; but the printed
// report shows the odd letter in most fonts, and a search for "thưởng" misses "thƣởng".
//
// One finding a word, with the word as it should read; each fix is safe, so "Sửa tất cả" mends the whole text.

import { hasClass, IS_LETTER, IS_MARK } from '../text/letters';
import { CYRILLIC_AS_LATIN, LOOKALIKE_LETTERS } from '../text/normalize';
import type { BlockRule, RuleFinding } from './rule';

/** Each lookalike the reader folds, the letter it stands for, and its code point (the message names it). */
const LOOKALIKE: Record<string, { letter: string; code: string }> = Object.fromEntries(
  Object.entries(LOOKALIKE_LETTERS).map(([ch, letter]) => [ch, { letter, code: `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}` }]),
);
const ANY = new RegExp(`[${Object.keys(LOOKALIKE_LETTERS).join('')}]`, 'gu');
const COMBINING = /[\u0300-\u036f]/u;
// A word all of one of these scripts is a word of its language; each lookalike is of one script.
const ONE_SCRIPT = [/^[\u0400-\u04ff]+$/u, /^[\u0370-\u03ff]+$/u];

// A word longer than this is no word (a run of letters in a table's garbage): the finding is the letter alone.
const WORD_REACH = 30;

const SYMBOL_JOIN = /[-/]/u;
const LATIN_OR_DIGIT = /[A-Za-z0-9\u0110\u0111]/u;

/** Whether the word at start..end is joined by "-" or "/" to a Latin letter or a digit: a part of a document's symbol. */
function inSymbol(t: string, start: number, end: number): boolean {
  return (start >= 2 && SYMBOL_JOIN.test(t[start - 1]!) && LATIN_OR_DIGIT.test(t[start - 2]!)) || (end + 1 < t.length && SYMBOL_JOIN.test(t[end]!) && LATIN_OR_DIGIT.test(t[end + 1]!));
}

export const rule: BlockRule = {
  code: 'letter-lookalike',
  defaultSeverity: 'hint',
  description: { vi: 'Chữ trông giống chữ Việt nhưng là ký tự khác (ƣ thay cho ư)', en: 'A letter that looks Vietnamese but is another character (ƣ for ư)' },
  run(ctx) {
    const t = ctx.text;
    const out: RuleFinding[] = [];
    let after = 0;
    for (const m of t.matchAll(ANY)) {
      const at = m.index!;
      // A word with several ("Nƣớc ngƣời" is two words; "Ƣƣ" one): its first one speaks for all.
      if (at < after) continue;
      let start = at;
      while (start > 0 && at - start < WORD_REACH && hasClass(t.charCodeAt(start - 1), IS_LETTER | IS_MARK)) start--;
      let end = at + 1;
      while (end < t.length && end - at < WORD_REACH && hasClass(t.charCodeAt(end), IS_LETTER | IS_MARK)) end++;
      after = end;
      const word = t.slice(start, end);
      // Cyrillic and Greek lookalikes only among other letters: a word all Cyrillic is Russian ("Москва"), all Greek Greek,
      // not a slip — unless it is part of a document's symbol, joined to Latin letters or digits by "-" or "/", and made of
      // lookalikes only ("Nghị định 126/2024/NĐ-СР", forty-eighth session's probe 455: read as NĐ-CP and said nothing of).
      if (ONE_SCRIPT.some((x) => x.test(word)) && !(inSymbol(t, start, end) && [...word].every((ch) => LOOKALIKE[ch]))) continue;
      const edits: { start: number; end: number; newText: string }[] = [];
      const names = new Set<string>();
      // A decomposed word (NFD) gets its letter decomposed too: "ư" as "u" and the horn.
      const decomposed = COMBINING.test(word);
      let fixed = '';
      for (let k = 0; k < word.length; k++) {
        const l = LOOKALIKE[word[k]!];
        if (l) {
          edits.push({ start: start + k, end: start + k + 1, newText: decomposed ? l.letter.normalize('NFD') : l.letter });
          names.add(`"${word[k]}" (${l.code}) → "${l.letter}"`);
        }
        fixed += l ? l.letter : word[k];
      }
      fixed = fixed.normalize('NFC');
      const what = [...names].join(', ');
      out.push({
        span: { start, end },
        message: {
          vi: `"${word}" có chữ không phải chữ tiếng Việt: ${what}, thường do chép từ tệp PDF; nên viết "${fixed}".`,
          en: `"${word}" has a letter that is not the Vietnamese one: ${what}, usually from a copy out of a PDF file; write "${fixed}".`,
        },
        fixes: [{ title: { vi: `Viết "${fixed}"`, en: `Write "${fixed}"` }, edits, safe: true, preferred: true }],
      });
    }
    return out;
  },
};
