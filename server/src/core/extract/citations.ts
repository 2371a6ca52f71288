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
// Every regular expression has bounded repetitions and a look-behind anchor: linear time.

import type { NormalizedText } from '../text/normalize';
import type { Span } from '../types';
import type { DateMention } from './dates';
import type { ReportHeader } from './header';
import { ISSUERS, KIND_BY_CODE, KIND_WORDS, NAMED_KINDS, ORDINAL_WORDS, PARTY_ISSUER_CODE } from './patterns';
import { romanValue, type TermMention } from './terms';

export type CitationStyle = 'party' | 'state' | 'number-only' | 'named';

/** How an id departs from the official form, when it does. */
export type IdMalformation =
  | 'state-order' // "217/QĐ-TW": a Party id written state-style
  | 'slash' // "66/QĐ/TW": slash instead of the hyphen
  | 'spacing' // "100 - KL/TW"
  | null;

export interface NamedDocument {
  /** "plenum" for "Nghị quyết Hội nghị Trung ương 4", "congress" for "Nghị quyết Đại hội XIII". */
  kind: 'plenum' | 'congress';
  /** Plenum number (4), or null for a congress. */
  plenum: number | null;
  /** Term (khóa) of the plenum, or the congress number, as a Roman numeral. */
  term: string | null;
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
}

// ---- Regular expressions ------------------------------------------------------------------

const KIND_ALT = KIND_WORDS.map((k) => k.replace(/ /g, String.raw`\s{1,2}`)).join('|');
const L = String.raw`[\p{Lu}Đ]`;

// Party id: 290-QĐ/TW, 08B-NQ/HNTW, 5053-CV/VPTW/nb, "25 - NQ/TW", "25-\nNQ/TW".
const PARTY_ID = String.raw`(\d{1,5}[A-Za-z]?)\s{0,2}-\s{0,2}(${L}[\p{L}]{0,5})\s{0,2}/\s{0,2}(${L}[\p{L}\p{N}]{0,11})(/[a-z]{1,3})?`;
// State id with a year: 30/2020/NĐ-CP, 41/2024/QH15, 34/2007/PL-UBTVQH11, 01/2014/NQLT/CP-UBTƯMTTQVN.
const STATE_YEAR_ID = String.raw`(\d{1,5})\s{0,1}/\s{0,1}((?:19|20)\d\d)\s{0,1}/\s{0,1}(${L}[\p{L}\p{N}]{0,9}(?:[-/]${L}[\p{L}\p{N}]{0,14}){0,3})`;
// State id without a year, and Party ids written state-style or with a slash: 1234/QĐ-UBND,
// 16/CT-TTg, 217/QĐ-TW, 66/QĐ/TW.
const STATE_ID = String.raw`(\d{1,5}[A-Za-z]?)\s{0,1}/\s{0,1}(${L}[\p{L}]{0,5})([-/])(${L}[\p{L}\p{N}]{0,14}(?:-${L}[\p{L}\p{N}]{0,10}){0,2})`;

const ID_RE = new RegExp(
  // "số31-QĐ/TW" (a space lost in PDF extraction) still counts.
  String.raw`(?:(?<![\p{L}\p{N}/\-.])|(?<=[sS][ốỐ]))(?:${STATE_YEAR_ID}|${PARTY_ID}|${STATE_ID})(?![\p{L}\p{N}]|-${L}|/\p{N})`,
  'gu',
);

// Looking back from an id: "<Kind> [name] số[:] " at the end of the window.
const KIND_BEFORE = new RegExp(String.raw`(?<![\p{L}])(${KIND_ALT})\s{1,3}(?:số\s{0,2}:?\s{0,2})?$`, 'iu');
const NAMED_KIND_BEFORE = new RegExp(
  String.raw`(?<![\p{L}])(Luật|Bộ\s{1,2}luật|Pháp\s{1,2}lệnh)((?:\s{1,2}[\p{L}\p{M},]{1,20}){1,14}?)\s{1,3}(?:số\s{0,2}:?\s{0,2})?$`,
  'iu',
);
const SO_BEFORE = /(?<![\p{L}])số\s{0,2}:?\s{0,2}$/iu;
// Between two members of a list: ", ", " và ", "; " — possibly with the kind word again.
const LIST_GAP = new RegExp(String.raw`^\s{0,2}(?:,|;|và|,\s{0,2}và)\s{0,2}(?:(?:các\s{1,2})?(?:${KIND_ALT})\s{1,3})?(?:số\s{0,2}:?\s{0,2})?$`, 'iu');

