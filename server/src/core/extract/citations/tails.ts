// Stage 4: the parts after a citation (date, issuer, term, subject), tried in a loop at the
// current position, and the scope of a term the citation carries.

import type { FoundDate } from '../dates';
import { CENTRAL_PARTY_BODIES, CONGRESS_ORDINAL, COUNTRY_NAME, ISSUER_PLACE_TAIL, ISSUERS, KIND_ALTERNATION, KIND_WORDS, MINISTRIES, MINISTRY_ALT, MINISTRY_INITIALS, NA_ISSUER_CODE, PARTY_ISSUER_CODE } from '../patterns';
import type { FoundTerm } from '../terms';
import * as textHelpers from './text';
import { firstChars } from '../first-chars';
import { startsAHead, windowAt } from '../heads';
import { HEAD_LENGTH, ISSUER_HEADS } from './issuer-heads';
import type { Draft } from './types';
import { hasClass, IS_LOWER, rx, rxNow } from '../../text/letters';
import { fold } from '../../text/normalize';

// Helpers bound once: run through tsx (tests, benches), each call through an import is a getter call.
const { isDigit, isHeadingLine, isLetterOrDigit, isUpperCode, skipSeparator } = textHelpers;
const isLowerCode = (c: number): boolean => hasClass(c, IS_LOWER);

/** What may stand between a document and its day when the day is its issuing: "đã được ban hành ", "ban hành ". */
export const ISSUED_LEAD = String.raw`(?:(?:đã|vừa|mới)\s{1,2})?(?:được\s{1,2})?ban\s{1,2}hành\s{1,2}`;
// "ngày" glued to its day in PDF text ("ngày26/11/2003") is still the citation's date, and so is one typed twice ("Nghị định
// 63/2010/NĐ-CP ngày ngày 08 tháng 6 năm 2010", fifty-second session's probe 483: told it lacked its date).
const NGAY = new RegExp(String.raw`(?:${ISSUED_LEAD})?(?:ngày|ngay)(?:\s{1,3}ngày(?=\s))?(?:\s{1,3}|(?=\d))`, 'iuy');
// What may follow a bare date that ends a citation's tail: a basis line's semicolon, or "của" and its issuer.
const BARE_DATE_END = /^[ \t]{0,2}(?:;|của\s)/u;
// A line that opens with "Căn cứ" (a basis block's), up to `at`.
const BASIS_LINE = /^[ \t>*_-]{0,6}Căn\s{1,2}cứ\s/u;

/** The part of `at`'s line before it. */
function lineBefore(t: string, at: number): string {
  return t.slice(t.lastIndexOf('\n', at - 1) + 1, at);
}

/** Whether the line holding `at` is a basis line ("Căn cứ Luật …"). */
function basisLine(t: string, at: number): boolean {
  return BASIS_LINE.test(lineBefore(t, at));
}
// All issuers in one sticky alternation, in order of preference: one match attempt per position
// instead of one per issuer. Each alternative is a capturing group; the patterns have none.
// Group 1 is "của "/"do "/"bởi " (or nothing: a bare issuer, see readTail); issuer k is group k + 2.
const ISSUER_PREFIX = `([cC]ủa\\s{1,2}|do\\s{1,2}|bởi\\s{1,2}|)`;
// An issuer pattern that ends with a place name ("Tỉnh ủy Nghệ An") is tried without it, and the
// place read after the match by one expression (PLACE_TAILS): the place's letter classes, repeated in
// nineteen patterns, were two thirds of the alternation's source, and compiling the alternation
// took 8 ms of a one-page check. The same match: the place may be empty, and the patterns' own
// look-ahead (no letter after the issuer) holds after the body exactly when it holds after some
// place (a place starts with a space). A congress's place may be followed by its ordinal, read with it.
const PLACE_TAILS: readonly { tail: string; onItsLine: boolean; re?: RegExp; caps?: RegExp }[] = [
  { tail: `${ISSUER_PLACE_TAIL}${CONGRESS_ORDINAL}`, onItsLine: false },
  { tail: ISSUER_PLACE_TAIL, onItsLine: true },
];
// Which of the tails each issuer pattern ends with (-1: none).
const TAIL_OF = ISSUERS.map((i) => PLACE_TAILS.findIndex((pt) => i.re.endsWith(pt.tail)));
const bodyOf = (k: number): string => {
  const re = ISSUERS[k]!.re;
  return TAIL_OF[k]! < 0 ? re : re.slice(0, re.length - PLACE_TAILS[TAIL_OF[k]!]!.tail.length);
};
// The look-ahead written once after the alternation, not after each of its seventy alternatives
// (each a class of some seventy ranges to compile): the same matches in the same order, since a
// failing look-ahead sends the engine back into the alternative it follows either way.
const alternation = (ks: readonly number[]): string => `${ISSUER_PREFIX}(?:${ks.map((k) => `(${bodyOf(k)})`).join('|')})(?![\\p{L}])`;
const ISSUER_SRC = alternation(ISSUERS.map((_i, k) => k));
// Built on first use, as the groups below and the capitals' copy: each is a large expression, and
// most texts need only a few of them.
let issuerAt: RegExp | undefined;
const ALL_ISSUERS: readonly number[] = ISSUERS.map((_i, k) => k);
// The same alternation split by the first character of the issuer: a match at a capital tries only
// the issuers that can start with it (a few instead of sixty), in the same order, so it finds
// what the whole alternation finds. Built from the patterns at load; an issuer whose first
// character cannot be read goes into every group.
// Each issuer's possible first characters, read once from its pattern (null: any character).
const ISSUER_FIRSTS = ISSUERS.map((i) => firstChars(i.re));
interface IssuerGroup {
  source: string;
  re?: RegExp;
  issuers: readonly number[];
  /** How many times the group has been asked for (see ONE_BY_ONE). */
  asked: number;
}
const ISSUER_GROUPS: ReadonlyMap<number, IssuerGroup> = (() => {
  const firsts = ISSUER_FIRSTS;
  const chars = new Set<number>();
  for (const f of firsts) for (const ch of f ?? []) chars.add(ch.length === 1 ? ch.charCodeAt(0) : -1);
  const groups = new Map<number, IssuerGroup>();
  for (const code of chars) {
    if (code < 0) continue;
    const ch = String.fromCharCode(code);
    const issuers = ALL_ISSUERS.filter((k) => firsts[k] === null || firsts[k]!.has(ch) || [...firsts[k]!].some((f) => f.length !== 1));
    groups.set(code, { source: alternation(issuers), issuers, asked: 0 });
  }
  return groups;
})();
/** The pattern of issuer `k` without its place (scripts/gen-issuer-heads.ts reads its heads). */
export function issuerBody(k: number): string {
  return bodyOf(k);
}
// A group's first questions are answered one issuer at a time, each issuer's expression compiled
// when the text where it is asked starts the way the issuer can (ISSUER_HEADS): a one-page report
// asks few of them, and compiling the group's alternation — sixty-odd issuers, 25 KB of source for
// the "B"s — was the largest single cost of a one-page `vanban check` (8 ms). A group asked more
// often than this is compiled whole, which answers faster from then on. Both give the same answer:
// the alternation tries its issuers in the same order at the same place (see issuerOneByOne).
let ONE_BY_ONE = 48;
/** For tests: how many questions each group answers one issuer at a time from now (0: always the alternation). */
export function setOneByOne(questions: number): void {
  ONE_BY_ONE = questions;
  for (const g of ISSUER_GROUPS.values()) g.asked = 0;
}
const PREFIX_AT = new RegExp(ISSUER_PREFIX, 'uy');
const issuerAlone: (RegExp | undefined)[] = [];

/**
 * The issuer of `issuers` (a group, in its order) that the group's alternation finds at `p`, whose
 * issuer would start at `q` after "của"/"do"/"bởi" and their spaces — asked where no character
 * between `p` and `q` starts an issuer (matchIssuer's clash test), so the alternation can only
 * succeed with its first reading of the prefix, at `q`; null when it finds none.
 */
