// name-misspelt: the name of a body or an office the corpus knows, written with the right letters and a wrong mark —
// "Ủy ban Mặt trận Tố quốc Việt Nam" for "Tổ quốc" (forty-fourth session's probe 433), "Ban Chấp hành Trung uơng".
// A keystroke of the Telex or VNI input methods lands on the neighbour's tone or vowel mark, and a spell checker made for
// other languages says nothing. The names are the corpus's organisations and titles of three words or more: a longer name
// read again letter for letter, only its marks differing, is a slip; a two-word one may be other words ("bộ nội vụ").
//
// Tone-mark placement ("Ủy"/"Uỷ", "hòa"/"hoà") and case are not slips (tone-mark-style, title-capitalization). The fix is
// the corpus's spelling with the writer's case, safe: the letters and spaces stay as written.

import type { CorpusIndex } from '../corpus/corpus-index';
import type { Rule, RuleFinding } from './rule';
import { keyText, PhraseMatcher } from './util/text';
import { foldInPlace } from '../corpus/search-fold';
import { KIND_WORDS } from '../extract/patterns';
import { rx } from '../text/letters';

// A name of fewer words may be read as other words with other marks.
const MIN_WORDS = 3;
// A letter with a mark, or "đ".
const MARKED = /[^\u0000-\u007f]/u;

interface Names {
  /** Over the names folded (no marks, lower case, "đ" as "d"). */
  matcher: PhraseMatcher;
  /**
   * Folded name → the corpus's spellings, the first record's first: two names that fold alike (marks apart) are both
   * right, and a text writing either is not told.
   */
  spelling: Map<string, string[]>;
}

const cache = new WeakMap<CorpusIndex, Names>();

function namesOf(corpus: CorpusIndex): Names {
  let names = cache.get(corpus);
  if (names) return names;
  const spelling = new Map<string, string[]>();
  const add = (name: string) => {
    const written = name.normalize('NFC').replace(/\s+/gu, ' ').trim();
    if (written.split(' ').length < MIN_WORDS) return;
    const key = foldInPlace(written);
    const known = spelling.get(key);
    if (!known) spelling.set(key, [written]);
    else if (!known.includes(written)) known.push(written);
  };
  for (const e of corpus.organisations) add(e.record.name);
  for (const e of corpus.titles) for (const t of [e.record.canonical, ...(e.record.variants ?? [])]) add(t);
  names = { matcher: new PhraseMatcher([...spelling.keys()]), spelling };
  cache.set(corpus, names);
  return names;
}

/**
 * Whether the one word that differs is the first, before a name the corpus knows spelt right: "Hội trường Ban Tuyên giáo
 * và Dân vận Trung ương" is the hall of the commission, not its head ("Trưởng Ban …"), whose title folds the same (the
 * forty-fourth session's run over the sets).
 */
function wordBeforeName(written: string, spelling: string, known: ReadonlyMap<string, readonly string[]>): boolean {
  const words = written.split(/\s+/u);
  const right = spelling.split(' ');
  const differ = words.map((w, k) => keyText(w) !== keyText(right[k] ?? ''));
  if (!differ[0] || differ.indexOf(true, 1) >= 0) return false;
  const rest = right.slice(1).join(' ');
  return known.has(foldInPlace(rest));
}

/** The corpus's spelling, letter for letter, in the case the writer used (words keep their own spaces). */
function inWritersCase(written: string, spelling: string): string | null {
  const words = written.split(/(\s+)/u);
  const right = spelling.split(' ');
  let k = 0;
  let out = '';
  for (const w of words) {
    if (/^\s+$/u.test(w) || w === '') {
      out += w;
      continue;
    }
    const r = right[k++];
    if (r === undefined || r.length !== w.length) return null;
    for (let i = 0; i < w.length; i++) out += w[i] !== w[i]!.toLowerCase() ? r[i]!.toUpperCase() : r[i]!.toLowerCase();
  }
  return k === right.length ? out : null;
}

// A document's kind right before its number, a mark wrong: "Thông từ 71/2018/TT-BTC" (forty-sixth session's probe 444: only
// the number was read, and nothing said). Before a number the words can only be the kind, however short.
const KIND_BY_FOLDED: ReadonlyMap<string, string> = new Map(KIND_WORDS.map((k) => [foldInPlace(k), k]));
// Up to three words, "số" perhaps, then the number: the words are group 1.
const WORDS_BEFORE_NUMBER = rx(String.raw`(?<![\p{L}\p{M}])(\p{L}+(?:[ ]\p{L}+){0,2})[ ]{1,2}(?:số[ ]{1,2})?$`, 'u');

/** The last one, two or three of `words` that fold to a kind word, longest first, with that kind: the kind before a number. */
function kindsAtEnd(words: readonly string[]): { written: string; kind: string }[] {
  const out: { written: string; kind: string }[] = [];
  for (let n = Math.min(3, words.length); n >= 1; n--) {
    const written = words.slice(words.length - n).join(' ');
    const kind = KIND_BY_FOLDED.get(foldInPlace(written));
    if (kind) out.push({ written, kind });
  }
  return out;
}

