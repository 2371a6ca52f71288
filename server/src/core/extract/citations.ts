// References to documents, as writers write them.
//
// Strategy: the number-and-symbol ("290-QĐ/TW", "30/2020/NĐ-CP") is the strongest signature, so
// ids are found first, anywhere; the kind word ("Quyết định số") is read backwards from an id, and
// the parts that belong to a citation (", ngày 25/2/2010", "của Bộ Chính trị", "khóa X",
// "về Quy chế …") forwards from it. Citations joined by "và" or "," form a list whose trailing
// date, issuer and term belong to every member. Number-only mentions ("Quyết định 217") and named
// documents ("Nghị quyết Hội nghị Trung ương 4 (khóa XI)") are read the same way.
//
// All work is on the canonical text (see text/normalize.ts); spans are mapped back at the end.
// Every regular expression has bounded repetitions, so the work per offset is bounded: linear
// time. For speed, scanning patterns start with a digit or a literal (found fast by the engine)
// and the per-hit checks run on small windows or as sticky matches at a known position.

import type { NormalizedText } from '../text/normalize';
import type { Span } from '../types';
import type { DateMention, FoundDate } from './dates';
import type { ReportHeader } from './header';
import { ISSUERS, KIND_BY_CODE, KIND_LAST_WORDS, KIND_WORDS, ORDINAL_WORDS, PARTY_ISSUER_CODE } from './patterns';
import { romanValue, type FoundTerm, type TermMention } from './terms';

export type CitationStyle = 'party' | 'state' | 'number-only' | 'named';

/** How an id departs from the official form, when it does. */
export type IdMalformation =
  | 'state-order' // "217/QĐ-TW": a Party id written state-style
  | 'slash' // "66/QĐ/TW": slash instead of the hyphen
  | 'spacing' // "100 - KL/TW"
  | null;

export interface NamedDocument {
  /**
   * "plenum" for "Nghị quyết Hội nghị Trung ương 4", "congress" for "Nghị quyết Đại hội XIII",
   * "law" for a law, code, ordinance or the Constitution cited by name ("Luật Đất đai năm 2024",
   * "Hiến pháp năm 2013"; the name is in Citation.name, the kind word in Citation.kind),
   * "charter" for "Điều lệ Đảng", "platform" for "Cương lĩnh xây dựng đất nước …".
   */
  kind: 'plenum' | 'congress' | 'law' | 'charter' | 'platform';
  /** Plenum number (4), or null for a congress. */
  plenum: number | null;
  /** Term (khóa) of the plenum, or the congress number, as a Roman numeral. */
  term: string | null;
  /** Year written with the name ("Luật Đất đai năm 2024" → 2024; "bổ sung, phát triển năm 2011"). */
  year?: number | null;
  /** A congress of a local Party organisation ("Đại hội đại biểu Đảng bộ tỉnh lần thứ XX") is not the national one. */
  level?: 'national' | 'local';
}

export interface Citation {
  /** From the kind word (or the id when there is none) to the end of the id or number. */
  span: Span;
  /** The citation with its date, issuer and term (not the subject). */
  fullSpan: Span;
  style: CitationStyle;
  /** Canonical kind word ("Quyết định"), null when neither written nor implied. */
  kind: string | null;
  kindSpan: Span | null;
  /** Whether the kind came from the text at this citation (false: from the list or the code). */
  kindWritten: boolean;
  number: string | null;
  /** "QĐ/TW", "NĐ-CP", "QH15"; null for number-only and named citations. */
  symbol: string | null;
  /** Official form: "290-QĐ/TW", "30/2020/NĐ-CP". */
  id: string | null;
  /** The id as written ("217/QĐ-TW", "25 - NQ/TW"), and where. */
  idText: string | null;
  idSpan: Span | null;
  malformed: IdMalformation;
  /** Symbol parts: type code ("QĐ") and issuer code ("TW"; "CP" of "NĐ-CP"; "QH15"). */
  typeCode: string | null;
  issuerCode: string | null;
  /** Year inside a state id ("30/2020/NĐ-CP" → 2020). */
  idYear: number | null;
  date: DateMention | null;
  /** True when the date was written after the last member of a list and shared. */
  dateShared: boolean;
  issuer: { name: string; written: string; span: Span } | null;
  term: TermMention | null;
  subject: { text: string; span: Span } | null;
  named: NamedDocument | null;
  /** Index of the list this citation belongs to (members share it), or -1. */
  list: number;
  /**
   * The name written between the kind and the number: "Bảo hiểm xã hội" of "Luật Bảo hiểm xã
   * hội số 41/2024/QH15". Null when there is none.
   */
  name: { text: string; span: Span } | null;
}

// ---- Regular expressions ------------------------------------------------------------------

const KIND_ALT = KIND_WORDS.map((k) => k.replace(/ /g, String.raw`\s{1,2}`)).join('|');
const L = String.raw`[\p{Lu}Đ]`;
// A line break right after a separator: PDF extraction and soft-wrapped Markdown break ids there
// ("Thông tư số 42/2019/TT-\nBLĐTBXH").
const WRAP = String.raw`(?:[ ]{0,2}\n[ ]{0,2})?`;
// What may not follow an id: more of a word, another symbol part, another number.
const ID_END = String.raw`(?![\p{L}\p{N}]|-${L}|/\p{N})`;