function issuerOneByOne(t: string, p: number, q: number, issuers: readonly number[]): { k: number; body: string; end: number } | null {
  PREFIX_AT.lastIndex = p;
  const prefix = PREFIX_AT.exec(t);
  if (!prefix || p + prefix[0].length !== q) return null;
  const window = windowAt(t, q, HEAD_LENGTH);
  for (const k of issuers) {
    if (!startsAHead(window, ISSUER_HEADS[k]!)) continue;
    const re = (issuerAlone[k] ??= rxNow(`(${bodyOf(k)})(?![\\p{L}])`, 'uy'));
    re.lastIndex = q;
    const m = re.exec(t);
    if (m) return { k, body: m[1]!, end: q + m[0].length };
  }
  return null;
}
// Whether some issuer may start with any character (then the split is not used at all).
const ISSUER_ANY_START = ISSUER_FIRSTS.some((f) => f === null || [...f].some((ch) => ch.length !== 1));
// The same, case-insensitive, for titles in capitals ("… CỦA THỦ TƯỚNG CHÍNH PHỦ"): tried only
// where "CỦA" is written in capitals.
let issuerAtCaps: RegExp | undefined;
// The issuer written first: "Ban Bí thư ban hành Kết luận số 43-KL/TW", "Chính phủ đã ban hành
// Nghị định số …", "BTV Tỉnh ủy đã kịp thời ban hành Kế hoạch số …", and "đề nghị của Sở Tài
// chính tại Công văn số …" (a proposal made in the body's own letter; "chỉ đạo của Thủ tướng tại
// Thông báo số …" is the Prime Minister's direction in the Office's notice, so only after "đề
// nghị"). Anchored at the citation; tried only after a cheap test of the words right before it.
// What stands between an issuer written first and the citation, matched on a short window.
// "UBND thành phố Hà Nội đã có Kế hoạch số 23/KH-UBND": "đã có" says the body issued it too.
// Also "… Ban Bí thư Trung ương Đảng (Khoá XII) đã ban hành", "Bộ Chính trị (đã) ra Nghị quyết …"
// (fifth outside probe) and "UBND tỉnh có văn bản số 4912/UBND-NC" (fourth: a bare "có" only before
// "văn bản").
// Adverbs between the verb's auxiliary and the verb: "đã kịp thời ban hành", "đã khẩn trương ban hành"
// (seventh outside probe), "đã xây dựng và ban hành" (twenty-second). A law or resolution passed: "Quốc hội khóa XV đã thông qua Nghị quyết số …"
// (twelfth). A title the issuer gave by the decision: "Chiến lược Dân số Việt Nam đến năm 2030 được Thủ tướng Chính phủ ban
// hành theo Quyết định số 1679/QĐ-TTg" (two hundred and nineteenth outside probe: told its issuer was missing), "… được Chính
// phủ ban hành tại Nghị quyết số 74/NQ-CP" (two hundred and thirty-first).
// The body's present name in brackets after it: "Hội đồng Bộ trưởng (nay là Chính phủ) ban hành Quyết định số 16/HĐBT"
// (three hundred and forty-seventh outside probe: neither issuer nor day was read).
// The day may stand between the issuer and its verb: "Thủ tướng Chính phủ ngày 30.6.2017 đã ban hành Quyết định số 939/QĐ-TTg"
// (two hundred and ninety-eighth outside probe: neither the issuer nor the day was read).
// A plan or strategy approved by the decision: "Chiến lược … đã được Thủ tướng Chính phủ phê duyệt tại Quyết định số 449/QĐ-TTg",
// "… được Thủ tướng Chính phủ phê duyệt ngày 01/9/2021 tại Quyết định số 1454/QĐ-TTg" (three hundred and tenth and twelfth
// outside probes: told the issuer was missing; the day is read as the one between issuer and verb). The decision itself
// "approved": "Ngày 07/3/2018, Thủ tướng Chính phủ phê duyệt Quyết định số 275/QĐ-TTg về việc Phê duyệt …" (fortieth session's
// probe 370).
// A plenum's number between the Central Committee and its term: "Ban Chấp hành Trung ương 8 khóa XIII đã ban hành Nghị quyết
// 42-NQ/TW" (forty-second session's probe 417: no issuer read). Only after the Committee's name: "Hội nghị Trung ương 8 khóa
// XIII" is read as a plenum, the number with it.
const BEFORE_TAIL = /(?:\s{1,2}\((?:nay|sau\s{1,2}này)\s{1,2}là\s[^()\n]{1,40}\))?(?:(?<=Trung\s{1,2}ương)(?<!(?:[Hh]ội\s{1,2}nghị|HN)\s{1,2}Trung\s{1,2}ương)\s{1,2}\d{1,2}(?=\s{1,2}\(?(?:khóa|khoá|Khóa|Khoá)\s))?(?:\s{1,2}\(?(?:khóa|khoá|Khóa|Khoá)\s{1,2}[IVXL]{1,6}\)?)?(?:,?\s{1,2}ngày\s{1,2}\d{1,2}[./-]\d{1,2}[./-](?:19|20)\d\d,?)?(?:\s{1,2}(?:đã|vừa|mới))?(?:\s{1,2}(?:kịp\s{1,2}thời|khẩn\s{1,2}trương|chính\s{1,2}thức|nhanh\s{1,2}chóng))?(?:\s{1,2}(?:xây\s{1,2}dựng|nghiên\s{1,2}cứu|soạn\s{1,2}thảo)\s{1,2}và)?\s{1,2}(?:(?:k[ýí]\s{1,2})?ban\s{1,2}hành(?:\s{1,2}(?:theo|tại))?|ra|(?:biểu\s{1,2}quyết\s{1,2})?thông\s{1,2}qua|k[ýí]|phê\s{1,2}duyệt(?:(?:\s{1,2}ngày\s{1,2}\d{1,2}[./-]\d{1,2}[./-](?:19|20)\d\d)?\s{1,2}(?:theo|tại))?)(?:\s{1,2}văn\s{1,2}bản|\s{1,2}(?:các|hai|ba))?\s{1,3}$|\s{1,2}(?:(?:đã|vừa|mới)\s{1,2})?có(?:\s{1,2}[vV]ăn\s{1,2}bản)?\s{1,3}$|\s{1,2}tại(?:\s{1,2}[vV]ăn\s{1,2}bản)?\s{1,3}$/u;
const BEFORE_HINT = /(?:ban\s{1,2}hành(?:\s{1,2}(?:theo|tại))?|tại|có|ra|[vV]ăn\s{1,2}bản|thông\s{1,2}qua|k[ýí]|phê\s{1,2}duyệt)(?:\s{1,2}(?:các|hai|ba))?\s{1,3}$/u;
// A signer between a minister's or the Prime Minister's title and "ký ban hành": "Thủ tướng Chính
// phủ Phạm Minh Chính vừa ký ban hành Chỉ thị số 06/CT-TTg" (second outside probe).
// A word of a person's name, as a signer's or a chair's: a capital and up to seven small letters.
const NAME_WORD = String.raw`[ ]\p{Lu}[\p{Ll}\p{M}]{0,7}`;
const SIGNER_BEFORE = rx(String.raw`(?:${NAME_WORD}){2,4}$`, 'u');
// "Thay mặt Bộ Chính trị, Tổng Bí thư … đã ký ban hành Chỉ thị số 45-CT/TW": the body the signer
// acts for is the issuer.
const ON_BEHALF = /[Tt]hay\s{1,2}mặt\s{1,2}/gu;
const NATIONAL_ASSEMBLY = /Quốc hội/u;
// The Central Committee's own bodies written before it: "Bộ Chính trị (của) BCH Trung ương Đảng".
const OWNED_BY = /(Bộ Chính trị|Ban Bí thư)\s{1,2}(?:của\s{1,2})?$/u;
// Words of a title that names another document as its object.
const EMBEDDED_BEFORE = rx(String.raw`(?<![\p{L}])(?:thi\s{1,2}hành|hướng\s{1,2}dẫn|quy\s{1,2}định\s{1,2}chi\s{1,2}tiết|sửa\s{1,2}đổi|bổ\s{1,2}sung)\s{1,2}$`, 'u');
/** A law, a code, an ordinance or the Constitution: by name, or by a National Assembly number. */
function isLaw(d: Draft): boolean {
  return d.named?.kind === 'law' || (d.issuerCode !== null && NA_ISSUER_CODE.test(d.issuerCode));
}
// A legal database's title line: a document's kind and id first, then its subject ("Kết luận 43-KL/TW về 3 năm thực
// hiện …"). The body after "do … ban hành" at such a line's end issued that first document, not one its subject names.
const TITLE_HEAD = rx(String.raw`^[ \t]{0,4}(?:${KIND_WORDS.join('|')})\s{1,2}(?:số\s{1,2})?\d[\p{L}\d./-]{2,30}\s{1,2}(?:của\s[^\n]{0,120}?\s)?về\s`, 'u');
const PASSIVE_AT_END = /[ ]{1,2}ban[ ]{1,2}hành[ \t]*(?:\n|$)/uy;
const STANDING_BEFORE = /[Tt]hường\s{1,2}trực\s{1,2}$/u;
// Where a sentence ends: . ; ! ? and a line break.
const SENTENCE_END = new Set([46, 59, 33, 63, 10]);

/** Whether a sentence ends between `from` and `to`. */
function sentenceEnds(t: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (SENTENCE_END.has(t.charCodeAt(i))) return true;
  return false;
}
// "Căn cứ các Nghị định của Chính phủ: Số 78/2025/NĐ-CP …; số 187/2025/NĐ-CP …": the issuer of a
// list written once before a colon (fourth outside probe, a 2025 HĐND resolution). The kind is
// plural ("các Nghị định"), the issuer follows "của", and a colon ends the lead-in.
// The look-behind follows the first letter: the engine then jumps from "c" to "c".
// A count for "các": "04 Nghị quyết của Bộ Chính trị, gồm: Nghị quyết số 59-NQ/TW …" (seventy-eighth outside probe).
// A word of the kind's may stand before "của": "Các quy định mới của Ban Bí thư Trung ương Đảng khóa XIII gồm: Quy định số
// 85-QĐ/TW, ngày 7/10/2022 …; Quy định số 99-QĐ/TW …" (fortieth session's probe 375: two were told their issuer was missing).
const LEAD_IN = rx(String.raw`(?:c(?<![\p{L}]c)ác|(?<![\p{L}\p{N}])\d{1,2})\s{1,2}(${KIND_ALTERNATION})(?:\s{1,2}(?:mới|mới\s{1,2}nhất|quan\s{1,2}trọng|chủ\s{1,2}yếu))?\s{1,2}(?=của\s)`, 'giu');

// A semicolon before the first "số" ends it too: "Căn cứ các Nghị định của Chính phủ; số 105/2021/NĐ-CP ngày …; số
// 116/2021/NĐ-CP …" (two hundred and eleventh outside probe: each decree was told its issuer was missing).
// The issuer's term and "số" may stand before the colon: "Căn cứ các Nghị quyết của Quốc hội khóa XV số: 104/2023/QH15 …; số
// 105/2023/QH15 …" (three hundred and fifty-sixth outside probe: each resolution was told its issuer was missing).
const LEAD_IN_COLON = /^\s{0,2}(?:\(?kh(?:óa|oá)\s{1,2}[IVXL]{1,6}\)?\s{0,2})?,?\s{0,2}(?:(?:bao\s{1,2})?gồm|như\s{1,2}sau)?\s{0,2}(?:số\s{0,2}(?=:))?(?::|;(?=\s{0,2}số\s))/u;

/**
 * The lead-ins of lists in a text: the kind, its issuer, and the range it speaks for — from the
 * colon to the end of the line (a căn cứ line lists its items separated by ";").
 */
export function leadIns(t: string): { kind: string; issuer: NonNullable<Draft['issuer']>; from: number; to: number }[] {
  const out: { kind: string; issuer: NonNullable<Draft['issuer']>; from: number; to: number }[] = [];
  if (!t.includes(':') && !t.includes(';')) return out;
  LEAD_IN.lastIndex = 0;
  for (let m = LEAD_IN.exec(t); m; m = LEAD_IN.exec(t)) {
    const p = m.index + m[0].length;
    const iss = matchIssuer(t, p, false);
    if (!iss) continue;
    const end = iss.at + iss.text.length;
    // "… của Ban Bí thư Trung ương Đảng gồm: Chỉ thị số 41-CT/TW …; Chỉ thị số 42-CT/TW …" (tenth outside probe).
    const colon = LEAD_IN_COLON.exec(t.slice(end, end + 24));
    if (!colon) continue;
    const nl = t.indexOf('\n', end);
    // From the issuer's end: the first item may begin at the "số" before the colon.
    out.push({ kind: m[1]!, issuer: { name: iss.name, written: iss.text, start: iss.at, end }, from: end, to: nl < 0 ? t.length : nl });
  }
  return out;
}

// “ " « (U+201C, U+0022, U+00AB).
const OPENING_QUOTES = new Set([0x201c, 0x22, 0xab]);
// A direction given in the body's own directive or resolution: "theo chỉ đạo của Ban Bí thư Trung ương Đảng tại Chỉ thị số
// 14-CT/TW ngày 19/7/2017" (fortieth session's probe 382: told its issuer was missing). Not in a notice or a letter, which
// the Office writes to convey another's direction ("chỉ đạo của Thủ tướng tại Thông báo số …").
const DIRECTION = rx(String.raw`(?<![\p{L}])chỉ\s{1,2}đạo\s{1,2}của\s{1,2}$`, 'u');
const DIRECTING_KIND = /^(?:Chỉ\s{1,2}thị|Nghị\s{1,2}quyết|Kết\s{1,2}luận|Quy\s{1,2}định)\s/u;
// Or an opinion given in it: "ý kiến của Giám đốc Sở Giáo dục và Đào tạo tại Tờ trình số 926/TTr-SGDĐT" (seventy-eighth
// outside probe), "đề xuất của Ban Dân tộc tỉnh tại Tờ trình số 33/TTr-BDT", "kiến nghị của Ban Tổ chức Trung ương tại Báo cáo
// 392-BC/BTCTW", and "tại Văn bản số 9151-CV/BTCTW", the kind word before "số" a letter's (fifty-first session's probe 474: both
// told their issuer was missing).
const PROPOSAL_WORDS = String.raw`(?<![\p{L}])(?:đề\s{1,2}nghị|đề\s{1,2}xuất|kiến\s{1,2}nghị|ý\s{1,2}kiến)\s{1,2}của`;
const PROPOSAL = rx(String.raw`${PROPOSAL_WORDS}\s{1,2}$`, 'u');

// "Quyết định của Bộ Chính trị số 31-QĐ/TW", "Nghị định của Chính phủ số 30/2020/NĐ-CP": the kind, "của" and the issuer before
// "số" (three hundred and sixty-fourth outside probe: kind and issuer lost, the issuer told missing).
const KIND_OF_ISSUER_BEFORE = rx(String.raw`(?<![\p{L}])(${KIND_ALTERNATION})\s{1,2}(?:của|Của)\s{1,2}([^,.;:\n()"]{2,90}?)\s{1,2}$`, 'u');

/**
 * For a citation that opens with "số" (no kind word right before it), the kind as written, where it stands, and the issuer
 * written before "số" as "<kind> của <issuer> số …", when the issuer's words end right before "số"; else null.
 */
export function kindOfIssuerBefore(t: string, d: Draft, floor: number): { kind: string; kindStart: number; kindEnd: number; issuer: NonNullable<Draft['issuer']> } | null {
  if (d.kindStart >= 0 || d.style === 'named' || !(t.startsWith('số', d.start) || t.startsWith('Số', d.start))) return null;
  const from = Math.max(floor, d.start - 140);
  const m = KIND_OF_ISSUER_BEFORE.exec(t.slice(from, d.start));
  if (!m) return null;
  const kindStart = from + m.index;
  const issStart = from + m.index + m[0].lastIndexOf(m[2]!);
  const iss = matchIssuer(t, issStart, true);
  if (!iss || iss.at !== issStart || iss.text.trim() !== m[2]!.trim()) return null;
  return { kind: m[1]!, kindStart, kindEnd: kindStart + m[1]!.length, issuer: { name: iss.name, written: iss.text, start: iss.at, end: iss.at + iss.text.length } };
}

/**
 * The issuer written before a citation starting at `start`, or null. By hand for speed: the words
 * between issuer and citation are matched on a short window, then the issuer patterns are tried,
 * sticky, at the word starts before them, the longest issuer that ends there winning.
 */
export function issuerBefore(t: string, start: number, floor = 0): Draft['issuer'] {
  // A title quoted whole, its quotation mark opened before the kind: "Bộ Chính trị đã ban hành “Quy định số 115-QĐ/TW về
  // những điều đảng viên không được làm”" (fortieth session's probe 383: neither issuer nor day was read).
  if (start > floor && OPENING_QUOTES.has(t.charCodeAt(start - 1))) start--;
  // Cheap first test: the word before ends in "h" (hành), "i" (tại), "ó" (có), "a" (ra), "n" (bản), "o" (theo) or "ý" (ký:
  // "Phó Thủ tướng Trần Lưu Quang ký Quyết định số 539/QĐ-TTg"; fifty-seventh outside probe), or "í", as some spell it ("đã
  // kí Quyết định số 990/QĐ-TTg"; two hundred and eighty-first: no issuer read), or "t" (phê duyệt: "Ngày 07/3/2018, Thủ tướng
  // Chính phủ phê duyệt Quyết định số 275/QĐ-TTg …"; fortieth session's probe 370: neither the day nor the issuer was read),
  // or "c" (các: "Phó Thủ tướng Trần Hồng Hà ký các Quyết định số 654/QĐ-TTg và 655/QĐ-TTg"; outside probe 413).
  let e = start;
  while (e > floor && start - e < 3 && (t.charCodeAt(e - 1) === 32 || t.charCodeAt(e - 1) === 10)) e--;
  const last = t.charCodeAt(e - 1);
  if (e === start || (last !== 104 && last !== 105 && last !== 0xf3 && last !== 97 && last !== 110 && last !== 0xfd && last !== 0xed && last !== 111 && last !== 116 && last !== 99)) return null;
  const w0 = Math.max(floor, start - 48);
  const w = t.slice(w0, start);
  if (!BEFORE_HINT.test(w.slice(-14))) return null;
  const tail = BEFORE_TAIL.exec(w);
  if (!tail) return null;
  const end = w0 + tail.index;
  const proposal = tail[0].trimStart().startsWith('tại');
  const ending = (at: number, accept: (name: string) => boolean = () => true): Draft['issuer'] => {
    for (let s = Math.max(floor, at - 100); s < at; s++) {
      if (s > 0 && isLetterOrDigit(t.charCodeAt(s - 1))) continue;
      if (!isUpperCode(t.charCodeAt(s))) continue;
      if (proposal && !PROPOSAL.test(t.slice(Math.max(0, s - 16), s)) && !(DIRECTION.test(t.slice(Math.max(0, s - 16), s)) && DIRECTING_KIND.test(t.slice(start, start + 12)))) continue;
      // "Thường trực Ban Bí thư ký ban hành Kết luận số 185-KL/TW" names a signer's title: the conclusion is
      // the Politburo's (thirtieth outside probe: "Ban Bí thư" had been read as its issuer).
      if (STANDING_BEFORE.test(t.slice(Math.max(0, s - 14), s))) continue;
      let iss = matchIssuer(t, s, true);
      // A name that runs over a line's end whose next line opens with a whole issuer of its own is two lines' words: a
      // title ending "… hướng dẫn thi hành Luật Thanh tra" above "Chính phủ ban hành Nghị định số 216/2025/NĐ-CP …" (forty-
      // sixth session's probe 446: read as "Thanh tra Chính phủ").
      const br = iss ? iss.text.lastIndexOf('\n') : -1;
      if (iss && br >= 0) {
        let q = iss.at + br + 1;
        while (q < at && t.charCodeAt(q) === 32) q++;
        const own = matchIssuer(t, q, true);
        if (own && own.at + own.text.length === at) iss = own;
      }
      if (iss && iss.at + iss.text.length === at && accept(iss.name) && !tailOfName(t, iss.at, floor)) {
        // "Bộ Chính trị BCH Trung ương Đảng ban hành Nghị quyết số 02-NQ/TW": the Politburo of the Central Committee
        // (sixty-first outside probe: a false issuer warning named the Central Committee).
        const owner = iss.name === 'Ban Chấp hành Trung ương' ? OWNED_BY.exec(t.slice(Math.max(floor, iss.at - 24), iss.at)) : null;
        if (owner) {
          const from = iss.at - owner[0].length;
          return { name: owner[1]!, written: owner[1]!, start: from, end: from + owner[1]!.length };
        }
        return { name: iss.name, written: iss.text, start: iss.at, end: at };
      }
    }
    return null;
  };
  if (proposal) return ending(end);
  // "Thay mặt <body>" earlier in the clause names the issuer before the signer's own titles do:
  // "Thay mặt Bộ Chính trị, đồng chí …, Thường trực Ban Bí thư, Trưởng Ban Tổ chức Trung ương vừa ký
  // ban hành Quy định số 142-QĐ/TW" (twenty-third outside probe: the Ban Tổ chức had been its issuer).
  const from = Math.max(floor, end - 200);
  const clause = t.slice(from, end);
  let behalf: RegExpExecArray | null = null;
  ON_BEHALF.lastIndex = 0;
  for (let m = ON_BEHALF.exec(clause); m; m = ON_BEHALF.exec(clause)) behalf = m;
  if (behalf) {
    const p = from + behalf.index + behalf[0].length;
    const iss = matchIssuer(t, p, true);
    if (iss && !sentenceEnds(t, iss.at + iss.text.length, end)) return { name: iss.name, written: iss.text, start: iss.at, end: iss.at + iss.text.length };
  }
  const direct = ending(end);
  if (direct) return direct;
  // A signer's name between a minister's title and the verb.
  const signer = SIGNER_BEFORE.exec(t.slice(Math.max(floor, end - 40), end));
  if (signer) {
    const iss = ending(end - signer[0].length, (name) => name === 'Thủ tướng Chính phủ' || name.startsWith('Bộ '));
    if (iss) return iss;
  }
  return null;
}

/**
 * Whether a bare "Trung ương" at `at` ends a longer name the patterns do not know: "Ban vận động Quỹ “Vì người
 * nghèo” Trung ương ban hành Kế hoạch số 01/KH-MTTW-BVĐ" (fifty-seventh outside probe: read as the Central
 * Committee's plan). After a word or a closing quote it does; at a clause's start it is the Central Committee.
 */
function tailOfName(t: string, at: number, floor: number): boolean {
  if (!t.startsWith('Trung', at)) return false;
  let k = at;
  while (k > floor && t.charCodeAt(k - 1) === 32) k--;
  if (k === floor || k === at) return false;
  const c = t.charCodeAt(k - 1);
  return c === 0x201d || c === 34 || c === 0xbb || c === 41 || isLetterOrDigit(c);
}

/**
 * The date written before an issuer written first: "Ngày 20/6/2020, Bộ Chính trị đã ban hành Chỉ thị
 * số 45-CT/TW" (outside probe: the date was lost, and with it the choice between the 45-CT/TW of
 * 2020 and that of 2025). Only a full date after "ngày", then a comma or a space, right before
 * the issuer, in the same paragraph.
 */
export function dateBefore(t: string, issuerStart: number, floor: number, dateEnds: Map<number, FoundDate>): FoundDate | null {
  let e = issuerStart;
  while (e > floor && (t.charCodeAt(e - 1) === 32 || t.charCodeAt(e - 1) === 10)) e--;
  // "vào ngày 23/03/2020, thì Ban Chấp hành Trung ương đã ban hành Chỉ thị 42-CT/TW" (two-hundredth outside probe: the
  // date, a day off, was lost).
  const then = THEN_BEFORE.exec(t.slice(Math.max(floor, e - 8), e));
  if (then) e -= then[0].length;
  if (e > floor && t.charCodeAt(e - 1) === 44) e--;
  // "Ngày 29/7/2022 vừa qua, UBND tỉnh đã ban hành Kế hoạch số 176/KH-UBND" (hundred-and-eighty-ninth outside probe: the
  // date lost).
  const recent = RECENT_AFTER_DATE.exec(t.slice(Math.max(floor, e - 12), e));
  if (recent) e -= recent[0].length;
  const fd = dateEnds.get(e);
  return fd && fd.start >= floor && fd.mention.afterNgay && dayOfIssue(fd) ? fd : null;
}

/**
 * A date that can be a document's day of issue: a valid one, with its year or without ("Ngày 14/10, Chính phủ ban hành
 * Quyết định số 1719/QĐ-TTg", as news items write the day of the week's events: two-hundred-and-thirty-fifth and -eighth
 * outside probes were told the date was missing), as a date after the id may be.
 */
function dayOfIssue(fd: FoundDate): boolean {
  return fd.mention.iso !== null || (fd.mention.year === null && fd.mention.problem === null);
}

const THEN_BEFORE = /(?<=,)[ ]{0,2}thì$/u;
// Words news writers put after such a date: "vừa qua", "vừa rồi", "mới đây".
const RECENT_AFTER_DATE = /[ ]{1,2}(?:vừa qua|vừa rồi|mới đây)$/u;

/**
 * The date a sentence opens on, with a signer between it and the issuer: "Ngày 09/5/2024, Tổng Bí
 * thư … đã thay mặt Bộ Chính trị ký ban hành Quy định 144-QĐ/TW". The caller asks only when the
 * text says the body issued the document there.
 */
export function openingDate(t: string, issuerStart: number, floor: number, dateAt: Map<number, FoundDate>): FoundDate | null {
  const s0 = sentenceStart(t, issuerStart, floor);
  if (s0 < 0) return null;
  OPENING_DATE.lastIndex = s0;
  const m = OPENING_DATE.exec(t);
  if (!m) return null;
  const d = dateAt.get(s0 + m[0].length);
  return d && d.end < issuerStart && dayOfIssue(d) && t.charCodeAt(d.end) === 44 ? d : null;
}

// After a date in parentheses: its issuer, still inside them.
const ISSUER_IN_PARENS = /^,?\s{1,2}(?:của|do)\s/u;

/** Whether a parenthesis open before `from` closes later on its line. */
function closesOnLine(t: string, from: number): boolean {
  const close = t.indexOf(')', from);
  const eol = t.indexOf('\n', from);
  return close >= 0 && (eol < 0 || close < eol);
}

// A news item's source tag may stand before the date: "(TUAG)- Ngày 14/4/2025, …", "MKLaw - Ngày …"
// (twenty-second outside probe: the Chỉ thị 45-CT/TW signed that day was told its date was missing).
const OPENING_DATE = rx(String.raw`\s{0,3}(?:\([^()\n]{1,40}\)\s{0,2}[-–]?\s{0,2}|[\p{L}.]{2,20}\s{1,2}[-–]\s{1,2})?(?:(?:[Nn]gay\s{1,2}từ|[Vv]ào|[Tt]ừ)\s{1,2})?[Nn]gày\s{1,2}`, 'uy');

// "năm 2025" right after a Party id, before its issuer, subject or a comma (readTail reads past it); before its day too,
// "Chỉ thị 23-CT/TW năm 2023 ngày 25 tháng 5 năm 2023 của Ban Bí thư …" (thirty-eighth session's probe 343: day, issuer and
// subject were lost). "năm" may be left out, and a page's bold and footnote mark may follow the year: "Quy định
// 105-QĐ/TW 2017 của Ban Chấp hành Trung ương …", "Quy định số 214-QĐ/TW 2020**[4] của Bộ Chính trị về …" (thirty-ninth
// session's probe 368: the issuer and the subject were lost). After a hyphen, "Chỉ thị 50 CT/TW-1999 của Bộ Chính trị" (391).
const YEAR_NAMED = /(?:[ ]{1,2}|[ ]{0,2}[-–][ ]{0,2})(?:năm[ ]{1,2})?(?:19|20)\d\d(?![\d/.\-])(?:\*{1,2})?(?:\[\d{1,3}\])?(?=[ ]{1,2}(?:của|do|về|ban\s|ngày\s)|,)/uy;

/** Where the sentence holding `at` starts (not before `floor`), or -1 when that is 200 characters or more back. */
function sentenceStart(t: string, at: number, floor: number): number {
  let s0 = at;
  // A dot between digits is a date's or a number's ("Ngày 12.6, Tổng Bí thư … ký ban hành …"; two-hundred-and-thirty-
  // eighth outside probe: the opening date was lost).
  while (s0 > floor && (!SENTENCE_END.has(t.charCodeAt(s0 - 1)) || (t.charCodeAt(s0 - 1) === 46 && isDigit(t.charCodeAt(s0 - 2)) && isDigit(t.charCodeAt(s0)))) && at - s0 < 200) s0--;
  return at - s0 >= 200 ? -1 : s0;
}

/**
 * The issuer and date of a sentence opening in the passive before the citation: "Được Bộ Chính trị
 * ban hành ngày 15/5/2016, nội dung của Chỉ thị số 05-CT/TƯ nhằm …" (seventh outside probe). Only
 * at the sentence's start, and only when "ban hành" follows the issuer.
 */
export function passiveOpening(t: string, at: number, floor: number, dateAt: Map<number, FoundDate>): { issuer: NonNullable<Draft['issuer']>; date: FoundDate | null } | null {
  const s0 = sentenceStart(t, at, floor);
  if (s0 < 0) return null;
  PASSIVE_OPEN.lastIndex = s0;
  const m = PASSIVE_OPEN.exec(t);
  if (!m) return null;
  const iss = matchIssuer(t, s0 + m[0].length, true);
  if (!iss || iss.at + iss.text.length > at) return null;
  ISSUED_AFTER.lastIndex = iss.at + iss.text.length;
  if (!ISSUED_AFTER.test(t)) return null;
  PASSIVE_DAY.lastIndex = ISSUED_AFTER.lastIndex;
  const ng = PASSIVE_DAY.exec(t);
  const date = ng ? dateAt.get(PASSIVE_DAY.lastIndex) ?? null : null;
  return { issuer: { name: iss.name, written: iss.text, start: iss.at, end: iss.at + iss.text.length }, date: date && date.end < at && date.mention.iso ? date : null };
}
const PASSIVE_OPEN = /\s{0,3}Được\s{1,2}/uy;
const PASSIVE_DAY = /\s{1,2}(?:vào\s{1,2})?ngày\s{1,3}/uy;

// Between joint issuers: "của Bộ Chính trị, Ban Bí thư", "của Ủy ban Thường vụ Quốc hội, Chính
// phủ và Đoàn Chủ tịch …".
// A dash joins ministries too: "của Bộ Nội vụ - Bộ Tài chính".
const JOINT_SEP = /(?:,\s{1,2}và|,|\s{1,2}và|\s{1,2}[-–])\s{1,2}/uy;
const OF_CENTRAL_COMMITTEE = rx(String.raw`[ ]{1,2}(?:của[ ]{1,2})?(?:Ban[ ]{1,2}[Cc]hấp[ ]{1,2}hành|BCH)[ ]{1,2}(?:Trung[ ]{1,2}ương|TW|TƯ)(?:[ ]{1,2}Đảng(?:[ ]{1,2}Cộng[ ]{1,2}sản[ ]{1,2}Việt[ ]{1,2}Nam)?)?(?![\p{L}])`, 'uy');
// After a ministry, the next may be named without "Bộ": "của Liên bộ Nội vụ - Tài chính", "của Bộ
// Nội vụ, Tài chính".
const NEXT_MINISTRY = rx(String.raw`(?:Bộ\s{1,2})?(${MINISTRY_ALT})(?![\p{L}])`, 'uy');
// "(Khóa X)" with a capital inside parentheses too (fourth outside probe).
// In digits too ("khóa 12"), as extract/terms.ts reads them.
const TERM_AT = rx(String.raw`(\(\s?)?(?:khóa|khoá|Khóa|Khoá|KHÓA|KHOÁ)\s{1,2}(?:[IVXL]{1,7}|[1-9]\d?(?![/.\-–]\d))\)?(?![\p{L}\p{N}])`, 'uy');
// "thi hành Chương VII và Chương VIII Điều lệ Đảng …" names a regulation's subject too (ninth probe).
// "sửa đổi, bổ sung một số điều của …" and "phê duyệt …" open a trích yếu too (thirty-fifth outside probe: three
// decrees and a resolution were told they lacked one).
const SUBJECT_AT = /(?:về\s{1,2}việc|về|ban\s{1,2}hành|hướng\s{1,2}dẫn|quy\s{1,2}định|sửa\s{1,2}đổi,?|thi\s{1,2}hành|phê\s{1,2}duyệt)\s{1,2}/iuy;
// What a subject may start with (a quote, or the first letter of SUBJECT_AT's words in either case):
// tried only there.
const SUBJECT_FIRST: ReadonlySet<number> = new Set([...'"vVbBhHqQsStTMpP('].map((ch) => ch.charCodeAt(0)));
// A Party resolution's title written right after its issuer, its quotes lost: "… khóa XII Một số vấn đề
// về tiếp tục đổi mới, sắp xếp tổ chức bộ máy …" (fourteenth outside probe: told its subject was missing).
const TITLE_AT = /Một\s{1,2}số\s{1,2}vấn\s{1,2}đề\s{1,2}/uy;
const QUOTING_VERB = /^(?:quy|hướng)\s/u;
// A plan's trích yếu says what it carries out: "Kế hoạch số 06-KH/BDVTW thực hiện “Năm dân vận khéo” 2020"
// (thirty-seventh outside probe: told it lacked one). Only after the kinds whose titles open so — after
// another document "thực hiện" is as often the sentence's verb ("Nghị quyết số 18-NQ/TW thực hiện …").
// SUBJECT_AT's "hướng dẫn", and what makes it the noun: "của" or "số" after it.
const GUIDANCE = /^hướng\s{1,2}dẫn\s/iu;
const NOUN_AFTER_GUIDANCE = rx(String.raw`^(?:của|số)(?![\p{L}])`, 'u');
const PLAN_SUBJECT_AT = /(?:thực\s{1,2}hiện|triển\s{1,2}khai)\s{1,2}/uy;
const PLAN_KINDS: ReadonlySet<string> = new Set(['Kế hoạch', 'Chương trình', 'Chương trình hành động']);
// A quoted subject may wrap onto the next line (sixth outside probe: "… tiến tới\nĐại hội … của Đảng"),
// never across a blank line.
const QUOTED_AT = /"([^"]{1,300})"/y;
// A document's number inside a quotation: "số 12", "05/2005/NĐ-CP", "18-NQ/TW".
const NUMBER_IN_QUOTE = /\d[/-]|số\s{1,2}\d/u;
const BLANK_LINE = /\n[ \t]*\n/;