// A count, not a number: "Kế hoạch 5 năm", "Báo cáo 6 tháng", "Chương trình 3 lần".
const NOT_A_NUMBER = String.raw`\s{1,2}(?:năm|tháng|ngày|tuần|quý|lần|điểm|người|nội\s{1,2}dung|%)(?![\p{L}])`;
// Number-only: "Quyết định 217", "Kết luận số 21", "các Quyết định 217 và 218".
const NUMBER_ONLY = new RegExp(
  String.raw`(?<![\p{L}])(${KIND_ALT})\s{1,3}(?:số\s{0,2}:?\s{0,2})?(\d{1,4}[A-Za-z]?)(?![\p{L}\p{N}]|\s{0,2}[-/]\s{0,2}[\p{L}\p{N}]|${NOT_A_NUMBER})`,
  'giu',
);
const NUMBER_ONLY_MORE = new RegExp(
  String.raw`^(\s{0,2}(?:,|và|,\s{0,2}và)\s{0,2})(\d{1,4}[A-Za-z]?)(?![\p{L}\p{N}]|\s{0,2}[-/]\s{0,2}[\p{L}\p{N}]|${NOT_A_NUMBER})`,
  'u',
);

// Named documents. The ordinal may be digits, a Roman numeral or a word ("lần thứ tư").
// Ordinal words only after "lần thứ": "Nghị quyết Trung ương năm 2020" is not plenum 5.
const ORD_NUM = String.raw`(?:\d{1,2}|[IVXL]{1,6})`;
const ORD = String.raw`(?:${ORD_NUM}|${Object.keys(ORDINAL_WORDS).sort((a, b) => b.length - a.length).join('|')})`;
const TERM_WORD = String.raw`(?:khóa|khoá)`;
const NAMED_PLENUM = new RegExp(
  String.raw`(?<![\p{L}])Nghị\s{1,2}quyết\s{1,2}(?:(?:của\s{1,2})?Hội\s{1,2}nghị\s{1,2}(?:lần\s{1,2}thứ\s{1,2}(${ORD})\s{1,2}(?:Ban\s{1,2}Chấp\s{1,2}hành\s{1,2})?Trung\s{1,2}ương(?:\s{1,2}Đảng)?|(?:Ban\s{1,2}Chấp\s{1,2}hành\s{1,2})?Trung\s{1,2}ương\s{1,2}(?:lần\s{1,2}thứ\s{1,2}(?=${ORD})|(?=${ORD_NUM}))(${ORD}))|Trung\s{1,2}ương\s{1,2}(?:lần\s{1,2}thứ\s{1,2}(?=${ORD})|(?=${ORD_NUM}))(${ORD}))(?:\s{0,2}[(,]?\s{0,2}${TERM_WORD}\s{1,2}([IVXL]{1,6})\)?)?(?![\p{L}\p{N}])`,
  'gu',
);
const NAMED_CONGRESS = new RegExp(
  String.raw`(?<![\p{L}])Nghị\s{1,2}quyết\s{1,2}(?:của\s{1,2})?Đại\s{1,2}hội\s{1,2}(?:(?:đại\s{1,2}biểu\s{1,2})?(?:Đảng\s{1,2})?toàn\s{1,2}quốc\s{1,2}lần\s{1,2}thứ\s{1,2}([IVXL]{1,6})|(?:Đảng\s{1,2})?(?:lần\s{1,2}thứ\s{1,2})?([IVXL]{1,6}))(?:\s{1,2}của\s{1,2}Đảng)?(?![\p{L}\p{N}])`,
  'gu',
);