/** The kind written with a wrong mark right before a citation read without its kind. */
function kindMisspelt(text: string, start: number): RuleFinding | null {
  const m = WORDS_BEFORE_NUMBER.exec(text.slice(Math.max(0, start - 40), start));
  if (!m) return null;
  const from = start - m[0].length;
  for (const { written, kind } of kindsAtEnd(m[1]!.split(' '))) {
    if (keyText(written) === keyText(kind) || !MARKED.test(written)) continue;
    const fixed = inWritersCase(written, kind);
    if (!fixed) return null;
    const at = from + m[1]!.length - written.length;
    const span = { start: at, end: at + written.length };
    return {
      span,
      message: {
        vi: `Viết sai dấu: "${written}" — tên loại văn bản đúng là "${fixed}".`,
        en: `Wrong diacritic: "${written}" should read "${fixed}", the document's kind.`,
      },
      fixes: [{ title: { vi: `Sửa thành "${fixed}"`, en: `Change to "${fixed}"` }, edits: [{ start: span.start, end: span.end, newText: fixed }], safe: true }],
    };
  }
  return null;
}

// "số" with a wrong mark or none between a kind and its number: "Chỉ thị so 41-CT/TW", "Nghị quyết sổ 03-NQ/TW" (forty-seventh
// session's probe 447; seven in the sets and the gazette). The reader takes the number alone then. Only where the kind is
// written with its marks: a text typed without any writes "so" throughout. Group 1: up to three words, group 2: the word.
const NUMBER_WORD_BEFORE = rx(String.raw`(?<![\p{L}\p{M}])(\p{L}+(?:[ ]\p{L}+){0,2})[ ]{1,2}([Ss](?:o|ô|ồ|ổ|ỗ|ộ))[ ]{1,2}$`, 'u');

/** The word "số" written wrong between a kind and the number at `start`, and where the words before it end. */
function numberWordMisspelt(text: string, start: number): { finding: RuleFinding; kindEnd: number } | null {
  const m = NUMBER_WORD_BEFORE.exec(text.slice(Math.max(0, start - 40), start));
  if (!m) return null;
  const kindEnd = start - m[0].length + m[1]!.length;
  if (!kindsAtEnd(m[1]!.split(' ')).some((k) => MARKED.test(k.written))) return null;
  const written = m[2]!;
  const fixed = written[0] === 'S' ? 'Số' : 'số';
  const at = start - m[0].length + m[0].lastIndexOf(written);
  const span = { start: at, end: at + written.length };
  return {
    kindEnd,
    finding: {
      span,
      message: { vi: `Viết sai dấu: "${written}" — trước số hiệu văn bản là "${fixed}".`, en: `Wrong diacritic: "${written}" before the document's number should read "${fixed}".` },
      fixes: [{ title: { vi: `Sửa thành "${fixed}"`, en: `Change to "${fixed}"` }, edits: [{ start: span.start, end: span.end, newText: fixed }], safe: true }],
    },
  };
}

export const rule: Rule = {
  code: 'name-misspelt',
  defaultSeverity: 'warning',
  description: { vi: 'Tên cơ quan, chức danh, loại văn bản viết sai dấu', en: 'Name of a body, an office or a document kind with a wrong diacritic' },
  run(ctx) {
    const out: RuleFinding[] = [];
    for (const c of ctx.reading.citations) {
      if (c.kindWritten || !c.idSpan) continue;
      const word = numberWordMisspelt(ctx.text, c.idSpan.start);
      if (word) out.push(word.finding);
      const found = kindMisspelt(ctx.text, word ? word.kindEnd + 1 : c.idSpan.start);
      if (found) out.push(found);
    }
    const names = namesOf(ctx.corpus);
    if (names.matcher.size === 0) return out;
    const nt = ctx.reading.nt;
    const t = nt.text;
    names.matcher.scan(foldInPlace(t), (index, end, phrase) => {
      const spellings = names.spelling.get(phrase)!;
      const written = t.slice(index, end);
      const key = keyText(written.replace(/\s+/gu, ' '));
      if (spellings.some((x) => keyText(x) === key)) return;
      const spelling = spellings[0]!;
      // Written with no mark at all ("Mat tran To quoc", a file's name, a text typed without them): not a slip of one key.
      if (!MARKED.test(written)) return;
      if (wordBeforeName(written, spelling, names.spelling)) return;
      const fixed = inWritersCase(written, spelling);
      if (!fixed) return;
      const span = { start: nt.toOriginal(index), end: nt.toOriginal(end) };
      out.push({
        span,
        message: {
          vi: `Viết sai dấu: "${written}" — tên đúng là "${fixed}".`,
          en: `Wrong diacritic: "${written}" should read "${fixed}".`,
        },
        fixes: [{ title: { vi: `Sửa thành "${fixed}"`, en: `Change to "${fixed}"` }, edits: [{ start: span.start, end: span.end, newText: fixed }], safe: true }],
      });
    });
    return out;
  },
};