/** A quoted subject at `p`: its words on one line and where the closing quote ends; null when none (or across a blank line). */
function quotedAt(t: string, p: number): { text: string; end: number } | null {
  if (t.charCodeAt(p) !== 34) return null;
  // The canonical text writes “ and ” alike: a quote against the word before it closes a quotation
  // ("… thực hiện Nghị quyết số 68-NQ/TW”. Chủ tịch …"; thirtieth outside probe: the next sentence, up
  // to the following quotation, had been read as the subject). One that opens comes before a word ("về“Xây
  // dựng …" as PDFs glue it), one that closes after a word and before a space or a sign.
  if (p > 0 && isLetterOrDigit(t.charCodeAt(p - 1)) && !isLetterOrDigit(t.charCodeAt(p + 1))) return null;
  QUOTED_AT.lastIndex = p;
  const q = QUOTED_AT.exec(t);
  return q && !BLANK_LINE.test(q[1]!) ? { text: q[1]!.trim().replace(/\s*\n\s*/gu, ' '), end: p + q[0].length } : null;
}
// A subject ends at a comma before a new clause: its connectives, and the bodies or acts that start
// a main clause after a long subject (seventh and eighth outside probes: "…kinh tế tư nhân, chủ trì
// phiên họp", "…chính quyền địa phương 2 cấp, Bộ Chính trị, Ban Bí thư yêu cầu", "…, Thủ tướng yêu
// cầu", "…, cấp ủy, chính quyền …"; outside probe 410: "…, Ban Thường vụ Đảng ủy Tập đoàn đề nghị", a standing body and its
// verb, not a list of boards, "chỉ định ủy viên Ban Chấp hành, Ban Thường vụ, Chủ tịch …"; "…, trong thời gian qua, cán bộ
// Hội …", a time opening the main clause, forty-second session); and the predicate a news sentence says of the document, after
// "là" or an appositive dash (twenty-second outside probe: "… về … hội nhập quốc tế trong tình hình mới
// là một văn kiện chiến lược, …" and "… trong tình hình mới - một trong các quyết sách …" ran on, and
// the subject so long no longer matched the record's).
// The main clause's verb after the subject: "Kết luận số 36-KL/TW … về bảo đảm an ninh nguồn nước … đến năm 2045 khẳng định,
// …" (hundred-and-eighty-sixth outside probe: read into the subject). Verbs a title never holds, then a comma or a colon.
// A passive one: "Quy định số 232-QĐ/TW … về thi hành Điều lệ Đảng đã được Tổng Bí thư Tô Lâm ký ban hành …" (two hundred and
// twenty-sixth: the regulation was told "probably another document of that number").
// A subject ends before the day it was issued, written after it: "Nghị quyết 57-NQ/TW về đột phá … chuyển đổi số quốc gia
// ban hành ngày 22/12/2024 (Nghị quyết 57) đã …" (two-hundred-and-thirty-sixth outside probe: the date was read into the
// subject and told missing).
// A day and the body that issued it after the subject are the citation's, not the subject's: "Quyết định số 861/QĐ-TTg về việc
// phê duyệt danh sách … giai đoạn 2021-2025 ngày 04/06/2021 của Thủ tướng Chính phủ" (two hundred and sixtieth outside probe).
// A sentence glued to the subject by a page's copy, a small letter touching a Vietnamese word's capital: "… về công tác dân
// tộcNgày 03/10/2023, Ban Dân vận …" (thirty-sixth session's probe 310: the next sentence was read into the subject). Only a
// word with a letter outside ASCII within its first few, so that "TikTok" or "YouTube" is no cut.
// "do <central body> ban hành" after a title is its issuer's clause, never part of it: "Quy định số 294-QĐ/TW năm 2025 về thi
// hành Điều lệ Đảng do Ban Chấp hành Trung ương ban hành có hiệu lực từ ngày 01/7/2025" (forty-first session's probe 393: read
// whole as its subject, the regulation was told "perhaps another document of that number").
// "thì", which a title never holds, opens the main clause after "Theo …": "Theo Phụ lục 1 Quy định 105-QĐ/TW 2017 của …
// về phân cấp quản lý cán bộ … thì Bộ Chính trị …" (thirty-ninth session's probe 368: read to the paragraph's end).
const ISSUED_BY_CENTRAL = String.raw`do\s{1,2}(?:Ban\s{1,2}Chấp\s{1,2}hành\s{1,2}Trung\s{1,2}ương|Bộ\s{1,2}Chính\s{1,2}trị|Ban\s{1,2}Bí\s{1,2}thư|Chính\s{1,2}phủ|Thủ\s{1,2}tướng\s{1,2}Chính\s{1,2}phủ|Quốc\s{1,2}hội)(?:\s{1,2}Đảng)?\s{1,2}(?:ban\s{1,2}hành|k[ýí]|thông\s{1,2}qua)(?![\p{L}])`;
const SUBJECT_END = rx(String.raw`\s{1,2}thì\s{1,2}(?=\p{L})|\s{1,2}(?=${ISSUED_BY_CENTRAL})|\s{1,2}(?:được\s{1,2})?ban\s{1,2}hành\s{1,2}(?=ngày\s{1,3}\d)|\s{1,2}(?=ngày\s{1,3}\d{1,2}[/.-]\d{1,2}[/.-](?:19|20)\d\d,?\s{1,2}(?:của|do)\s{1,2}\p{Lu})|\s{1,2}(?:đã\s{1,2})?(?:khẳng\s{1,2}định|nêu\s{1,2}rõ|chỉ\s{1,2}rõ)(?=\s{0,2}[,:])|\s{1,2}(?:đã|vừa|mới)\s{1,2}được\s{1,2}(?=\p{Lu}|k[ýí]\s|ban\s{1,2}hành|thông\s{1,2}qua)|\s{1,2}là\s{1,2}(?=(?:một|văn\s{1,2}kiện|bước|cơ\s{1,2}sở|nền\s{1,2}tảng|kim\s{1,2}chỉ\s{1,2}nam|dấu\s{1,2}mốc|quyết\s{1,2}sách|chủ\s{1,2}trương)\s)|\s{1,2}[-–]\s{1,2}(?=một\s{1,2}trong\s)|;|\n\s{0,8}\n|\n(?=\s{0,8}(?:[-+•]|\d{1,2}[.)]|[a-zđ]\)|\p{Lu}))|\.(?:\s|$)|:\s{1,2}(?=\p{Lu})|,\s{1,2}(?:đồng\s{1,2}thời|trong\s{1,2}(?:thời\s{1,2}gian|những\s{1,2}năm)\s{1,2}qua|trong\s{1,2}đó|nhằm|qua\s{1,2}đó|theo\s{1,2}đó|có\s{1,2}hiệu\s{1,2}lực|Bộ\s{1,2}Chính\s{1,2}trị|Ban\s{1,2}Bí\s{1,2}thư|(?:Ban\s{1,2}Thường\s{1,2}vụ|Thường\s{1,2}trực)(?=[^,;.\n]{0,60}\s(?:đề\s{1,2}nghị|yêu\s{1,2}cầu|chỉ\s{1,2}đạo|giao|ban\s{1,2}hành|quyết\s{1,2}định|thống\s{1,2}nhất|triển\s{1,2}khai|đã|vừa)(?![\p{L}]))|Thủ\s{1,2}tướng|chủ\s{1,2}trì|cấp\s{1,2}ủy,)|(?<=\p{Ll})(?=\p{Lu}[a-z]{0,6}(?![a-z])\p{Ll})`, 'u');