// Parts after a citation, tried in a loop at the current position (sticky).
const SEP = /[ \n]{0,3}(?:,[ \n]{0,3})?/y;
const NGAY = /(?:ngày|ngay)\s{1,3}/iy;
const CUA = /(?:của|do)\s{1,2}/y;
const ISSUER_RES = ISSUERS.map((i) => ({ re: new RegExp(`(?:${i.re})(?![\\p{L}])`, 'uy'), name: i.name }));
const TERM_AT = /(\(\s?)?(?:khóa|khoá|KHÓA|KHOÁ)\s{1,2}[IVXL]{1,7}\)?(?![\p{L}\p{N}])/uy;
const SUBJECT_AT = /(?:về\s{1,2}việc|về|ban\s{1,2}hành|hướng\s{1,2}dẫn|quy\s{1,2}định)\s{1,2}/iy;
const QUOTED_AT = /"([^"\n]{1,300})"/y;
const SUBJECT_END = /[;\n]|\.(?:\s|$)|,\s{1,2}(?:đồng\s{1,2}thời|trong\s{1,2}đó|nhằm|qua\s{1,2}đó|theo\s{1,2}đó)/u;

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
  list: number;
}

function canonicalKind(written: string): string {
  const w = written.replace(/\s+/g, ' ').toLowerCase();
  return KIND_WORDS.find((k) => k.toLowerCase() === w) ?? written;
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
    date: null, dateShared: false, issuer: null, term: null, subject: null, named: null, list: -1,
  };
}

