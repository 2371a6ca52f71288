// The short name a text gives a document in parentheses ("(sau đây gọi tắt là Nghị quyết số 02)") is no citation of
// its own. Two cases:
// - it follows a citation vanban read ("Nghị quyết số 02-NQ/TW (sau đây gọi tắt là Nghị quyết số 02), ngày
//   12/06/2021"): read as one, it cut the first off from its date (sixty-first outside probe);
// - it follows a document vanban did not read ("Nghị quyết Đại hội đại biểu toàn quốc Hội Nông dân Việt Nam lần thứ
//   VIII, nhiệm kỳ 2023-2028 (sau đây gọi là Nghị quyết Đại hội VIII)"): the short name, and every later use of it in
//   the text, name that document, never one the corpus holds under the same words (the Party's 8th congress; probe 121).

import { KIND_WORDS } from '../patterns';
import { rx } from '../../text/letters';
import { LIST_JOIN_GAP } from './text';
import type { Draft } from './types';

const SHORT_NAME_OPEN = /^\s{0,2}\((?:sau\s{1,2}đây\s{1,2})?(?:được\s{1,2})?(?:gọi|viết)\s{1,2}(?:tắt\s{1,2})?(?:là\s{1,2})?$/iu;
const NEAR = 40;
// How far back the defined document's name may begin: its clause, after the last parenthesis, semicolon or line.
const CLAUSE_BACK = 300;
const CLAUSE_START = /[();\n][^();\n]*$/u;
const NAMES_DOCUMENT = rx(String.raw`(?:^|[^\p{L}])(?:${KIND_WORDS.join('|')})(?![\p{L}])`, 'iu');
const BLANKS = /\s+/gu;

function nameKey(t: string, d: Draft): string {
  return t.slice(d.start, d.end).replace(BLANKS, ' ').toLowerCase();
}

/**
 * The short name in bare parentheses, the kind and number alone: "Nghị quyết số 18-NQ/TW … khóa XIII (Nghị quyết 18) về
 * …" (hundred-and-eighty-sixth outside probe: read as a citation of its own, it took the subject that follows).
 */
function bareShortName(t: string, prev: Draft, d: Draft): boolean {
  return (
    d.style === 'number-only' &&
    prev.style !== 'number-only' &&
    d.number !== null &&
    prev.number === d.number &&
    !!d.kind &&
    d.kind === prev.kind &&
    BARE_OPEN.test(t.slice(prev.end, d.start)) &&
    BARE_CLOSE.test(t.slice(d.end, d.end + 3))
  );
}
// Between the document and the parenthesis: its own words (plenum, term), on one line, nothing bracketed.
const BARE_OPEN = /^[^()\n;]{0,120}\($/u;
const BARE_CLOSE = /^\s{0,2}\)/u;

// Between a document and the parenthesis that names it shortly, its date, issuer and subject: one clause, nothing bracketed.
const TAIL_BEFORE_OPEN = /^[^()\n;]{0,300}$/u;

/**
 * Whether `d` opens a parenthesis that gives `prev` its short name: right after it ("Nghị quyết số 02-NQ/TW (sau đây gọi
 * tắt là Nghị quyết số 02)"), or after its date, issuer and subject in the same clause ("Nghị quyết số 36-NQ/TW, ngày
 * 26.3.2004 của Bộ Chính trị khoá IX về công tác đối với người Việt Nam ở nước ngoài (sau đây gọi tắt là Nghị quyết 36 và
 * Chỉ thị 45)"; three hundred and sixty-first outside probe: the short name was asked to be a full first citation).
 */
function shortNameAfter(t: string, prev: Draft, d: Draft): boolean {
  const gap = t.slice(prev.end, d.start);
  const open = gap.lastIndexOf('(');
  if (open < 0 || !SHORT_NAME_OPEN.test(gap.slice(open))) return false;
  // Past the old bound only a short form, a kind and number or a name: a whole id restated there ("(gọi tắt là Nghị quyết
  // số 35/NQ- CP)") stays a citation, and citation-format still tells its spacing.
  return gap.length <= NEAR || ((d.style === 'number-only' || d.style === 'named') && TAIL_BEFORE_OPEN.test(gap.slice(0, open)));
}

export function withoutShortNames(drafts: Draft[], t: string): Draft[] {
  const named = t.includes('gọi') || t.includes('viết');
  if (!named && !t.includes(')')) return drafts;
  const drop = new Set<number>();
  const unreadNames = new Set<string>();
  for (let i = 1; i < drafts.length; i++) {
    const d = drafts[i]!;
    const prev = drafts[i - 1]!;
    if (bareShortName(t, prev, d)) {
      drop.add(i);
      continue;
    }
    if (!named) continue;
    if (shortNameAfter(t, prev, d) || (drop.has(i - 1) && d.style === 'number-only' && LIST_JOIN_GAP.test(t.slice(prev.end, d.start)))) {
      drop.add(i);
      // A law's short name names the document before it (or the amending law whose title ends with it: amendingIdTitles).
      if (d.style === 'named' && d.named?.kind === 'law' && d.kind && d.name) prev.shortName = { kind: d.kind, name: t.slice(d.name.start, d.name.end).replace(BLANKS, ' '), year: d.named.year ?? null };
      continue;
    }
    if (d.style !== 'named') continue;
    const opener = t.slice(Math.max(0, d.start - NEAR), d.start);
    const open = opener.lastIndexOf('(');
    if (open < 0 || !SHORT_NAME_OPEN.test(opener.slice(open))) continue;
    // The clause before the parenthesis names a document that no draft stands for.
    const openAt = d.start - (opener.length - open);
    const back = t.slice(Math.max(0, openAt - CLAUSE_BACK), openAt);
    const clause = CLAUSE_START.exec(back);
    const from = openAt - (clause ? clause[0].length - 1 : back.length);
    if (prev.start < from && NAMES_DOCUMENT.test(t.slice(from, openAt))) unreadNames.add(nameKey(t, d));
  }
  if (unreadNames.size > 0) drafts.forEach((d, i) => d.style === 'named' && unreadNames.has(nameKey(t, d)) && drop.add(i));
  return drop.size === 0 ? drafts : drafts.filter((_, i) => !drop.has(i));
}