/**
 * A term without a body of its own ("Quyết định số 01-QĐNS/TW (khóa XI)") follows the cited
 * document's issuer: the Central Committee's numbering for …/TW, the locality's for …/TU.
 */
export function bindTermToCitation(d: Draft): void {
  const tm = d.term;
  if (!tm || tm.scope !== 'unknown') return;
  if (d.named?.kind === 'plenum') tm.scope = 'party-central';
  else if (d.issuer && CENTRAL_PARTY_BODIES.has(d.issuer.name)) tm.scope = 'party-central';
  else if (d.issuer && /Quốc hội/u.test(d.issuer.name)) tm.scope = 'national-assembly';
  else if (d.issuer) tm.scope = /Tỉnh ủy|Huyện ủy|Đảng bộ|nhân dân/u.test(d.issuer.name) ? 'local' : 'unknown';
  else if (d.issuerCode && /^(?:TW|TƯ|HNTW)$/u.test(d.issuerCode)) tm.scope = 'party-central';
  else if (d.issuerCode && /^(?:QH|UBTVQH)\d{1,2}$/u.test(d.issuerCode)) tm.scope = 'national-assembly';
  else if (d.issuerCode && PARTY_ISSUER_CODE.test(d.issuerCode)) tm.scope = 'local';
  if (tm.scope !== 'unknown' && tm.body === null && d.issuer) tm.body = d.issuer.written;
}