export function extractCitations(
  nt: NormalizedText,
  dates: DateMention[],
  terms: TermMention[],
  header: ReportHeader,
): Citation[] {
  const t = nt.text;
  // Dates and terms are on original offsets; index them by original start for the tail parser.
  const dateAt = new Map<number, DateMention>();
  for (const d of dates) dateAt.set(d.span.start, d);
  const termAt = new Map<number, TermMention>();
  for (const tm of terms) termAt.set(tm.span.start, tm);
  const ownNumber = header.number ? header.number.span.start : -1;

  const drafts: Draft[] = [];

  // 1. Ids.
  for (const m of t.matchAll(ID_RE)) {
    const start = m.index!;
    const end = start + m[0].length;
    if (nt.toOriginal(start) === ownNumber) continue; // the report's own "Số 45-BC/…"
    const d = blank(start, end, 'state');
    d.idStart = start;
    d.idEnd = end;
    if (m[1] !== undefined) {
      // number / year / symbol
      d.number = m[1];
      d.idYear = +m[2]!;
      const sym = m[3]!;
      const dash = sym.indexOf('-');
      d.typeCode = dash >= 0 ? sym.slice(0, dash) : null;
      d.issuerCode = dash >= 0 ? sym.slice(dash + 1) : sym;
    } else if (m[4] !== undefined) {
      d.style = 'party';
      d.number = m[4];
      d.typeCode = m[5]!;
      d.issuerCode = m[6]!;
      d.suffix = m[7] ?? null;
      if (/\s/.test(m[0])) d.malformed = 'spacing';
    } else {
      d.number = m[8]!;
      d.typeCode = m[9]!;
      d.issuerCode = m[11]!;
      if (PARTY_ISSUER_CODE.test(d.issuerCode)) {
        d.style = 'party';
        d.malformed = m[10] === '/' ? 'slash' : 'state-order';
      } else if (m[10] === '/') {
        // "5973/UBND-KT"-like ids never use two slashes; "12/QĐ/ABC" is too odd to trust.
        continue;
      }
    }
    lookBackForKind(t, d, drafts[drafts.length - 1]);
    drafts.push(d);
  }

  // 2. Number-only mentions, with their list continuations ("Quyết định 217 và 218").
  const occupied = (pos: number) => drafts.some((d) => pos >= d.start && pos < d.end);
  for (const m of t.matchAll(NUMBER_ONLY)) {
    const start = m.index!;
    if (occupied(start)) continue;
    const numStart = start + m[0].length - m[2]!.length;
    const num = m[2]!;
    // A four-digit year after the kind names a law or constitution ("Hiến pháp 2013"), not a number.
    if (/^(?:19[4-9]\d|20\d\d)$/.test(num)) continue;
    const kind = canonicalKind(m[1]!);
    const first = blank(start, start + m[0].length, 'number-only');
    Object.assign(first, { kind, kindStart: start, kindEnd: start + m[1]!.length, kindWritten: true, number: num, idStart: numStart, idEnd: start + m[0].length });
    drafts.push(first);
    let pos = first.end;
    for (let guard = 0; guard < 20; guard++) {
      const more = NUMBER_ONLY_MORE.exec(t.slice(pos, pos + 24));
      if (!more) break;
      const s = pos + more[1]!.length;
      const e = s + more[2]!.length;
      const next = blank(s, e, 'number-only');
      Object.assign(next, { kind, kindWritten: false, number: more[2]!, idStart: s, idEnd: e });
      drafts.push(next);
      pos = e;
    }
  }

  // 3. Named documents.
  for (const m of t.matchAll(NAMED_PLENUM)) {
    const start = m.index!;
    if (occupied(start)) continue;
    const d = blank(start, start + m[0].length, 'named');
    d.kind = 'Nghị quyết';
    d.kindWritten = true;
    d.kindStart = start;
    d.kindEnd = start + 'Nghị quyết'.length;
    d.named = { kind: 'plenum', plenum: ordinalValue(m[1] ?? m[2] ?? m[3]), term: m[4] ?? null };
    drafts.push(d);
  }
  for (const m of t.matchAll(NAMED_CONGRESS)) {
    const start = m.index!;
    if (occupied(start)) continue;
    const d = blank(start, start + m[0].length, 'named');
    d.kind = 'Nghị quyết';
    d.kindWritten = true;
    d.kindStart = start;
    d.kindEnd = start + 'Nghị quyết'.length;
    d.named = { kind: 'congress', plenum: null, term: m[1] ?? m[2] ?? null };
    drafts.push(d);
  }

  drafts.sort((a, b) => a.start - b.start);

  // 4. Parts after each citation, then lists.
  let listNo = 0;
  for (let i = 0; i < drafts.length; i++) {
    const d = drafts[i]!;
    const limit = i + 1 < drafts.length ? drafts[i + 1]!.start : t.length;
    readTail(nt, d, limit, dateAt, termAt);
    // A term written inside a named citation ("(khóa XI)") is its own.
    if (d.named && d.named.term && !d.term && d.named.kind === 'plenum') {
      const tm = terms.find((x) => x.span.start >= nt.toOriginal(d.start) && x.span.end <= nt.toOriginal(d.end));
      if (tm) d.term = tm;
    }
    const prev = drafts[i - 1];
    if (prev && prev.style !== 'named' && d.style !== 'named' && LIST_GAP.test(t.slice(prev.fullEnd, d.start))) {
      if (prev.list < 0) prev.list = listNo++;
      d.list = prev.list;
      if (!d.kindWritten && !d.kind && prev.kind) d.kind = prev.kind;
    }
  }
  shareListParts(drafts);

  return drafts.map((d) => toCitation(nt, d));
}

function lookBackForKind(t: string, d: Draft, prev: Draft | undefined): void {
  const from = Math.max(prev ? prev.end : 0, d.start - 160);
  const window = t.slice(from, d.start);
  const m = KIND_BEFORE.exec(window) ?? NAMED_KIND_BEFORE.exec(window);
  if (m) {
    d.kind = canonicalKind(m[1]!);
    d.kindWritten = true;
    d.kindStart = from + m.index;
    d.kindEnd = d.kindStart + m[1]!.length;
    d.start = d.kindStart;
    return;
  }
  const so = SO_BEFORE.exec(window);
  if (so) d.start = from + so.index;
  // No kind word here: a list member takes its kind later; otherwise the code may imply it.
  if (d.typeCode && KIND_BY_CODE[d.typeCode]) d.kind = KIND_BY_CODE[d.typeCode]!;
  if (!d.typeCode && d.issuerCode && /^QH\d/.test(d.issuerCode) && /^\s*Luật/.test(window.slice(-40))) d.kind = 'Luật';
}