// Ids, in one scanning pattern that starts with a digit (found fast), in three branches:
//   Party: 290-QĐ/TW, 08B-NQ/HNTW, 5053-CV/VPTW/nb, "25 - NQ/TW", "25-\nNQ/TW";
//   state with a year: 30/2020/NĐ-CP, 41/2024/QH15, 34/2007/PL-UBTVQH11, 01/2014/NQLT/CP-UBTƯMTTQVN;
//   state without a year, and Party ids written state-style or with a slash: 1234/QĐ-UBND,
//   16/CT-TTg, 217/QĐ-TW, 66/QĐ/TW.
// Groups: 1 number; Party 2-3 spaces around the hyphen, 4 type, 5 issuer, 6 suffix; state with a
// year 7 year, 8 symbol; state without 9 type, 10 separator, 11 the rest.
const ID_SCAN = new RegExp(
  String.raw`(\d{1,5}(?:\.\d{1,3})?[A-Za-z]?)(?:` +
    String.raw`(\s{0,3})-(\s{0,3})(${L}[\p{L}]{0,5})\s{0,2}/\s{0,2}(${L}[\p{L}\p{N}]{0,11})(/[a-z]{1,3})?` +
    String.raw`|[ ]?/[ ]?(?:((?:19|20)\d\d)[ ]?/${WRAP}(${L}[\p{L}\p{N}]{0,9}(?:[-/]${WRAP}${L}[\p{L}\p{N}]{0,14}){0,3})` +
    String.raw`|(${L}[\p{L}]{0,5})([-/])${WRAP}(${L}[\p{L}\p{N}]{0,14}(?:-${WRAP}${L}[\p{L}\p{N}]{0,10}){0,2})))${ID_END}`,
  'gu',
);

// "Luật Bảo hiểm xã hội số …": a name between the kind and "số". The name may not contain the
// word "Luật", so in "Luật sửa đổi … của Luật Bảo hiểm y tế số …" the nearest "Luật" is taken.
const NAMED_KIND_BEFORE = new RegExp(
  String.raw`(?<![\p{L}])(Luật|LUẬT|Bộ\s{1,2}luật|Pháp\s{1,2}lệnh)((?:\s{1,2}(?!Luật(?![\p{L}]))[\p{L}\p{M},\-]{1,20}){1,14}?)\s{1,3}(?:số|Số)\s{0,2}:?\s{0,3}$`,
  'u',
);
// The same before a law's number written without "số" ("Luật Hải quan 54/2014/QH13"); names of
// capitalised words only, so running text before a bare number is not taken for a name.
const NAMED_LAW_BEFORE_ID = new RegExp(
  String.raw`(?<![\p{L}])(Luật|Bộ\s{1,2}luật)((?:\s{1,2}(?!Luật(?![\p{L}]))[\p{Lu}][\p{L}\p{M},\-]{0,19}(?:\s{1,2}[\p{Ll}][\p{L}\p{M}]{0,12}){0,3}){1,6}?)\s{1,3}$`,
  'u',
);
// Between two members of a list: ", ", " và " — possibly with the kind word again. A ";"
// separates clauses ("Căn cứ …; Căn cứ …"), not members, so it does not join a list.
const LIST_GAP = new RegExp(
  String.raw`^\s{0,3}(?:,|và|,\s{0,2}và|cùng)\s{0,3}(?:(?:các\s{1,2})?(?:${KIND_ALT})\s{1,3})?(?:số\s{0,2}:?\s{0,3})?$`,
  'iu',
);

// A count, not a number: "Kế hoạch 5 năm", "Báo cáo 6 tháng", "Chương trình 3 lần".
const NOT_A_NUMBER = String.raw`\s{1,2}(?:năm|tháng|ngày|tuần|quý|lần|điểm|người|nội\s{1,2}dung|%)(?![\p{L}])`;
// After the number of a number-only mention ("Quyết định 217"): not an id, a count or a word.
// "Nghị quyết số 66…/2026", "Nghị định số 64//2023/…" (typos of ids) and "3%" are not numbers either.
const NUMBER_ONLY_AFTER = new RegExp(String.raw`(?:[\p{L}\p{N}%…]|\s{0,2}[-/]|[.,]\p{N}|\.\.|${NOT_A_NUMBER})`, 'uy');
// Words before "số" that number a form, a table or a standard, not a document: "Mẫu số 01/TKN-CNKD",
// "Biểu số 107/LĐVL-Bộ", and the prefix of a technical regulation "QCVN 02:2019/BLĐTBXH".
const NOT_A_DOCUMENT = new Set(['mẫu', 'biểu', 'mã', 'lục', 'qcvn', 'tcvn', 'phiếu', 'bảng']);
const NUMBER_ONLY_MORE = new RegExp(
  String.raw`^(\s{0,2}(?:,|và|,\s{0,2}và)\s{0,2})(\d{1,4}[A-Za-z]?)(?![\p{L}\p{N}]|\s{0,2}[-/]\s{0,2}[\p{L}\p{N}]|${NOT_A_NUMBER})`,
  'u',
);
// A number of one to four digits (and a letter: "8b") after a space, a line break or a colon.
const NUMBER_CANDIDATE = /[ \n:]\d{1,4}[A-Za-z]?(?![\d])/g;
// Last letters of kind words and of "số", both cases: a number after any other word is skipped
// without building a string.
const KIND_FINAL_LETTER = new Set<number>();
for (const w of [...KIND_LAST_WORDS, 'số']) {
  const c = w[w.length - 1]!;
  KIND_FINAL_LETTER.add(c.charCodeAt(0));
  KIND_FINAL_LETTER.add(c.toUpperCase().charCodeAt(0));
}