const ISSUED_LABEL = rx(String.raw`\s{1,2}${ISSUED_BY_CENTRAL}`, 'uy');
// Another document named earlier on the line: a kind and its number.
const NAMED_BEFORE = rx(String.raw`(?:${KIND_WORDS.join('|')})\s{1,2}(?:số\s{1,2})?\d`, 'u');
const DECIDES = rx(String.raw`\s{1,2}(?:đã\s{1,2})?(?:quyết\s{1,2}định|ban\s{1,2}hành)(?![\p{L}])`, 'uy');
// "Tại" opening the clause of a central Party id: the body after its comma is the one that speaks in it, whatever it then
// does ("Tại Kết luận 169-KL/TW, Bộ Chính trị giao …", "Bên cạnh đó, tại Kết luận 170-KL/TW, Ban Bí thư yêu cầu …";
// forty-first session's probe 393: both issuers were lost). Only at the clause's start: "Thực hiện chỉ đạo tại Kết luận …,
// Ban Bí thư yêu cầu …" names who carries it out.
const OTHER_CENTRAL = rx(String.raw`,?\s{1,2}(?:và\s{1,2})?(?:Bộ\s{1,2}Chính\s{1,2}trị|Ban\s{1,2}Bí\s{1,2}thư)(?![\p{L}])`, 'uy');
const IN_IT_BEFORE = /(?:^|[.;:,]\s{1,2}|\n[ \t]{0,4})(?:[Tt]ại\s{1,2}){1,2}$/u;
// Up to "bởi" of "ban hành bởi …", "bởi …"; past "được" of "được Bộ Chính trị ban hành ngày …",
// which names the issuer only when "ban hành" follows it ("được Tỉnh ủy cụ thể hóa" does not).
// "vừa được", "đã được", "mới được" likewise ("Nghị định số 157/2016/NĐ-CP vừa được Chính phủ ban hành và có hiệu lực …";
// two hundred and twelfth outside probe: the decree was told its issuer was missing).
const BY = /(?:ban\s{1,2}hành\s{1,2})?(?=bởi\s)|(?:(?:vừa|đã|mới)\s{1,2})?được\s{1,2}/uy;
// The passive verb after an issuer: "do Chính phủ ban hành" at a line's or a clause's end, or before its subject or date,
// or before what the sentence says the document says: "Nghị quyết 68-NQ/TW năm 2025 do Ban Chấp hành Trung ương ban hành có
// nêu như sau" (forty-sixth session's probe 443: "ban hành có nêu như sau" was read as its subject, and a wrong issuer was
// told only as "perhaps another document").
const ISSUED_VERB = rx(
  String.raw`ban[ ]{1,2}hành(?=[ \t]*(?:\n|$|[.;,)])|[ ]{1,2}(?:về|ngày)\s|[ ]{1,2}(?:(?:có|đã)[ ]{1,2})?(?:nêu|xác[ ]{1,2}định|yêu[ ]{1,2}cầu|chỉ[ ]{1,2}rõ|đề[ ]{1,2}ra|nhấn[ ]{1,2}mạnh|hiệu[ ]{1,2}lực)(?![\p{L}]))`,
  'uy',
);
// A comma and a capital after a date: another clause's subject.
const NEXT_CLAUSE = rx(String.raw`\s?,\s{1,2}\p{Lu}`, 'uy');
// A capitalised word, not a title's "Về", right after a date: the subject of a next clause when the issuer came before.
const NEXT_BODY = rx(String.raw`[ ]{1,2}(?!(?:Về|VỀ)[ ])\p{Lu}\p{Ll}`, 'uy');
// "… có <kind>" says the same: "… thực hiện Nghị quyết 25-NQ/TƯ, ngày 18/7/2014, Ban Dân vận Tỉnh ủy có Công văn số
// 700/CV-DVTU …" (forty-first session's probe 398: the letter's date and body were told wrong for the resolution).
const NEXT_ISSUING = rx(String.raw`\s?,?\s{1,2}\p{Lu}[^,.;\n]{0,60}?\s(?:(?:đã\s{1,2})?(?:k[ýí]\s{1,2})?ban\s{1,2}hành\s|(?:đã\s{1,2}|vừa\s{1,2})?có\s{1,2}(?=(?:${KIND_WORDS.join('|')})\s))`, 'uy');
const KIND_AT = rx(String.raw`^\s{0,2}(?:${KIND_WORDS.join('|')})(?![\p{L}])`, 'u');
// The short name a writer gives the document, in parentheses between it and its date: "Chỉ thị
// 40-CT/TW (gọi tắt là chỉ thị 40) ngày 22/11/2024" (forty-sixth outside probe: the date was lost,
// and with it the year slip). Read past, as the footnote's number is.
// Or the kind and number alone: "Nghị quyết số 18-NQ/TW … khóa XIII (Nghị quyết 18) về …" (hundred-and-eighty-sixth outside
// probe: the subject after it was lost; short-names.ts drops the draft the parentheses made). Or its initials: "Luật phòng,
// chống tham nhũng (PCTN) được Quốc hội … khóa XIV, kỳ họp thứ 6 thông qua ngày 20/11/2018" (fortieth session's probe 378: the
// day and the term were lost, and a wrong day went untold), with the number too, "… của Bộ Chính trị (NQ68) về phát triển kinh
// tế tư nhân" (forty-first session's probe 395: told its subject was missing), glued: the flag "i" lets \p{Lu} match small
// letters, and "(khóa 11)" is a term; never a term's numeral alone.
const SHORT_NAME = rx(
  String.raw`\((?:(?:sau\s{1,2}đây\s{1,2})?(?:được\s{1,2})?(?:gọi|viết)\s{1,2}(?:tắt\s{1,2})?(?:là\s{1,2})?[^()\n]{1,60}|(?:${KIND_WORDS.join('|')})\s{1,2}(?:số\s{1,2})?\d{1,4}\s{0,2}|(?![IVXLC]{1,6}\))\p{Lu}{2,10}(?:\d{1,4})?)\)`,
  'iuy',
);
// The session, then the verb, before the day a law or the Assembly's resolution passed: "kỳ họp thứ 6 thông qua ngày …",
// or the verb alone after the Assembly and its term ("được Quốc hội khóa XV thông qua ngày 18/1/2024").
const SESSION_PASSED = rx(String.raw`(?:(?:tại\s{1,2})?[Kk]ỳ\s{1,2}họp\s{1,2}thứ\s{1,2}[\p{L}\d]{1,6},?\s{1,2})?(?:đã\s{1,2})?thông\s{1,2}qua(?:\s{1,2}vào)?(?=\s{1,2}ngày\s)`, 'uy');
// The Assembly named in the passive after a law: "Luật … số 31/2024/QH15 được Quốc hội khóa XV(, kỳ họp thứ 5,) thông qua" —
// the body that passed it, as "… được Chính phủ ban hành" names the one that issued a decree (two hundred and eighty-eighth
// and eighty-ninth outside probes: the day after it was lost, so a wrong day went untold).
const COUNTRY_NAMED = rx(String.raw`\s{1,2}${COUNTRY_NAME}`, 'uy');
// "ban hành" as well as "thông qua": "Luật Bình đẳng giới được Quốc hội khóa XII ban hành" (three hundred and sixty-fifth outside
// probe: issuer and term were not read, the wrong term untold).
const PASSED_AHEAD = rx(String.raw`(?:\s{1,2}${COUNTRY_NAME})?(?:\s{1,2}\(?kh(?:óa|oá|oa)\s{1,2}(?:[IVXL]{1,6}|\d{1,2})\)?)?(?:,?\s{1,2}(?:tại\s{1,2})?[Kk]ỳ\s{1,2}họp\s{1,2}thứ\s{1,2}[\p{L}\d]{1,6},?)?\s{1,2}(?:đã\s{1,2})?(?:thông\s{1,2}qua|ban\s{1,2}hành)(?![\p{L}])`, 'uy');
// The signer after the issuer, then the day: "Quy định 144-QĐ/TW của Bộ Chính trị do Tổng Bí thư Nguyễn Phú Trọng ký ngày
// 9/5/2024" (three hundred and fifty-fifth outside probe: the date was lost and told missing). A leader's title, a name of
// two to four words, the verb; only when the day follows.
const SIGNED_BY = rx(
  String.raw`do(?:\s{1,2}đồng\s{1,2}chí)?\s{1,2}(?:Tổng\s{1,2}Bí\s{1,2}thư|Thường\s{1,2}trực\s{1,2}Ban\s{1,2}Bí\s{1,2}thư|Phó\s{1,2}Thủ\s{1,2}tướng|Thủ\s{1,2}tướng(?:\s{1,2}Chính\s{1,2}phủ)?|Chủ\s{1,2}tịch\s{1,2}nước|Chủ\s{1,2}tịch\s{1,2}Quốc\s{1,2}hội|Bộ\s{1,2}trưởng(?:\s{1,2}Bộ(?:\s{1,2}\p{Lu}[\p{Ll}\p{M}]{0,7}){1,4})?)(?:${NAME_WORD}){2,4}(?:\s{1,2}(?:đã|vừa))?\s{1,2}k[ýí](?:\s{1,2}ban\s{1,2}hành)?(?:\s{1,2}vào)?(?=\s{1,2}ngày\s)`,
  'uy',
);
// With the adverbs news put between ("Chính phủ đã khẩn trương ban hành Nghị quyết 03-NQ/CP").
// A verb of chairing or leading after a body and perhaps its holder's name (up to four capitalised words).
// Or of carrying out a task the words before name: "… quy định tại khoản 3 Điều 7 Nghị định số 52/2013/NĐ-CP do Bộ trưởng Bộ
// Công Thương thực hiện" (forty-seventh session's probe 452: told the decree was not the minister's).
const CHAIRED_AFTER = rx(String.raw`(?:${NAME_WORD}){0,4}[ ]{1,2}(?:chủ\s{1,2}trì|đồng\s{1,2}chủ\s{1,2}trì|chỉ\s{1,2}đạo|phụ\s{1,2}trách|điều\s{1,2}hành|tổ\s{1,2}chức|làm\s{1,2}(?:Trưởng|trưởng)|thực\s{1,2}hiện|đảm\s{1,2}nhiệm|giải\s{1,2}quyết)(?![\p{L}])`, 'uy');
// The Central Committee written bare after a central id.
const COMMITTEE_AT = /^(?:Ban\s{1,2}Chấp\s{1,2}hành\s{1,2}Trung\s{1,2}ương|BCH\s{1,2}Trung\s{1,2}ương|BCHTW)/u;
// A small word after a body that is neither its term nor a subject's "về": the verb of a clause of its own.
const NEXT_CLAUSE_VERB = rx(String.raw`[ ]{1,3}(?!(?:về|khóa|khoá|Khóa|Khoá|và|cùng|Đảng|tỉnh|thành|huyện|xã|quận)(?![\p{L}\p{M}]))\p{Ll}`, 'uy');
// "đề nghị của <body> tại" right before a citation: the body that wrote it, named first.
const PROPOSAL_BEFORE = rx(String.raw`${PROPOSAL_WORDS}\s[^,.;:\n]{2,80}?\s{1,2}tại\s{1,2}$`, 'u');

/** Whether the citation `d` is named as a proposal's, "đề nghị của <body> tại Công văn số …". */
function proposalBefore(t: string, d: Draft): boolean {
  const begin = d.kindStart >= 0 ? d.kindStart : d.start;
  return PROPOSAL_BEFORE.test(t.slice(Math.max(0, begin - 120), begin));
}
// A body after a comma that names where it spoke next: "… tại thông báo số 99-TB/TW ngày 21/11/2025, của Ban Bí thư tại văn
// bản số 213-KL/TW …" lists whose each document is (fifty-second session's probe 482: the Secretariat was read as the
// notice's issuer, a false warning).
const AT_NEXT_ONE = rx(String.raw`\s{1,2}tại\s{1,2}(?:(?:[vV]ăn\s{1,2}bản|${KIND_ALTERNATION}|thông\s{1,2}báo|kết\s{1,2}luận|công\s{1,2}văn)\s{1,2}(?:số\s|\d)|số\s)`, 'uy');
const ISSUED_AFTER = rx(String.raw`\s{1,2}(?:(?:chính\s{1,2}thức|đã)\s{1,2})?(?:(?:khẩn\s{1,2}trương|kịp\s{1,2}thời|nhanh\s{1,2}chóng|vừa|mới)\s{1,2})?(?:k[ýí]\s{1,2})?ban\s{1,2}hành(?![\p{L}])`, 'uy');