function readTail(
  nt: NormalizedText,
  d: Draft,
  limit: number,
  dateAt: Map<number, DateMention>,
  termAt: Map<number, TermMention>,
): void {
  const t = nt.text;
  let pos = d.end;
  for (let guard = 0; guard < 6 && pos < limit; guard++) {
    SEP.lastIndex = pos;
    const sep = SEP.exec(t);
    const p = pos + (sep ? sep[0].length : 0);
    if (p >= limit && p > pos) break;
    if (!d.date) {
      NGAY.lastIndex = p;
      const ng = NGAY.exec(t);
      const at = ng ? p + ng[0].length : p;
      const dm = dateAt.get(nt.toOriginal(at));
      // A bare date right after the id counts only after a comma ("25-NQ/TW, 3/6/2013").
      if (dm && (ng || (sep && sep[0].includes(',')))) {
        d.date = dm;
        pos = at + (dm.span.end - dm.span.start === 0 ? 0 : canonicalLength(nt, at, dm.span.end));
        d.fullEnd = pos;
        continue;
      }
    }
    if (!d.issuer) {
      CUA.lastIndex = p;
      const c = CUA.exec(t);
      if (c) {
        const at = p + c[0].length;
        const iss = matchIssuer(t, at);
        if (iss) {
          d.issuer = { name: iss.name, written: iss.text, start: at, end: at + iss.text.length };
          pos = at + iss.text.length;
          d.fullEnd = pos;
          continue;
        }
      }
    }
    if (!d.term) {
      TERM_AT.lastIndex = p;
      const tm = TERM_AT.exec(t);
      if (tm) {
        const inner = p + (tm[1]?.length ?? 0);
        const mention = termAt.get(nt.toOriginal(inner));
        if (mention) {
          d.term = mention;
          pos = p + tm[0].length;
          d.fullEnd = pos;
          continue;
        }
      }
    }
    if (!d.subject) {
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

/** Length in canonical characters of the span from canonical `from` to original `origEnd`. */
function canonicalLength(nt: NormalizedText, from: number, origEnd: number): number {
  let i = from;
  while (i < nt.text.length && nt.toOriginal(i) < origEnd) i++;
  return i - from;
}

function matchIssuer(t: string, at: number): { name: string; text: string } | null {
  for (const i of ISSUER_RES) {
    i.re.lastIndex = at;
    const m = i.re.exec(t);
    if (m) {
      const text = m[0].replace(/\s+$/u, '');
      return { name: i.name || text, text };
    }
  }
  return null;
}

function readSubject(t: string, p: number, limit: number): Draft['subject'] {
  QUOTED_AT.lastIndex = p;
  const q = QUOTED_AT.exec(t);
  if (q) return { text: q[1]!.trim(), start: p + 1, end: p + q[0].length };
  SUBJECT_AT.lastIndex = p;
  const s = SUBJECT_AT.exec(t);
  if (!s) return null;
  const start = p;
  const bodyStart = p + s[0].length;
  // A quoted subject after "về": 'về "Tăng cường …"'.
  QUOTED_AT.lastIndex = bodyStart;
  const q2 = QUOTED_AT.exec(t);
  if (q2) return { text: t.slice(start, bodyStart) + q2[1]!.trim(), start, end: bodyStart + q2[0].length };
  const rest = t.slice(bodyStart, Math.min(limit, bodyStart + 300));
  const stop = SUBJECT_END.exec(rest);
  let len = stop ? stop.index : rest.length;
  // Do not run into the next citation's kind word.
  const body = rest.slice(0, len).replace(/[\s,]+$/u, '');
  len = body.length;
  if (len < 3) return null;
  return { text: t.slice(start, bodyStart + len), start, end: bodyStart + len };
}

/** Trailing parts written once after a list belong to every member that lacks them. */
function shareListParts(drafts: Draft[]): void {
  const byList = new Map<number, Draft[]>();
  for (const d of drafts) if (d.list >= 0) (byList.get(d.list) ?? byList.set(d.list, []).get(d.list)!).push(d);
  for (const members of byList.values()) {
    const last = members[members.length - 1]!;
    for (const d of members.slice(0, -1)) {
      if (!d.date && last.date) {
        d.date = last.date;
        d.dateShared = true;
      }
      if (!d.issuer && last.issuer) d.issuer = last.issuer;
      if (!d.term && last.term) d.term = last.term;
      if (!d.subject && last.subject) d.subject = last.subject;
    }
  }
}

function officialId(d: Draft): string | null {
  if (d.number === null || d.style === 'number-only' || d.style === 'named') return null;
  if (d.style === 'party') return `${d.number.toUpperCase()}-${d.typeCode}/${d.issuerCode}${d.suffix ?? ''}`;
  const sym = symbolOf(d)!;
  return d.idYear !== null ? `${d.number}/${d.idYear}/${sym}` : `${d.number}/${sym}`;
}

function symbolOf(d: Draft): string | null {
  if (d.style === 'party') return `${d.typeCode}/${d.issuerCode}${d.suffix ?? ''}`;
  if (d.style === 'state') return d.typeCode ? `${d.typeCode}-${d.issuerCode}` : d.issuerCode;
  return null;
}

function toCitation(nt: NormalizedText, d: Draft): Citation {
  const o = (i: number) => nt.toOriginal(i);
  const span = (s: number, e: number): Span => ({ start: o(s), end: o(e) });
  const endOfParts = Math.max(d.end, d.fullEnd);
  return {
    span: span(d.start, d.end),
    fullSpan: span(d.start, endOfParts),
    style: d.style,
    kind: d.kind,
    kindSpan: d.kindStart >= 0 ? span(d.kindStart, d.kindEnd) : null,
    kindWritten: d.kindWritten,
    number: d.number,
    symbol: symbolOf(d),
    id: officialId(d),
    idText: d.idStart >= 0 ? nt.original.slice(o(d.idStart), o(d.idEnd)) : null,
    idSpan: d.idStart >= 0 ? span(d.idStart, d.idEnd) : null,
    malformed: d.malformed,
    typeCode: d.typeCode,
    issuerCode: d.issuerCode,
    idYear: d.idYear,
    date: d.date,
    dateShared: d.dateShared,
    issuer: d.issuer ? { name: d.issuer.name, written: d.issuer.written, span: span(d.issuer.start, d.issuer.end) } : null,
    term: d.term,
    subject: d.subject ? { text: d.subject.text, span: span(d.subject.start, d.subject.end) } : null,
    named: d.named,
    list: d.list,
  };
}

/** Parse a lone id ("290-QĐ/TW", "Số: 30/2020/NĐ-CP") into its parts, or null. */
export function parseId(s: string): Pick<Citation, 'id' | 'number' | 'symbol' | 'style' | 'typeCode' | 'issuerCode' | 'idYear'> | null {
  const text = s.replace(/^\s*Số\s{0,2}:?\s{0,2}/u, '');
  const nt = { original: text, text, toOriginal: (i: number) => i };
  const found = extractCitations(nt, [], [], { issuingBody: null, number: null, placeDate: null, kind: null, subject: null, reportType: null });
  const c = found.find((x) => x.id && x.span.start === 0 || (x.idSpan && x.idSpan.start === 0));
  return c && c.id ? { id: c.id, number: c.number, symbol: c.symbol, style: c.style, typeCode: c.typeCode, issuerCode: c.issuerCode, idYear: c.idYear } : null;
}