// Named documents. The ordinal may be digits, a Roman numeral or a word ("lần thứ tư").
// Ordinal words only after "lần thứ": "Nghị quyết Trung ương năm 2020" is not plenum 5.
const ORD_NUM = String.raw`(?:\d{1,2}|[IVXL]{1,6})`;
const ORD = String.raw`(?:${ORD_NUM}|${Object.keys(ORDINAL_WORDS).sort((a, b) => b.length - a.length).join('|')})`;
const TERM_WORD = String.raw`(?:khóa|khoá|KHÓA|KHOÁ)`;
const NQ_SCAN = /Nghị\s{1,2}quyết|NGHỊ\s{1,2}QUYẾT/g;
/** Words as written or in capitals ("Đại hội" / "ĐẠI HỘI"), a space being one or two blanks. */
function cw(words: string): string {
  return words
    .split(' ')
    .map((w) => (w === w.toUpperCase() ? w : `(?:${w}|${w.toUpperCase()})`))
    .join(String.raw`\s{1,2}`);
}
const NAMED_PLENUM = new RegExp(
  String.raw`${cw('Nghị quyết')}\s{1,2}(?:(?:${cw('của')}\s{1,2})?${cw('Hội nghị')}\s{1,2}(?:${cw('lần thứ')}\s{1,2}(${ORD})\s{1,2}(?:${cw('Ban Chấp hành')}\s{1,2})?${cw('Trung ương')}(?:\s{1,2}${cw('Đảng')})?|(?:${cw('Ban Chấp hành')}\s{1,2})?${cw('Trung ương')}\s{1,2}(?:${cw('lần thứ')}\s{1,2}(?=${ORD})|(?=${ORD_NUM}))(${ORD}))|${cw('Trung ương')}\s{1,2}(?:${cw('lần thứ')}\s{1,2}(?=${ORD})|(?=${ORD_NUM}))(${ORD}))(?:\s{0,2}[(,]?\s{0,2}${TERM_WORD}\s{1,2}([IVXL]{1,6})\)?)?(?![\p{L}\p{N}])`,
  'uy',
);
const NAMED_CONGRESS = new RegExp(
  String.raw`${cw('Nghị quyết')}\s{1,2}(?:${cw('của')}\s{1,2})?${cw('Đại hội')}\s{1,2}(?:(?:${cw('đại biểu')}\s{1,2})?(?:${cw('Đảng')}\s{1,2})?${cw('toàn quốc lần thứ')}\s{1,2}([IVXL]{1,6})|(?:${cw('Đảng')}\s{1,2})?(?:${cw('lần thứ')}\s{1,2})?([IVXL]{1,6}))(?:\s{1,2}${cw('của Đảng')})?(?![\p{L}\p{N}])(?!\s{1,2}(?:Đảng|đảng|ĐẢNG)\s{1,2}(?:bộ|BỘ))`,
  'uy',
);

// Parts after a citation, tried in a loop at the current position (sticky).
/**
 * Past what may stand between a citation and its next part: Markdown emphasis closing
 * ("**Kết luận số 43-KL/TW** của …"), blanks with at most one line break (a PDF line may end in
 * spaces and the next start indented; a blank line ends the paragraph), one comma and blanks again.
 * By hand: this runs several times per citation.
 */
function skipSeparator(t: string, pos: number): number {
  let i = pos;
  for (let k = 0; k < 3 && (t.charCodeAt(i) === 42 || t.charCodeAt(i) === 95); k++) i++;
  i = skipBlank(t, i);
  if (t.charCodeAt(i) === 44) i = skipBlank(t, i + 1);
  return i;
}

function skipBlank(t: string, i: number): number {
  let lines = 0;
  for (let k = 0; k < 12; k++) {
    const c = t.charCodeAt(i);
    if (c === 10) {
      if (++lines > 1) return i;
    } else if (c !== 32) return i;
    i++;
  }
  return i;
}

const NGAY = /(?:ban\s{1,2}hành\s{1,2})?(?:ngày|ngay)\s{1,3}/iuy;
// All issuers in one sticky alternation, in order of preference: one match attempt per position
// instead of one per issuer. Each alternative is a capturing group; the patterns have none.
// Group 1 is "của "/"do "; issuer k is group k + 2.
const ISSUER_AT = new RegExp(`(của\\s{1,2}|do\\s{1,2})(?:${ISSUERS.map((i) => `(${i.re})(?![\\p{L}])`).join('|')})`, 'uy');
const TERM_AT = /(\(\s?)?(?:khóa|khoá|KHÓA|KHOÁ)\s{1,2}[IVXL]{1,7}\)?(?![\p{L}\p{N}])/uy;
const SUBJECT_AT = /(?:về\s{1,2}việc|về|ban\s{1,2}hành|hướng\s{1,2}dẫn|quy\s{1,2}định|sửa\s{1,2}đổi)\s{1,2}/iuy;
const QUOTED_AT = /"([^"\n]{1,300})"/y;
const SUBJECT_END = /;|\n\s{0,8}\n|\n(?=\s{0,8}(?:[-+•]|\d{1,2}[.)]|[a-zđ]\)|\p{Lu}))|\.(?:\s|$)|,\s{1,2}(?:đồng\s{1,2}thời|trong\s{1,2}đó|nhằm|qua\s{1,2}đó|theo\s{1,2}đó|có\s{1,2}hiệu\s{1,2}lực)/u;

// ---- Extraction ---------------------------------------------------------------------------

interface Draft {
  start: number; // canonical offsets
  end: number;
  fullEnd: number;
  style: CitationStyle;
  kind: string | null;
  kindStart: number;
  kindEnd: number;
  kindWritten: boolean;
  number: string | null;
  typeCode: string | null;
  issuerCode: string | null;
  suffix: string | null;
  idYear: number | null;
  idStart: number;
  idEnd: number;
  malformed: IdMalformation;
  date: DateMention | null;
  dateShared: boolean;
  issuer: { name: string; written: string; start: number; end: number } | null;
  term: TermMention | null;
  subject: { text: string; start: number; end: number } | null;
  named: NamedDocument | null;
  name: { start: number; end: number } | null;
  list: number;
}

const KIND_BY_LOWER = new Map(KIND_WORDS.map((k) => [k.toLowerCase(), k]));
const KIND_LOWER = new Map(KIND_WORDS.map((k) => [k, k.toLowerCase()]));

const kindCache = new Map<string, string>();

function canonicalKind(written: string): string {
  let k = kindCache.get(written);
  if (k === undefined) {
    k = KIND_BY_LOWER.get(written.replace(/\s+/g, ' ').toLowerCase()) ?? written;
    if (kindCache.size < 1000) kindCache.set(written, k);
  }
  return k;
}