export function readTail(
  t: string,
  d: Draft,
  limit: number,
  dateAt: Map<number, FoundDate>,
  termAt: Map<number, FoundTerm>,
  subjectLimit = limit,
): void {
  // A congress's resolution is dated by its congress and issued by it: ", ngày 16-1-2017, Bộ Chính trị ban
  // hành Nghị quyết số 08-NQ/TW" after "nghị quyết Đại hội XII" opens the next citation (thirty-fourth outside
  // probe: they were merged, and a false issuer warning followed).
  if (d.named?.kind === 'congress') return;
  let pos = d.end;
  // A footnote's number right after the id ("30-CT/TW1 của …", ids.ts): read past it. An id is
  // never followed by a digit otherwise.
  if (d.style === 'party') while (pos < limit && pos - d.end < 2 && isDigit(t.charCodeAt(pos))) pos++;
  let afterDate = false;
  let yearComma = false;
  // The year a writer puts after a Party id as its name's ("Nghị quyết 60-NQ/TW năm 2025 của Hội nghị lần
  // thứ 11 …"; twenty-fifth outside probe: the issuer after it was lost): read past it, once, kept as `yearNamed`.
  // So does a legal database's name of a state id without its year, "Chỉ thị 28/CT-TTg năm 2025 ngày 18/9/2025 của Thủ tướng
  // Chính phủ" (probe 438: the day and the issuer were lost, and the day was said to be missing).
  if (d.style === 'party' || (d.style === 'state' && d.idYear === null)) {
    YEAR_NAMED.lastIndex = pos;
    const y = YEAR_NAMED.exec(t);
    if (y && pos + y[0].length <= limit) {
      d.yearNamed = Number(/(?:19|20)\d\d/u.exec(y[0])![0]);
      pos += y[0].length;
      // A comma after the year ends the document's name: "… theo quy định cũ tại Quy định số 29-QĐ/TW năm 2016, về trình độ học
      // vấn yêu cầu người vào Đảng …" goes on with what the sentence says of it, no title (fortieth session's probe 383: read as
      // its subject, the regulation on the Charter was taken for another document of the number).
      if (t.charCodeAt(pos) === 44) yearComma = true;
    }
  }
  for (let guard = 0; guard < 6 && pos < limit; guard++) {
    const p = skipSeparator(t, pos);
    // What lies between is a few blanks and at most a comma: looked at in place, not sliced.
    let comma = false;
    let newline = false;
    for (let i = pos; i < p; i++) {
      const ci = t.charCodeAt(i);
      if (ci === 44) comma = true;
      else if (ci === 10) newline = true;
    }
    if (p >= limit && p > pos) break;
    const c = t.charCodeAt(p);
    if (c === 40) {
      SHORT_NAME.lastIndex = p;
      if (SHORT_NAME.test(t) && SHORT_NAME.lastIndex < limit) {
        pos = SHORT_NAME.lastIndex;
        continue;
      }
    }
    // Only the part right after the date, on its line, may be a bare issuer.
    const justDated = afterDate && !newline;
    afterDate = false;
    if (!d.date) {
      NGAY.lastIndex = p;
      // Regular expressions run only where their first letter stands (n, b; or a digit).
      const ng = c === 110 || c === 78 || c === 98 || c === 66 || c === 0x111 || c === 118 || c === 109 ? NGAY.exec(t) : null;
      const at = ng ? p + ng[0].length : p;
      const fd = dateAt.get(at);
      // "Ngày 4/10, …" at the start of the next line opens a sentence, not this citation's date
      // (ninth outside probe: a headline "… Chỉ thị 35-CT/TW" above "Ngày 4/10, Huyện ủy Điện Biên
      // tổ chức …" took that date and the Huyện ủy for its issuer). A title's wrapped date goes on
      // with "của …" ("Thông tư số 10/2022/TT-BLĐTBXH\nNgày 31 tháng 5 năm 2022 của Bộ trưởng …").
      // So does "Ngày …, <Capital>" in the line when the full stop before it was lost: "… thông qua Luật hòa giải ở cơ sở
      // Ngày 05 tháng 7 năm 2013, Chủ tịch nước … ký Lệnh công bố" (hundred-and-ninety-fifth outside probe: a false date
      // error on the law).
      if (fd && c === 78) {
        NEXT_CLAUSE.lastIndex = fd.end;
        if (newline ? t.charCodeAt(fd.end) === 44 : !comma && NEXT_CLAUSE.test(t)) break;
      }
      // After the issuer, ", ngày 20/2/2024, Thủ tướng Chính phủ ban hành …" opens the next clause: the date
      // is the next document's (forty-ninth outside probe: "Nghị quyết số 46 của Bộ Chính trị, ngày 20/2/2024,
      // Thủ tướng …" was a false date error).
      // And without the comma after it, when a body in capitals follows: "… Quyết định số 217-QĐ/TW của Bộ Chính trị, ngày
      // 26/10/2022 Ban Bí thư Trung ương …" (thirty-seventh session's probe 326: the directive's date became the decision's).
      if (fd && comma && d.issuer) {
        NEXT_CLAUSE.lastIndex = fd.end;
        if (NEXT_CLAUSE.test(t)) break;
        NEXT_BODY.lastIndex = fd.end;
        if (NEXT_BODY.test(t)) break;
      }
      // A law named with its year takes no day of another year after a comma: "… thi hành Luật MTTQVN 1999, ngày 09/6/2015
      // Quốc hội … thông qua Luật MTTQVN 2015" (probe 326: the law of 1999 was read as dated 2015, and so taken for the later).
      if (fd && comma && d.named?.year && fd.mention.year !== null && fd.mention.year !== d.named.year) break;
      // Without an issuer, only when the next clause says a body issued something: "… Nghị quyết số 27-NQ/TW, ngày
      // 26/6/2023, Ban Nội chính Trung ương ban hành Kế hoạch số 139-KH/BNCTW" (sixty-second outside probe: a false
      // date error).
      // With or without the comma, when a kind word follows "ban hành": "Thực hiện Nghị quyết số 46 của Bộ Chính trị,
      // ngày 20/2/2024 Thủ tướng Chính phủ ban hành Quyết định 182 …" (sixty-eighth outside probe: a false date error).
      if (fd && (comma || d.issuer)) {
        NEXT_ISSUING.lastIndex = fd.end;
        const m = NEXT_ISSUING.exec(t);
        if (m && (comma || KIND_AT.test(t.slice(NEXT_ISSUING.lastIndex, NEXT_ISSUING.lastIndex + 24)))) break;
      }
      // A bare date right after the id counts only after a comma ("25-NQ/TW, 3/6/2013"), or as a basis line's whole
      // tail, before its semicolon or its issuer: "Căn cứ Luật Tổ chức HĐND và UBND 26/11/2003;" (hundred-and-
      // fifty-second outside probe: the date was not read, so not judged).
      // On the next line too when the basis line wrapped before it: "Căn cứ Luật Tổ chức chính quyền địa phương\n15/6/2015;
      // Luật sửa đổi …" (fortieth session's probe 370: the wrong day, 19/6/2015, went untold).
      const bareTail =
        !!fd && !ng && !comma && fd.mention.year !== null && (newline ? t.charCodeAt(fd.end) === 59 && basisLine(t, d.start) : BARE_DATE_END.test(t.slice(fd.end, fd.end + 8)));
      if (fd && fd.end <= limit && (ng || comma || bareTail)) {
        d.date = fd.mention;
        pos = fd.end;
        d.fullEnd = pos;
        afterDate = true;
        continue;
      }
      // A full date in parentheses: "Nghị quyết số 60-NQ/TW (12/4/2025); Nghị quyết số
      // 202/2025/QH15 (12/6/2025)", "Nghị quyết số 72-NQ/TW (ngày 09/9/2025) về …" (eleventh
      // outside probe: lists and news items write the date so, and it was reported missing). In square brackets too, an
      // editor's insertion: "Nghị quyết số 33-NQ/TW [ngày 28-9-2018] của Bộ Chính trị" (three hundred and forty-seventh
      // outside probe: neither date nor issuer was read, and a wrong year went unnoticed).
      if (c === 40 || c === 91) {
        NGAY.lastIndex = p + 1;
        const inner = t.charCodeAt(p + 1) === 110 || t.charCodeAt(p + 1) === 78 ? NGAY.exec(t) : null;
        const pd = dateAt.get(p + 1 + (inner ? inner[0].length : 0));
        // Or the parentheses going on with the issuer: "Nghị quyết số 18-NQ/TW (ngày 25/10/2017 của Ban Chấp hành Trung ương
        // Đảng (khóa XII) …)" (forty-eighth session's probe 455: neither date, issuer nor term was read). The issuer is read
        // next, as after a date outside them.
        const closed = !!pd && t.charCodeAt(pd.end) === (c === 40 ? 41 : 93);
        const goesOn = !!pd && !closed && c === 40 && ISSUER_IN_PARENS.test(t.slice(pd.end, pd.end + 6)) && closesOnLine(t, pd.end);
        if (pd && pd.mention.year !== null && (closed || goesOn) && pd.end < limit) {
          d.date = pd.mention;
          pos = closed ? pd.end + 1 : pd.end;
          d.fullEnd = pos;
          afterDate = true;
          continue;
        }
      }
    }
    // "của <issuer>", "do <issuer>"; right after the date, the issuer may stand without "của"
    // ("… ngày 3/6/2017 Hội nghị lần thứ năm Ban Chấp hành Trung ương Đảng khóa XII").
    // "ban hành bởi <issuer>" (fourth outside probe: "ban hành bởi Tỉnh Ủy Kiên Giang").
    let by = false;
    // The first letters BY starts with: b(ởi, ban hành), đ(ược, đã), v(ừa), m(ới).
    if (c === 98 || c === 0x111 || c === 118 || c === 109) {
      BY.lastIndex = p;
      by = BY.test(t);
    }
    let ip = by ? BY.lastIndex : p;
    // After a comma, the body that decided by the document: "tại Quyết định số 328-QĐ/TW, Bộ Chính
    // trị quyết định thành lập …" (fourth outside probe).
    // Only a central Party id: a state id names its issuer in its symbol, and "tại Tờ trình số
    // 12/TTr-STC, UBND tỉnh quyết định" is one body proposing and another deciding.
    const deciding = comma && !newline && !d.issuer && d.style === 'party' && d.issuerCode === 'TW' && isUpperCode(c);
    // The plenum that passed a central resolution, named right after it without "của": "Nghị quyết số 26-NQ/TW Hội
    // nghị Trung ương 7 khóa X" (forty-ninth outside probe: the term was lost, and the 2022 resolution chosen).
    // In parentheses too: "Nghị quyết số 22-NQ/TW (Hội nghị Trung ương 6 khóa X) về …" (fifty-ninth outside probe: the
    // 2022 resolution of that number had been taken, silently).
    const central = !newline && !d.issuer && d.style === 'party' && d.issuerCode === 'TW';
    const plenumParen = central && c === 40 && t.startsWith('Hội nghị', p + 1);
    // Or the Committee itself: "Nghị quyết 24-NQ / TW Ban Chấp hành Trung ương Đảng khóa IX về các vấn đề dân tộc" (fortieth
    // session's probe 377: its term lost, the resolution of 2022 on the Đông Nam Bộ region was taken).
    const plenum = (central && c === 72 && t.startsWith('Hội nghị', p)) || plenumParen || (central && c === 66 && COMMITTEE_AT.test(t.slice(p, p + 28)));
    if (plenumParen) ip = p + 1;
    // A body written bare right after the id, then "ban hành": "Quyết định số 2540/QĐ-TTg Thủ tướng Chính phủ ban hành ngày
    // 30-12-2016" (fifty-eighth outside probe: issuer and date were lost).
    const written = c === 99 || c === 100 || by || (c === 67 && (t.charCodeAt(p + 1) === 0x1ee6 || t.charCodeAt(p + 1) === 0x1ee7)) || (justDated && isUpperCode(c)) || deciding || plenum;
    const bareIssued = !written && !d.issuer && !comma && !newline && isUpperCode(c);
    if (!d.issuer && (written || bareIssued)) {
      const passive = (by && c !== 98) || bareIssued;
      let iss = matchIssuer(t, ip, justDated || deciding || passive || plenum);
      if (iss && plenum && !justDated && iss.name !== 'Ban Chấp hành Trung ương') iss = null;
      if (iss && deciding && !justDated && !plenum) {
        DECIDES.lastIndex = iss.at + iss.text.length;
        // The Politburo and the Secretariat speak together: "tại Kết luận 183-KL/TW, Bộ Chính trị và Ban Bí thư giao …".
        OTHER_CENTRAL.lastIndex = iss.at + iss.text.length;
        NEXT_CLAUSE_VERB.lastIndex = OTHER_CENTRAL.test(t) ? OTHER_CENTRAL.lastIndex : iss.at + iss.text.length;
        const speaks = DECIDES.test(t) || (NEXT_CLAUSE_VERB.test(t) && IN_IT_BEFORE.test(t.slice(Math.max(0, d.start - 40), d.start)));
        if (!speaks || !CENTRAL_PARTY_BODIES.has(iss.name)) iss = null;
      }
      if (iss && passive) {
        ISSUED_AFTER.lastIndex = iss.at + iss.text.length;
        PASSED_AHEAD.lastIndex = iss.at + iss.text.length;
        if (!ISSUED_AFTER.test(t) && !(isLaw(d) && NATIONAL_ASSEMBLY.test(iss.name) && PASSED_AHEAD.test(t))) iss = null;
      }
      // "do <body> <name> chủ trì": the one who chaired a meeting on it, not its issuer ("Hội nghị … thực hiện Nghị quyết số
      // 120/NQ-CP do Thủ tướng Chính phủ Nguyễn Xuân Phúc chủ trì"; two hundred and eighty-seventh outside probe: a false
      // issuer warning).
      if (iss && c === 100) {
        CHAIRED_AFTER.lastIndex = iss.at + iss.text.length;
        if (CHAIRED_AFTER.test(t)) iss = null;
      }
      // A body after the date and a comma that then issues something opens the next clause: "… tại Tờ trình số
      // 926/TTr-SGDĐT ngày 27/4/2022, Ủy ban nhân dân tỉnh ban hành Kế hoạch …" (seventy-eighth outside probe: the
      // department's submission was credited to the People's Committee).
      // So does one a Party id's comma lets decide (`deciding`): "Nghị quyết số 68-NQ/TW được ban hành ngày 4/5/2025, Chính
      // phủ đã ban hành Kế hoạch …" (two outside probes' false issuer findings once that date was read).
      // Any other verb after it does too where the citation is a proposal's, its body named before it: "Theo đề nghị của UBND
      // tỉnh Sơn La tại Công văn số 1096/UBND-KT ngày 23/4/2021, Bộ Tài nguyên và Môi trường đăng tải …" (fortieth session's
      // probe 374: the letter was credited to the ministry). Not otherwise: "Tại Kết luận số 149-KL/TW ngày 10/4/2025, Bộ
      // Chính trị yêu cầu …" names the body that speaks in it.
      // Nor where the Government Office's notice or letter conveys a leader's word: "Thông báo số 384/TB-VPCP ngày 25/7/2025,
      // Thủ tướng Chính phủ đã giao …" (forty-sixth session's probe 446: the notice was credited to the Prime Minister); the
      // symbol names the Office, and the leader is the one who speaks in it.
      if (iss && comma && c === 99) {
        AT_NEXT_ONE.lastIndex = iss.at + iss.text.length;
        if (AT_NEXT_ONE.test(t)) iss = null;
      }
      if (iss && justDated && comma && iss.at === p && !plenum) {
        ISSUED_AFTER.lastIndex = iss.at + iss.text.length;
        NEXT_CLAUSE_VERB.lastIndex = iss.at + iss.text.length;
        const speaker = d.issuerCode === 'VPCP' && iss.name !== 'Văn phòng Chính phủ';
        if (ISSUED_AFTER.test(t) || (NEXT_CLAUSE_VERB.test(t) && (speaker || proposalBefore(t, d)))) iss = null;
      }
      // A law is the National Assembly's (an ordinance its Standing Committee's): another body after it
      // belongs to the document whose title names the law ("Thông tư 12/2019/TT-BNV hướng dẫn … Luật thi đua,
      // khen thưởng do Bộ trưởng Bộ Nội vụ ban hành", "Quyết định 1589/QĐ-TTg … Luật … 72/2025/QH15 do Thủ
      // tướng Chính phủ ban hành"; twenty-sixth and thirty-second outside probes: false issuer warnings).
      if (iss && isLaw(d) && !NATIONAL_ASSEMBLY.test(iss.name)) iss = null;
      // Likewise a charter or platform named in another document's title: "Quy định 29-QĐ/TW năm 2016 thi hành
      // Điều lệ Đảng do Ban Chấp hành Trung ương ban hành" (fifty-ninth outside probe: a false issuer warning).
      if (iss && (d.named?.kind === 'charter' || d.named?.kind === 'platform') && EMBEDDED_BEFORE.test(t.slice(Math.max(0, d.start - 24), d.start))) iss = null;
      // And any document named in the subject of a title line: "Kết luận 43-KL/TW về … 5 năm thực hiện Chỉ thị 06-CT/TW về
      // “…” do Ban Chấp hành Trung ương ban hành" (a hundred-and-ninety-ninth outside probe's false issuer warning on the
      // Secretariat's directive).
      if (iss && c === 100 && TITLE_HEAD.test(lineBefore(t, d.start))) {
        PASSIVE_AT_END.lastIndex = iss.at + iss.text.length;
        if (PASSIVE_AT_END.test(t)) iss = null;
      }
      if (iss && iss.at + iss.text.length <= limit) {
        d.issuer = { name: iss.name, written: iss.text, start: iss.at, end: iss.at + iss.text.length };
        pos = iss.at + iss.text.length;
        // Joint issuers: the first stays `issuer`, all of them are listed.
        const all: NonNullable<Draft['issuer']>[] = [d.issuer];
        // Whether the last one is a ministry: the next may then drop "Bộ".
        let ministry = iss.ministry;
        for (let k = 0; k < 4; k++) {
          JOINT_SEP.lastIndex = pos;
          const sep = JOINT_SEP.exec(t);
          if (!sep) break;
          const next = matchIssuer(t, pos + sep[0].length, true) ?? (ministry ? nextMinistry(t, pos + sep[0].length) : null);
          if (!next || next.at + next.text.length > limit) break;
          all.push({ name: next.name, written: next.text, start: next.at, end: next.at + next.text.length });
          ministry = next.ministry;
          pos = next.at + next.text.length;
        }
        if (all.length > 1) d.issuers = all;
        // "Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam khóa XII": the country's name is the Assembly's.
        if (isLaw(d) && NATIONAL_ASSEMBLY.test(iss.name)) {
          COUNTRY_NAMED.lastIndex = pos;
          if (COUNTRY_NAMED.test(t) && COUNTRY_NAMED.lastIndex <= limit) pos = COUNTRY_NAMED.lastIndex;
        }
        // The Politburo or the Secretariat "of the Central Committee", written in apposition: "của Bộ Chính trị Ban Chấp hành
        // Trung ương Đảng Cộng sản Việt Nam về …", as Government bases write it (two-hundred-and-forty-seventh outside probe:
        // the subject after it was lost and told missing). Part of the issuer's words, not a second issuer.
        if (all.length === 1 && (iss.name === 'Bộ Chính trị' || iss.name === 'Ban Bí thư')) {
          OF_CENTRAL_COMMITTEE.lastIndex = pos;
          if (OF_CENTRAL_COMMITTEE.test(t) && OF_CENTRAL_COMMITTEE.lastIndex <= limit) {
            pos = OF_CENTRAL_COMMITTEE.lastIndex;
            d.issuer.written = t.slice(d.issuer.start, pos);
            d.issuer.end = pos;
          }
        }
        d.fullEnd = pos;
        continue;
      }
    }
    if (!d.term && (c === 40 || c === 107 || c === 75)) {
      TERM_AT.lastIndex = p;
      const tm = TERM_AT.exec(t);
      if (tm && p + tm[0].length <= limit) {
        const inner = p + (tm[1]?.length ?? 0);
        const mention = termAt.get(inner);
        if (mention) {
          d.term = mention.mention;
          pos = p + tm[0].length;
          d.fullEnd = pos;
          continue;
        }
      }
    }
    // The session after the term, then the day it passed: "Nghị quyết số 104/2023/QH15 của Quốc hội khóa XV, kỳ họp thứ 6
    // thông qua ngày 10 tháng 11 năm 2023 về giao dự toán …" (two-hundred-and-fifth outside probe: the date and subject were
    // lost, and told missing). Only after a term, and only when the day follows.
    if (!d.date && (d.term || (d.issuer && isLaw(d))) && (c === 107 || c === 75 || c === 116 || c === 0x111)) {
      SESSION_PASSED.lastIndex = p;
      if (SESSION_PASSED.test(t) && SESSION_PASSED.lastIndex <= limit) {
        pos = SESSION_PASSED.lastIndex;
        continue;
      }
    }
    if (d.issuer && !d.date && c === 100) {
      SIGNED_BY.lastIndex = p;
      if (SIGNED_BY.test(t) && SIGNED_BY.lastIndex <= limit) {
        pos = SIGNED_BY.lastIndex;
        continue;
      }
    }
    // "… do Chính phủ ban hành": the verb of the issuer just read, not a subject opening with "ban hành" (hundred-and-
    // eighty-fourth outside probe: a legal database's list line ran into the next line's header as the subject).
    if (d.issuer && !d.subject && c === 98) {
      ISSUED_VERB.lastIndex = p;
      if (ISSUED_VERB.test(t) && ISSUED_VERB.lastIndex <= limit) {
        pos = ISSUED_VERB.lastIndex;
        d.fullEnd = pos;
        continue;
      }
    }
    if (!d.subject && SUBJECT_FIRST.has(c) && !(yearComma && comma && c === 118)) {
      const subj = readSubject(t, p, subjectLimit, d.kind);
      if (subj) {
        d.subject = subj;
        pos = subj.end;
        // A title ending "do <body> ban hành" that names this document inside another's (a legal site's list: "Nghị quyết
        // 137/NQ-CP năm 2017 về Chương trình hành động thực hiện Nghị quyết 21-NQ/TW về công tác dân số … do Chính phủ
        // ban hành"): the body is the outer document's, so nothing more is read (forty-first session: once the subject
        // stopped there, 21-NQ/TW was credited to the Government).
        ISSUED_LABEL.lastIndex = pos;
        if (ISSUED_LABEL.test(t) && NAMED_BEFORE.test(lineBefore(t, d.start))) break;
        continue;
      }
    }
    break;
  }
}

/**
 * "của <issuer>" at `p` (or, when `bare`, an issuer without "của"): the issuer, its canonical
 * offset and its text, or null.
 */
interface IssuerMatch {
  name: string;
  text: string;
  at: number;
  /** A ministry: a joint issuer after it may be named without "Bộ". */
  ministry: boolean;
}

/** A ministry named after another, with or without "Bộ", at `p`. */
function nextMinistry(t: string, p: number): IssuerMatch | null {
  NEXT_MINISTRY.lastIndex = p;
  const m = NEXT_MINISTRY.exec(t);
  return m ? { name: 'Bộ ' + m[1]!.replace(/\s+/gu, ' '), text: m[0], at: p, ministry: true } : null;
}

// The central bodies after "của"/"do" in any case: "của bộ chính trị", "của Ban Chấp hành trung ương"
// (twenty-sixth and twenty-seventh outside probes: the issuer was lost, and the citation told it lacked
// one — while title-capitalization told the writer to capitalise it). Only these: in lower case most
// other names are common words ("của ban chỉ đạo", "do hội đồng").
const CENTRAL_ANY_CASE: readonly [string, string][] = [
  [String.raw`bộ\s{1,2}chính\s{1,2}trị`, 'Bộ Chính trị'],
  [String.raw`ban\s{1,2}bí\s{1,2}thư`, 'Ban Bí thư'],
  [String.raw`ban\s{1,2}chấp\s{1,2}hành\s{1,2}trung\s{1,2}ương(?:\s{1,2}đảng)?`, 'Ban Chấp hành Trung ương'],
  [String.raw`thủ\s{1,2}tướng\s{1,2}chính\s{1,2}phủ`, 'Thủ tướng Chính phủ'],
  [String.raw`chính\s{1,2}phủ`, 'Chính phủ'],
  [String.raw`(?:ủy|uỷ)\s{1,2}ban\s{1,2}thường\s{1,2}vụ\s{1,2}quốc\s{1,2}hội`, 'Ủy ban Thường vụ Quốc hội'],
  [String.raw`quốc\s{1,2}hội`, 'Quốc hội'],
];
let centralAnyCase: RegExp | undefined;