function ordinalValue(s: string | undefined): number | null {
  if (!s) return null;
  if (/^\d+$/.test(s)) return +s;
  const r = romanValue(s);
  if (r !== null) return r;
  return ORDINAL_WORDS[s.toLowerCase()] ?? null;
}

function blank(start: number, end: number, style: CitationStyle): Draft {
  return {
    start, end, fullEnd: end, style,
    kind: null, kindStart: -1, kindEnd: -1, kindWritten: false,
    number: null, typeCode: null, issuerCode: null, suffix: null, idYear: null,
    idStart: -1, idEnd: -1, malformed: null,
    date: null, dateShared: false, issuer: null, term: null, subject: null, named: null, name: null, list: -1,
  };
}

function isWordChar(code: number): boolean {
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return code !== 160 && !(code >= 0x2000 && code <= 0x206f) && !(code >= 0x3000 && code <= 0x303f);
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** Start and end of the word (letters) that ends at `end` after up to three spaces or a colon. */
function wordBounds(t: string, end: number, floor: number): { start: number; end: number } | null {
  let e = end;
  for (let k = 0; k < 3 && e > floor; k++) {
    const c = t.charCodeAt(e - 1);
    if (c !== 32 && c !== 10 && c !== 58) break;
    e--;
  }
  let s = e;
  while (s > floor && e - s < 12) {
    const c = t.charCodeAt(s - 1);
    if (!isWordChar(c) || isDigit(c)) break;
    s--;
  }
  return s === e ? null : { start: s, end: e };
}

function isSo(t: string, b: { start: number; end: number }): boolean {
  if (b.end - b.start !== 2) return false;
  const c0 = t.charCodeAt(b.start);
  const c1 = t.charCodeAt(b.start + 1);
  return (c0 === 115 || c0 === 83) && (c1 === 0x1ed1 || c1 === 0x1ed0); // s/S + ố/Ố
}

// Per last word of a kind, the kinds that end with it, as a pattern anchored at the window's end.
const KIND_BY_LAST = new Map<string, RegExp>();
const KIND_SPELLED_BY_LAST = new Map<string, string[]>();
for (const last of KIND_LAST_WORDS) {
  const kinds = KIND_WORDS.filter((k) => k.slice(k.lastIndexOf(' ') + 1).toLowerCase() === last);
  KIND_SPELLED_BY_LAST.set(last, kinds);
  const alts = kinds.map((k) => k.replace(/ /g, String.raw`\s{1,2}`));
  KIND_BY_LAST.set(last, new RegExp(String.raw`(?<![\p{L}])(?:${alts.join('|')})$`, 'iu'));
}

interface KindHit {
  kind: string | null;
  kindStart: number;
  kindEnd: number;
  /** Where the citation starts: the kind, else "số", else the id. */
  start: number;
  name: { start: number; end: number } | null;
}

/** What kindBefore answers for "Mẫu số 01/…", "QCVN 02:…": a form or a standard, not a document. */
const FORM: KindHit = { kind: null, kindStart: -1, kindEnd: -1, start: -1, name: null };

/**
 * The kind word (and "số") written before canonical offset `pos`, not before `floor`; FORM when
 * the number belongs to a form, a table or a standard.
 */
function kindBefore(t: string, pos: number, floor: number, allowNamed: boolean): KindHit | null {
  let w = wordBounds(t, pos, floor);
  if (!w) return null;
  let soStart = -1;
  if (isSo(t, w)) {
    soStart = w.start;
    w = wordBounds(t, w.start, floor);
  }
  let plain: KindHit | null = null;
  if (w) {
    const word = t.slice(w.start, w.end).toLowerCase();
    if (NOT_A_DOCUMENT.has(word)) return FORM;
    const re = KIND_BY_LAST.get(word);
    if (re) {
      // Fast path: the kind written with single spaces, compared as a string.
      let ks = -1;
      let kind: string | null = null;
      for (const k of KIND_SPELLED_BY_LAST.get(word)!) {
        const a = w.end - k.length;
        if (a < floor || a < 0 || (a > 0 && isWordChar(t.charCodeAt(a - 1)))) continue;
        const written = t.slice(a, w.end);
        if (written === k || written.toLowerCase() === KIND_LOWER.get(k)) {
          ks = a;
          kind = k;
          break;
        }
      }
      if (ks < 0) {
        const from = Math.max(floor, w.end - 30);
        const m = re.exec(t.slice(from, w.end));
        if (m) {
          ks = from + m.index;
          kind = canonicalKind(m[0]);
        }
      }
      if (kind !== null) {
        plain = { kind, kindStart: ks, kindEnd: w.end, start: ks, name: null };
        // A kind word in lower case may end a law's name ("Luật Ban hành văn bản quy phạm pháp
        // luật số 64/2025/QH15"): a named law further back wins.
        const c = t[ks]!;
        if (c !== c.toLowerCase() || !allowNamed || soStart < 0) return plain;
      }
    }
  }
  if (soStart >= 0 && allowNamed) {
    const from2 = Math.max(floor, pos - 200);
    const m = NAMED_KIND_BEFORE.exec(t.slice(from2, pos));
    if (m) {
      const ks = from2 + m.index;
      const nameRaw = m[2]!;
      const lead = nameRaw.length - nameRaw.trimStart().length;
      const nameStart = ks + m[1]!.length + lead;
      return {
        kind: canonicalKind(m[1]!),
        kindStart: ks,
        kindEnd: ks + m[1]!.length,
        start: ks,
        name: { start: nameStart, end: nameStart + nameRaw.trim().length },
      };
    }
  }
  if (plain) return plain;
  if (soStart >= 0) return { kind: null, kindStart: -1, kindEnd: -1, start: soStart, name: null };
  return null;
}

/** Whether a kind word fits an id's type code (a list member takes the kind only if so). */
function kindFits(kind: string, typeCode: string | null): boolean {
  if (!typeCode) return true;
  if (typeCode === 'QĐ') return kind === 'Quyết định' || kind === 'Quy định';
  const k = KIND_BY_CODE[typeCode];
  if (!k) return true;
  return k === kind || kind.startsWith(k);
}

const VIETNAMESE_LOWER = /[\u00e0-\u00ff\u0101-\u01b0\u1ea1-\u1ef9]/u;

/** The draft of an id matched by ID_SCAN at `s`, or null when its form is not trusted. */
function idDraft(s: number, m: RegExpExecArray): Draft | null {
  // A dotted number ("66.17/2026/NQ-CP") occurs with a year only; "004.5N/BCB-NV" codes a table.
  if (m[7] === undefined && m[1]!.includes('.')) return null;
  if (m[4] !== undefined) {
    const d = blank(s, s + m[0].length, 'party');
    d.number = m[1]!;
    d.typeCode = m[4];
    d.issuerCode = m[5]!;
    d.suffix = m[6] ?? null;
    // A line break alone after the hyphen is a wrap, not a spacing error.
    if (m[2]!.length + m[3]!.length > 0 && (m[2]!.includes(' ') || m[3]!.includes(' ') || m[2]!.includes('\n'))) d.malformed = 'spacing';
    return d;
  }
  if (m[7] !== undefined) {
    const d = blank(s, s + m[0].length, 'state');
    d.number = m[1]!;
    d.idYear = +m[7];
    const sym = noSpace(m[8]!);
    const dash = sym.indexOf('-');
    d.typeCode = dash >= 0 ? sym.slice(0, dash) : null;
    d.issuerCode = dash >= 0 ? sym.slice(dash + 1) : sym;
    return d;
  }
  // Symbol parts are codes in capitals (with ASCII exceptions: TTg, CTr, QyĐ); a part with a
  // Vietnamese lower-case letter is a word: "105/LĐVL-Sở", "107/LĐVL-Bộ" code a statistics form.
  if (VIETNAMESE_LOWER.test(m[11]!)) return null;
  const d = blank(s, s + m[0].length, 'state');
  d.number = m[1]!;
  d.typeCode = m[9]!;
  d.issuerCode = noSpace(m[11]!);
  if (PARTY_ISSUER_CODE.test(d.issuerCode)) {
    d.style = 'party';
    d.malformed = m[10] === '/' ? 'slash' : 'state-order';
  } else if (m[10] === '/') {
    // "5973/UBND-KT"-like ids never use two slashes; "12/QĐ/ABC" is too odd to trust.
    return null;
  }
  return d;
}

/** Without its line breaks and spaces (a wrapped symbol), cheaply when there are none. */
function noSpace(s: string): string {
  return s.includes('\n') || s.includes(' ') ? s.replace(/\s+/g, '') : s;
}

/** Whether an id may start at `s`: not inside a word or a longer number ("số31" is allowed). */
function idMayStart(t: string, s: number): boolean {
  if (s === 0) return true;
  const c = t.charCodeAt(s - 1);
  // Not after / - . nor inside a URL (%20, =, &).
  if (c === 47 || c === 45 || c === 46 || c === 37 || c === 61 || c === 38) return false;
  if (!isWordChar(c)) return true;
  // "số31-QĐ/TW": a space lost in PDF extraction.
  return s >= 2 && t.slice(s - 2, s).toLowerCase() === 'số' && (s === 2 || !isWordChar(t.charCodeAt(s - 3)));
}

export function extractCitations(
  nt: NormalizedText,
  dates: readonly FoundDate[],
  terms: readonly FoundTerm[],
  header: ReportHeader,
): Citation[] {
  const t = nt.text;
  const dateAt = new Map<number, FoundDate>();
  for (const d of dates) dateAt.set(d.start, d);
  const termAt = new Map<number, FoundTerm>();
  for (const tm of terms) termAt.set(tm.start, tm);
  const ownNumber = header.number ? header.number.span.start : -1;

  // 1. Ids, in order of position.
  const ids: Draft[] = [];
  let floor = 0;
  ID_SCAN.lastIndex = 0;
  let cm: RegExpExecArray | null;
  while ((cm = ID_SCAN.exec(t)) !== null) {
    const s = cm.index;
    const d = idMayStart(t, s) ? idDraft(s, cm) : null;
    if (!d) {
      // Not an id here: look again right after the number (a later part may start one).
      ID_SCAN.lastIndex = s + cm[1]!.length;
      continue;
    }
    if (ownNumber >= 0 && nt.toOriginal(s) === ownNumber) {
      floor = d.end;
      continue; // the report's own "Số 45-BC/…"
    }
    d.idStart = s;
    d.idEnd = d.end;
    const k = kindBefore(t, s, floor, true);
    if (k === FORM) continue;
    if (k) {
      d.start = k.start;
      if (k.kind) {
        d.kind = k.kind;
        d.kindWritten = true;
        d.kindStart = k.kindStart;
        d.kindEnd = k.kindEnd;
        d.name = k.name;
      }
    }
    // "Luật Hải quan 54/2014/QH13": a law's name right before its number, without "số".
    if (!d.kind && d.issuerCode && /^QH\d{1,2}$/u.test(d.issuerCode) && !d.typeCode) {
      const from = Math.max(floor, s - 200);
      const m = NAMED_LAW_BEFORE_ID.exec(t.slice(from, s));
      if (m) {
        const ks = from + m.index;
        const nameStart = ks + m[1]!.length + (m[2]!.length - m[2]!.trimStart().length);
        Object.assign(d, { start: ks, kind: canonicalKind(m[1]!), kindWritten: true, kindStart: ks, kindEnd: ks + m[1]!.length, name: { start: nameStart, end: nameStart + m[2]!.trim().length } });
      }
    }
    // No kind word here: a list member takes its kind later; otherwise the code may imply it.
    if (!d.kind && d.typeCode && KIND_BY_CODE[d.typeCode]) d.kind = KIND_BY_CODE[d.typeCode]!;
    ids.push(d);
    floor = d.end;
  }

  // 2. Number-only mentions, with their list continuations ("Quyết định 217 và 218").
  const numberOnly: Draft[] = [];
  let idIdx = 0;
  let after = 0; // numbers before this offset are taken
  NUMBER_CANDIDATE.lastIndex = 0;
  let dm: RegExpExecArray | null;
  while ((dm = NUMBER_CANDIDATE.exec(t)) !== null) {
    const at = dm.index + 1;
    if (at < after) continue;
    const e = dm.index + dm[0].length;
    while (idIdx < ids.length && ids[idIdx]!.end <= at) idIdx++;
    const nextId = ids[idIdx];
    if (nextId && nextId.start <= at) continue; // inside an id citation
    // Cheap tests first: the word before (or before "số") must end a kind word.
    let w = wordBounds(t, at, 0);
    if (!w || !KIND_FINAL_LETTER.has(t.charCodeAt(w.end - 1))) continue;
    if (isSo(t, w)) {
      w = wordBounds(t, w.start, 0);
      if (!w) continue;
    }
    if (!KIND_BY_LAST.has(t.slice(w.start, w.end).toLowerCase())) continue;
    const num = t.slice(at, e);
    const prevIdEnd = idIdx > 0 ? ids[idIdx - 1]!.end : 0;
    const k = kindBefore(t, at, Math.max(prevIdEnd, after), false);
    if (!k || !k.kind) continue;
    // "… thực hiện Chương trình\n1. Các bước …": a line break between the kind and the number
    // (with no "số") starts a numbered list, not a citation.
    const gap = t.slice(k.kindEnd, at);
    if (gap.includes('\n') && !/số/iu.test(gap)) continue;
    // A number-only mention is weak evidence: the kind must be capitalised ("Quyết định 217").
    const first = t[k.kindStart]!;
    if (first === first.toLowerCase()) continue;
    NUMBER_ONLY_AFTER.lastIndex = at + num.length;
    if (NUMBER_ONLY_AFTER.test(t)) continue;
    // A four-digit year after the kind names a law or constitution ("Hiến pháp 2013"), not a number.
    if (/^(?:19[4-9]\d|20\d\d)$/.test(num)) continue;
    const d = blank(k.start, at + num.length, 'number-only');
    d.kind = k.kind;
    d.kindStart = k.kindStart;
    d.kindEnd = k.kindEnd;
    d.kindWritten = true;
    d.number = num;
    d.idStart = at;
    d.idEnd = at + num.length;
    numberOnly.push(d);
    let pos = d.end;
    for (let guard = 0; guard < 20; guard++) {
      const more = NUMBER_ONLY_MORE.exec(t.slice(pos, pos + 24));
      if (!more) break;
      const ms = pos + more[1]!.length;
      const me = ms + more[2]!.length;
      if (nextId && nextId.start < me) break;
      const next = blank(ms, me, 'number-only');
      next.kind = k.kind;
      next.number = more[2]!;
      next.idStart = ms;
      next.idEnd = me;
      numberOnly.push(next);
      pos = me;
    }
    after = pos;
    NUMBER_CANDIDATE.lastIndex = pos;
  }

  // 3. Named documents.
  const named: Draft[] = [];
  NQ_SCAN.lastIndex = 0;
  let nm: RegExpExecArray | null;
  while ((nm = NQ_SCAN.exec(t)) !== null) {
    const start = nm.index;
    if (start > 0 && isWordChar(t.charCodeAt(start - 1))) continue;
    NAMED_PLENUM.lastIndex = start;
    let m = NAMED_PLENUM.exec(t);
    let d: Draft | null = null;
    if (m) {
      d = blank(start, start + m[0].length, 'named');
      d.named = { kind: 'plenum', plenum: ordinalValue(m[1] ?? m[2] ?? m[3]), term: m[4] ?? null };
    } else {
      NAMED_CONGRESS.lastIndex = start;
      m = NAMED_CONGRESS.exec(t);
      if (m) {
        d = blank(start, start + m[0].length, 'named');
        d.named = { kind: 'congress', plenum: null, term: m[1] ?? m[2] ?? null };
      }
    }
    if (!d) continue;
    d.kind = 'Nghị quyết';
    d.kindWritten = true;
    d.kindStart = start;
    d.kindEnd = start + nm[0].length;
    named.push(d);
    NQ_SCAN.lastIndex = d.end;
  }

  const drafts = mergeDrafts(ids, numberOnly, named);

  // 4. Parts after each citation, then lists.
  let listNo = 0;
  for (let i = 0; i < drafts.length; i++) {
    const d = drafts[i]!;
    const limit = i + 1 < drafts.length ? drafts[i + 1]!.start : t.length;
    readTail(t, d, limit, dateAt, termAt);
    // A term written inside a named citation ("(khóa XI)") is its own.
    if (d.named && d.named.term && !d.term && d.named.kind === 'plenum') {
      const tail = t.slice(d.start, d.end);
      const rel = tail.lastIndexOf(d.named.term);
      const at = rel >= 0 ? d.start + rel : -1;
      const open = at >= 0 ? t.slice(Math.max(d.start, at - 12), at) : '';
      const km = /(?:khóa|khoá|KHÓA|KHOÁ)\s{1,2}$/u.exec(open);
      if (km) {
        const tm = termAt.get(at - km[0].length);
        if (tm) d.term = tm.mention;
      }
    }
    const prev = drafts[i - 1];
    if (prev && prev.style !== 'named' && d.style !== 'named' && d.start - prev.fullEnd <= 40 && mayJoinList(t, prev.fullEnd) && LIST_GAP.test(t.slice(prev.fullEnd, d.start))) {
      if (prev.list < 0) prev.list = listNo++;
      d.list = prev.list;
      if (!d.kindWritten && prev.kind && kindFits(prev.kind, d.typeCode)) d.kind = prev.kind;
    }
  }
  shareListParts(drafts);
  for (const d of drafts) bindTermToCitation(d);

  return drafts.map((d) => toCitation(nt, d));
}

/** Cheap first test of LIST_GAP: after spaces, a comma, "và" or "cùng". */
function mayJoinList(t: string, at: number): boolean {
  let i = at;
  while (i < at + 3 && (t.charCodeAt(i) === 32 || t.charCodeAt(i) === 10)) i++;
  const c = t.charCodeAt(i);
  return c === 44 || c === 118 || c === 99 || c === 86 || c === 67; // , v c V C
}

/** Merge three sorted lists; a later kind of citation never overlaps an earlier one. */
function mergeDrafts(ids: Draft[], numberOnly: Draft[], named: Draft[]): Draft[] {
  const all = ids.concat(numberOnly, named);
  all.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Draft[] = [];
  for (const d of all) {
    const last = out[out.length - 1];
    if (last && d.start < last.end) {
      // Overlap: ids win over the weaker readings; else the first one stays.
      if (d.style !== 'named' && d.style !== 'number-only' && (last.style === 'named' || last.style === 'number-only')) out[out.length - 1] = d;
      continue;
    }
    out.push(d);
  }
  return out;
}

/**
 * A term without a body of its own ("Quyết định số 01-QĐNS/TW (khóa XI)") follows the cited
 * document's issuer: the Central Committee's numbering for …/TW, the locality's for …/TU.
 */
function bindTermToCitation(d: Draft): void {
  const tm = d.term;
  if (!tm || tm.scope !== 'unknown') return;
  const central = new Set(['Bộ Chính trị', 'Ban Bí thư', 'Ban Chấp hành Trung ương']);
  if (d.named?.kind === 'plenum') tm.scope = 'party-central';
  else if (d.issuer && central.has(d.issuer.name)) tm.scope = 'party-central';
  else if (d.issuer && /Quốc hội/u.test(d.issuer.name)) tm.scope = 'national-assembly';
  else if (d.issuer) tm.scope = /Tỉnh ủy|Huyện ủy|Đảng bộ|nhân dân/u.test(d.issuer.name) ? 'local' : 'unknown';
  else if (d.issuerCode && /^(?:TW|TƯ|HNTW)$/u.test(d.issuerCode)) tm.scope = 'party-central';
  else if (d.issuerCode && /^(?:QH|UBTVQH)\d{1,2}$/u.test(d.issuerCode)) tm.scope = 'national-assembly';
  else if (d.issuerCode && PARTY_ISSUER_CODE.test(d.issuerCode)) tm.scope = 'local';
  if (tm.scope !== 'unknown' && tm.body === null && d.issuer) tm.body = d.issuer.written;
}

function readTail(
  t: string,
  d: Draft,
  limit: number,
  dateAt: Map<number, FoundDate>,
  termAt: Map<number, FoundTerm>,
): void {
  let pos = d.end;
  for (let guard = 0; guard < 6 && pos < limit; guard++) {
    const p = skipSeparator(t, pos);
    const comma = p - pos > 0 && t.slice(pos, p).includes(',');
    if (p >= limit && p > pos) break;
    const c = t.charCodeAt(p);
    if (!d.date) {
      NGAY.lastIndex = p;
      // Regular expressions run only where their first letter stands (n, b; or a digit).
      const ng = c === 110 || c === 78 || c === 98 || c === 66 ? NGAY.exec(t) : null;
      const at = ng ? p + ng[0].length : p;
      const fd = dateAt.get(at);
      // A bare date right after the id counts only after a comma ("25-NQ/TW, 3/6/2013").
      if (fd && fd.end <= limit && (ng || comma)) {
        d.date = fd.mention;
        pos = fd.end;
        d.fullEnd = pos;
        continue;
      }
    }
    if (!d.issuer && (c === 99 || c === 100)) {
      const iss = matchIssuer(t, p);
      if (iss && iss.at + iss.text.length <= limit) {
        d.issuer = { name: iss.name, written: iss.text, start: iss.at, end: iss.at + iss.text.length };
        pos = iss.at + iss.text.length;
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
    // A subject starts with a quote or "về", "ban hành", "hướng dẫn", "quy định", "sửa đổi".
    if (!d.subject && (c === 34 || c === 118 || c === 86 || c === 98 || c === 66 || c === 104 || c === 72 || c === 113 || c === 81 || c === 115 || c === 83)) {
      const subj = readSubject(t, p, limit);
      if (subj) {
        d.subject = subj;
        pos = subj.end;
        continue;
      }
    }
    break;
  }
}

/** "của <issuer>" at `p`: the issuer, its canonical offset and its text, or null. */
function matchIssuer(t: string, p: number): { name: string; text: string; at: number } | null {
  ISSUER_AT.lastIndex = p;
  const m = ISSUER_AT.exec(t);
  if (!m) return null;
  let k = 2;
  while (k < m.length && m[k] === undefined) k++;
  const issuer = ISSUERS[k - 2]!;
  const at = p + m[1]!.length;
  let text = m[k]!;
  while (text.length && /\s/u.test(text[text.length - 1]!)) text = text.slice(0, -1);
  // A ministry is named as the record names it: "Bộ Tài chính" for "Bộ trưởng Bộ Tài chính" and
  // for the "Bộ trưởng Lao động - Thương binh và Xã hội" some texts write.
  const name = issuer.name || 'Bộ ' + text.replace(/\s+/gu, ' ').replace(/^Bộ (?:[tT]rưởng )?(?:Bộ )?/u, '');
  return { name, text, at };
}

function readSubject(t: string, p: number, limit: number): Draft['subject'] {
  QUOTED_AT.lastIndex = p;
  const q = t.charCodeAt(p) === 34 ? QUOTED_AT.exec(t) : null;
  if (q && p + q[0].length <= limit) return { text: q[1]!.trim(), start: p + 1, end: p + q[0].length };
  SUBJECT_AT.lastIndex = p;
  const s = SUBJECT_AT.exec(t);
  if (!s) return null;
  const start = p;
  const bodyStart = p + s[0].length;
  // A quoted subject after "về": 'về "Tăng cường …"'.
  QUOTED_AT.lastIndex = bodyStart;
  const q2 = t.charCodeAt(bodyStart) === 34 ? QUOTED_AT.exec(t) : null;
  if (q2 && bodyStart + q2[0].length <= limit) return { text: t.slice(start, bodyStart) + q2[1]!.trim(), start, end: bodyStart + q2[0].length };
  // Do not run into the next citation.
  const rest = t.slice(bodyStart, Math.min(limit, bodyStart + 300));
  const stop = SUBJECT_END.exec(rest);
  let len = stop ? stop.index : rest.length;
  while (len > 0 && (rest[len - 1] === ' ' || rest[len - 1] === '\n' || rest[len - 1] === ',')) len--;
  if (len < 3) return null;
  const text = t.slice(start, bodyStart + len);
  return { text: text.includes('\n') || text.includes('  ') ? text.replace(/\s+/gu, ' ') : text, start, end: bodyStart + len };
}

/** Trailing parts written once after a list belong to every member that lacks them. */
function shareListParts(drafts: Draft[]): void {
  const byList = new Map<number, Draft[]>();
  for (const d of drafts) if (d.list >= 0) (byList.get(d.list) ?? byList.set(d.list, []).get(d.list)!).push(d);
  for (const members of byList.values()) {
    const last = members[members.length - 1]!;
    for (const d of members.slice(0, -1)) {
      // Only members of one kind from one issuer share what follows the last of them:
      // "Nghị định số 70/2025/NĐ-CP và Thông tư số 32/2025/TT-BTC ngày 31/5/2025 của Bộ trưởng
      // Bộ Tài chính" dates and attributes the Thông tư alone.
      if ((d.kind && last.kind && d.kind !== last.kind) || (d.issuerCode && last.issuerCode && d.issuerCode !== last.issuerCode)) continue;
      // "Nghị định số 112/2021/NĐ-CP và Nghị định số 128/2025/NĐ-CP ngày 11/6/2025": a date in
      // another year than the member's own id belongs to the last member only.
      if (!d.date && last.date && (d.idYear === null || last.date.year === d.idYear)) {
        d.date = last.date;
        d.dateShared = true;
      }
      if (!d.issuer && last.issuer) d.issuer = last.issuer;
      if (!d.term && last.term) d.term = last.term;
      if (!d.subject && last.subject) d.subject = last.subject;
    }
  }
}

function officialId(d: Draft, sym: string | null): string | null {
  if (d.number === null || d.style === 'number-only' || d.style === 'named' || sym === null) return null;
  if (d.style === 'party') return `${d.number.toUpperCase()}-${sym}`;
  return d.idYear !== null ? `${d.number}/${d.idYear}/${sym}` : `${d.number}/${sym}`;
}

function symbolOf(d: Draft): string | null {
  if (d.style === 'party') return `${d.typeCode}/${d.issuerCode}${d.suffix ?? ''}`;
  if (d.style === 'state') return d.typeCode ? `${d.typeCode}-${d.issuerCode}` : d.issuerCode;
  return null;
}

function spanOf(nt: NormalizedText, s: number, e: number): Span {
  return { start: nt.toOriginal(s), end: nt.toOriginal(e) };
}

function toCitation(nt: NormalizedText, d: Draft): Citation {
  const endOfParts = Math.max(d.end, d.fullEnd);
  const symbol = symbolOf(d);
  const idSpan = d.idStart >= 0 ? spanOf(nt, d.idStart, d.idEnd) : null;
  return {
    span: spanOf(nt, d.start, d.end),
    fullSpan: spanOf(nt, d.start, endOfParts),
    style: d.style,
    kind: d.kind,
    kindSpan: d.kindStart >= 0 ? spanOf(nt, d.kindStart, d.kindEnd) : null,
    kindWritten: d.kindWritten,
    number: d.number,
    symbol,
    id: officialId(d, symbol),
    idText: idSpan ? nt.original.slice(idSpan.start, idSpan.end) : null,
    idSpan,
    malformed: d.malformed,
    typeCode: d.typeCode,
    issuerCode: d.issuerCode,
    idYear: d.idYear,
    date: d.date,
    dateShared: d.dateShared,
    issuer: d.issuer ? { name: d.issuer.name, written: d.issuer.written, span: spanOf(nt, d.issuer.start, d.issuer.end) } : null,
    term: d.term,
    subject: d.subject ? { text: d.subject.text, span: spanOf(nt, d.subject.start, d.subject.end) } : null,
    named: d.named,
    list: d.list,
    name: d.name ? { text: nt.text.slice(d.name.start, d.name.end).replace(/\s+/gu, ' '), span: spanOf(nt, d.name.start, d.name.end) } : null,
  };
}

/** Parse a lone id ("290-QĐ/TW", "Số: 30/2020/NĐ-CP") into its parts, or null. */
export function parseId(s: string): Pick<Citation, 'id' | 'number' | 'symbol' | 'style' | 'typeCode' | 'issuerCode' | 'idYear'> | null {
  const text = s.replace(/^\s*(?:Số|SỐ|số)\s{0,2}:?\s{0,2}/u, '');
  const nt = { original: text, text, toOriginal: (i: number) => i };
  const found = extractCitations(nt, [], [], { issuingBody: null, number: null, placeDate: null, kind: null, subject: null, reportType: null });
  const c = found.find((x) => x.idSpan && x.idSpan.start === 0);
  return c && c.id ? { id: c.id, number: c.number, symbol: c.symbol, style: c.style, typeCode: c.typeCode, issuerCode: c.issuerCode, idYear: c.idYear } : null;
}