function centralInAnyCase(t: string, q: number): IssuerMatch | null {
  const c = t.charCodeAt(q) | 0x20; // b, c, q, t, u/ủ start them
  if (c !== 98 && c !== 99 && c !== 113 && c !== 116 && t.charCodeAt(q) !== 0x1ee7 && t.charCodeAt(q) !== 0x1ee6 && c !== 117) return null;
  const re = (centralAnyCase ??= rxNow(`(?:${CENTRAL_ANY_CASE.map(([src]) => `(${src})`).join('|')})(?![\\p{L}])`, 'iuy'));
  re.lastIndex = q;
  const m = re.exec(t);
  if (!m) return null;
  let k = 1;
  while (m[k] === undefined) k++;
  return { name: CENTRAL_ANY_CASE[k - 1]![1], text: m[0], at: q, ministry: false };
}

function matchIssuer(t: string, p: number, bare: boolean): IssuerMatch | null {
  // Cheap first test: every issuer starts with a capital after "của"/"do" (or at once when bare);
  // "của các cơ quan", "do đó" end here without the big alternation.
  const c0 = t.charCodeAt(p);
  let q = p;
  if ((c0 === 99 || c0 === 67) && (t.charCodeAt(p + 1) === 0x1ee7 || t.charCodeAt(p + 1) === 0x1ee6)) q = p + 3; // của, CỦA
  else if (c0 === 100 && t.charCodeAt(p + 1) === 111) q = p + 2; // do
  else if (c0 === 98 && t.charCodeAt(p + 1) === 0x1edf && t.charCodeAt(p + 2) === 105) q = p + 3; // bởi ("ban hành bởi Tỉnh ủy …")
  else if (!bare) return null;
  if (q > p) {
    const s1 = t.charCodeAt(q);
    if (s1 !== 32 && s1 !== 10) return null;
    q++;
    const s2 = t.charCodeAt(q);
    if (s2 === 32 || s2 === 10) q++;
  }
  if (!isUpperCode(t.charCodeAt(q))) return q > p ? centralInAnyCase(t, q) : null;
  const caps = t.charCodeAt(p) === 67 && t.charCodeAt(p + 1) === 0x1ee6; // "CỦ"
  let re: RegExp | undefined;
  let order = ALL_ISSUERS;
  let found: { k: number; body: string; end: number } | null = null;
  if (!caps && !ISSUER_ANY_START) {
    // The whole alternation may also try the issuers at "của"/"do" and the spaces after them (as
    // a bare issuer): the split is exact only when none of those characters starts an issuer.
    let clash = false;
    for (let i = p; i < q; i++) if (ISSUER_GROUPS.has(t.charCodeAt(i))) clash = true;
    if (!clash) {
      const g = ISSUER_GROUPS.get(t.charCodeAt(q));
      if (!g) return null;
      if (g.asked++ < ONE_BY_ONE) {
        found = issuerOneByOne(t, p, q, g.issuers);
        if (!found) return q > p ? centralInAnyCase(t, q) : null;
      } else {
        re = g.re ??= rxNow(g.source, 'uy');
        order = g.issuers;
      }
    }
  }
  if (!found) {
    re ??= caps ? (issuerAtCaps ??= rxNow(ISSUER_SRC, 'iuy')) : (issuerAt ??= rxNow(ISSUER_SRC, 'uy'));
    re.lastIndex = p;
    const m = re.exec(t);
    if (!m) return q > p && !caps ? centralInAnyCase(t, q) : null;
    let k = 2;
    while (k < m.length && m[k] === undefined) k++;
    found = { k: order[k - 2]!, body: m[k]!, end: p + m[0]!.length };
  }
  const at = found.end - found.body.length;
  if (at === p && !bare) return null;
  const issuer = ISSUERS[found.k]!;
  let text = found.body;
  const tail = PLACE_TAILS[TAIL_OF[found.k]!];
  if (tail) {
    const place = caps ? (tail.caps ??= rxNow(`${tail.tail}(?![\\p{L}])`, 'iuy')) : (tail.re ??= rxNow(`${tail.tail}(?![\\p{L}])`, 'uy'));
    place.lastIndex = found.end;
    const written = place.exec(t)![0];
    text += tail.onItsLine ? placeOnItsLine(t, written, place.lastIndex) : written;
  }
  while (text.length && isSpaceCode(text.charCodeAt(text.length - 1))) text = text.slice(0, -1);
  // A ministry is named as the record names it: "Bộ Tài chính" for "Bộ trưởng Bộ Tài chính" and
  // for the "Bộ trưởng Lao động - Thương binh và Xã hội" some texts write. Other bodies without a
  // record name keep the name as written.
  const name = issuer.name || flatName(text, issuer.ministry === true);
  return { name, text, at, ministry: issuer.ministry === true };
}


/**
 * A place read across a line break, cut at the break when the words after it open a sentence: "… của Ban
 * Thường vụ Tỉnh ủy Trà Vinh\nThời gian qua, …" (a headline over its article; thirty-seventh outside probe:
 * the issuer became "… Trà Vinh Thời"). Kept whole when the line holds one word of it only ("Tỉnh ủy Hà\nTĩnh
 * về …", a PDF's wrap inside a name): a place of two words or more on its line is complete as often as not,
 * and capitalised words followed by a lower-case one are a sentence's start.
 */
function placeOnItsLine(t: string, place: string, end: number): string {
  const nl = place.indexOf('\n');
  if (nl < 0) return place;
  const before = place.slice(0, nl).trim();
  if (before.split(' ').length < 2 || !(t.charCodeAt(end) === 32 && isLowerCode(t.charCodeAt(end + 1)))) return place;
  return place.slice(0, nl).trimEnd();
}

/** Whether code unit `c` is white space as `\s` reads it (ECMAScript WhiteSpace and LineTerminator). */
function isSpaceCode(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** The name of an issuer without a record name: as written, one space a gap; a ministry as "Bộ …". */
function flatName(text: string, ministry: boolean): string {
  const flat = text.replace(/\s+/gu, ' ');
  if (!ministry) return flat;
  // In any case: "CỦA BỘ GIAO THÔNG VẬN TẢI" in a title in capitals is the Bộ Giao thông vận tải the body names
  // (seventy-ninth outside probe: "Bộ BỘ GIAO THÔNG VẬN TẢI" was told inconsistent with the body's own mention).
  const rest = flat.replace(/^(?:Liên bộ |Bộ (?:trưởng )?(?:Bộ )?)/iu, '');
  return 'Bộ ' + (MINISTRIES.includes(rest) ? rest : (MINISTRY_INITIALS[rest] ?? MINISTRY_BY_KEY.get(ministryKey(rest)) ?? rest));
}

/** A ministry's name folded, dashes and commas as spaces: the key of its spellings. */
function ministryKey(name: string): string {
  return fold(name).replace(/[-–,]/gu, ' ').replace(/\s+/gu, ' ').trim();
}
// Each ministry by its key, as MINISTRIES first spells it.
const MINISTRY_BY_KEY: ReadonlyMap<string, string> = (() => {
  const m = new Map<string, string>();
  for (const name of MINISTRIES) if (!m.has(ministryKey(name))) m.set(ministryKey(name), name);
  return m;
})();

const TRAILING_AND = /[ ,]{1,3}và$/u;

/** Whether only spaces stand between the line's start and `p`, past a line break (not the text's first line). */
function startsLine(t: string, p: number): boolean {
  let k = p - 1;
  while (k >= 0 && (t.charCodeAt(k) === 32 || t.charCodeAt(k) === 9)) k--;
  return k >= 0 && t.charCodeAt(k) === 10;
}

function readSubject(t: string, p: number, limit: number, kind: string | null): Draft['subject'] {
  const q = quotedAt(t, p);
  // A quoted title may name laws, even an amending law, whose citations stop an unquoted subject: the quote is the subject
  // still, unless a number stands in it ("… của Chính phủ “Quy định chi tiết … của Luật Khiếu nại, tố cáo và các Luật sửa đổi,
  // bổ sung một số điều của Luật khiếu nại, tố cáo”"; three hundred and fifty-ninth outside probe: told it lacked its subject).
  if (q && (q.end <= limit || !NUMBER_IN_QUOTE.test(q.text))) return { text: q.text, start: p + 1, end: q.end };
  // A quote opened and never closed, as a page left it: "… khóa X “ về công tác phụ nữ thời kỳ …, ý kiến của …" (two hundred
  // and ninety-eighth outside probe: told it lacked its subject). The subject is read after it as if unquoted.
  if (!q && t.charCodeAt(p) === 34) {
    let k = p + 1;
    while (k < limit && t.charCodeAt(k) === 32) k++;
    return k < limit && t.charCodeAt(k) !== 34 && !(p > 0 && isLetterOrDigit(t.charCodeAt(p - 1))) ? readSubject(t, k, limit, kind) : null;
  }
  // In parentheses: "Kết luận số 121-KL/TW … khóa XIII (về tổng kết Nghị quyết số 18-NQ/TW …)" (fourteenth
  // outside probe). The subject is what the parentheses hold, up to their close on the paragraph.
  if (t.charCodeAt(p) === 40) {
    SUBJECT_AT.lastIndex = p + 1;
    if (!SUBJECT_AT.test(t)) return null;
    const close = t.indexOf(')', p);
    if (close < 0 || close > limit || close - p > 400) return null;
    return { text: t.slice(p + 1, close).replace(/\s+/gu, ' '), start: p + 1, end: close };
  }
  TITLE_AT.lastIndex = p;
  SUBJECT_AT.lastIndex = p;
  let s = TITLE_AT.exec(t) ?? SUBJECT_AT.exec(t);
  if (!s && kind !== null && PLAN_KINDS.has(kind)) {
    PLAN_SUBJECT_AT.lastIndex = p;
    s = PLAN_SUBJECT_AT.exec(t);
  }
  if (!s) return null;
  // A regulation's title never opens with the verb of its kind: "theo Quy định 24-QĐ/TW quy định người vào Đảng phải có
  // bằng tốt nghiệp …" says what it rules (hundred-and-seventy-sixth outside probe: taken for its subject, the regulation
  // was told "probably another document of that number").
  if (kind === 'Quy định' && s[0].startsWith('quy')) return null;
  // "hướng dẫn của Bộ …", "hướng dẫn số 12": the noun, another document of a list, not what this one is about ("Quyết định số
  // 920/QĐ-TTg, hướng dẫn của Bộ Dân tộc và Tôn giáo"; forty-ninth session's probe 458: taken for its subject, the decision
  // was told another document of the number, and every later mention of it with it).
  if (GUIDANCE.test(s[0]) && NOUN_AFTER_GUIDANCE.test(t.slice(p + s[0].length, p + s[0].length + 4))) return null;
  const start = p;
  const bodyStart = p + s[0].length;
  // A quoted subject after "về": 'về "Tăng cường …"'. After the verbs "quy định", "hướng dẫn" a quote is what the text
  // says, not its title: "Quy định 232-QĐ/TW quy định “Vấn đề liên quan đến tiêu chuẩn chính trị …”" (ninety-ninth
  // outside probe: taken for its subject, the regulation was told "probably another document of that number").
  const q2 = quotedAt(t, bodyStart);
  if (q2 && q2.end <= limit) return QUOTING_VERB.test(s[0]) ? null : { text: t.slice(start, bodyStart) + q2.text, start, end: q2.end };
  // Do not run into the next citation, nor out of a heading line.
  let rest = t.slice(bodyStart, Math.min(limit, bodyStart + 300));
  let stop = SUBJECT_END.exec(rest);
  const nl = rest.indexOf('\n');
  if (nl >= 0 && (!stop || stop.index > nl) && isHeadingLine(t, bodyStart)) {
    rest = rest.slice(0, nl);
    stop = null;
  }
  // A run-in heading opening the next line ("… Quyết định số 218-QĐ/TW của Bộ Chính trị\nVề kết quả giám sát: Trên cơ sở …";
  // outside probe 410: taken for the subject, the decision was told "perhaps another document"): no subject. On the
  // citation's own line a colon before a capital ends the subject ("… 52-NQ/TW về cách mạng 4.0: Các địa phương …", probe 321).
  if (stop?.[0].startsWith(':') && startsLine(t, start)) return null;
  let len = stop ? stop.index : rest.length;
  while (len > 0 && (rest[len - 1] === ' ' || rest[len - 1] === '\n' || rest[len - 1] === ',')) len--;
  // Run up to the next citation of a list: "Nghị quyết về công tác dân tộc và Nghị quyết về …" ends before "và".
  const and = stop === null && bodyStart + rest.length === limit ? TRAILING_AND.exec(rest.slice(0, len)) : null;
  if (and) len -= and[0].length;
  if (len < 3) return null;
  const text = t.slice(start, bodyStart + len);
  return { text: text.includes('\n') || text.includes('  ') ? text.replace(/\s+/gu, ' ') : text, start, end: bodyStart + len };
}
