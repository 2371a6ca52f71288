// "khóa X", "khoá XI", "(khóa XII)": a term number, bound to the body named just before it.
// "Bộ Chính trị khóa X" is the Central Committee's term; "Ban Thường vụ Tỉnh ủy (khóa XV)" is
// the province's own numbering and must never be judged against the national table.

import type { NormalizedText } from '../text/normalize';
import type { Span } from '../types';
import { rx } from '../text/letters';

export type TermScope = 'party-central' | 'national-assembly' | 'local' | 'unknown';

export interface TermMention {
  span: Span;
  /** The term as a Roman numeral ("XI"), also when written in digits ("khóa 11"). */
  roman: string;
  /** As written: "XI", "11". */
  written: string;
  value: number;
  /** The body the term follows, as written ("Bộ Chính trị"), if any. */
  body: string | null;
  scope: TermScope;
}

// The look-behind sits after the first letter: a pattern that starts with a literal is found
// fast, one that starts with a look-behind is tried at every offset.
// In digits too, as news writes it ("Nghị quyết số 18-NQ/TW … khóa 12"; eighty-fifth and eighty-sixth
// outside probes): a number of one or two digits that is no date's or range's start ("khóa 12/2020").
const TERM = rx(String.raw`[kK](?<![\p{L}\p{N}][kK])(?:hóa|hoá|HÓA|HOÁ)\s{1,2}([IVXL]{1,7}|[1-9]\d?(?![/.\-–]\d))(?![\p{L}\p{N}])`, 'gu');
/** Terms in digits beyond this are something else (a course, a class). */
const MOST_DIGITS = 30;

// Bodies a term may follow, most specific first. The pattern must match at the end of the text
// before the term, allowing a space, "(" or "," between (see BODY_GAP).
const UPPER_WORD = String.raw`\p{Lu}[\p{Ll}\p{M}]{0,12}`;
// `keys`: a body's pattern is tried only when the window holds one of them (a cheap substring test).
const BODIES: { re: string; scope: TermScope; keys: string[] }[] = [
  // Local party and state bodies: tỉnh, thành phố, huyện, xã, đảng bộ, HĐND, a province's congress.
  { re: String.raw`(?:Tỉnh|Thành|Huyện|Quận|Thị|Đảng|Xã|Phường)\s(?:ủy|uỷ)(?:\s${UPPER_WORD}){0,4}`, scope: 'local', keys: ['ủy', 'uỷ'] },
  { re: String.raw`Đảng\sbộ\s(?:tỉnh|thành\sphố|huyện|quận|thị\sxã|xã|phường|Khối|khối)(?:\s${UPPER_WORD}){0,4}`, scope: 'local', keys: ['Đảng bộ', 'Đảng\nbộ'] },
  { re: String.raw`(?:Hội\sđồng\snhân\sdân|HĐND)(?:\s(?:tỉnh|thành\sphố|huyện|quận|xã|phường))?(?:\s${UPPER_WORD}){0,4}`, scope: 'local', keys: ['nhân dân', 'HĐND', 'nhân\ndân'] },
  { re: String.raw`Đại\shội(?:\sđại\sbiểu)?\sĐảng\sbộ(?:\s\p{L}{1,12}){0,6}`, scope: 'local', keys: ['Đại hội', 'Đại\nhội'] },
  // National Assembly.
  { re: String.raw`(?:Ủy|Uỷ)\sban\sThường\svụ\sQuốc\shội|UBTVQH|Quốc\shội`, scope: 'national-assembly', keys: ['Quốc', 'UBTVQH'] },
  // Central Party bodies.
  { re: String.raw`Bộ\sChính\strị|BCT`, scope: 'party-central', keys: ['Chính', 'BCT'] },
  { re: String.raw`Ban\sBí\sthư(?:\sTrung\sương(?:\sĐảng)?)?`, scope: 'party-central', keys: ['Bí'] },
  { re: String.raw`(?:(?:Ban\sChấp\shành|BCH)\s(?:Trung\sương|TW)|BCHTW)(?:\sĐảng)?`, scope: 'party-central', keys: ['Chấp', 'BCH'] },
  // The plenum's number in digits, Roman numerals or words ("Hội nghị Trung ương sáu (khóa XII)").
  { re: String.raw`Hội\snghị\s(?:lần\sthứ\s(?:\p{N}{1,2}|mười\s(?:một|hai|ba|bốn|lăm|năm|sáu|bảy|tám|chín)|\p{L}{1,12})\s)?(?:(?:Ban\sChấp\shành|BCH)\s)?Trung\sương(?:\sĐảng)?(?:\s(?:lần\sthứ\s)?(?:[\p{N}IVX]{1,6}|mười\s(?:một|hai|ba|bốn|lăm|năm|sáu|bảy|tám|chín)|một|hai|ba|bốn|tư|năm|sáu|bảy|tám|chín|mười))?`, scope: 'party-central', keys: ['Hội'] },
  { re: String.raw`Nghị\squyết\s(?:Hội\snghị\s)?Trung\sương(?:\s[\p{N}]{1,2})?`, scope: 'party-central', keys: ['Nghị'] },
  { re: String.raw`Trung\sương(?:\sĐảng)?`, scope: 'party-central', keys: ['Trung'] },
];
const BODY_GAP = String.raw`[\s(,]{0,3}$`;
const BODY_RES = BODIES.map((b) => ({ re: rx(`(?:${b.re})${BODY_GAP}`, 'u'), scope: b.scope, keys: b.keys }));

const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10, L: 50 };

/** Value of a well-formed Roman numeral, or null ("IIII", "VX" are not numerals). */
export function romanValue(s: string): number | null {
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const v = ROMAN[s[i]!]!;
    const next = ROMAN[s[i + 1] ?? ''] ?? 0;
    total += v < next ? -v : v;
  }
  return toRoman(total) === s ? total : null;
}

/** A term's number as written, in digits ("13") or a Roman numeral ("XIII"), or null. */
export function termValue(written: string): number | null {
  return written.charCodeAt(0) <= 57 ? +written : romanValue(written);
}

export function toRoman(n: number): string {
  const parts: [number, string][] = [
    [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
  ];
  let out = '';
  for (const [v, s] of parts) while (n >= v) { out += s; n -= v; }
  return out;
}

/** The body that a term at canonical offset `start` follows, from the 100 characters before it. */
export function bindTerm(text: string, start: number): { body: string | null; scope: TermScope } {
  const before = text.slice(Math.max(0, start - 100), start);
  for (const b of BODY_RES) {
    if (!b.keys.some((k) => before.includes(k))) continue;
    const m = b.re.exec(before);
    if (m) return { body: m[0].replace(/[\s(,]+$/u, ''), scope: b.scope };
  }
  return { body: null, scope: 'unknown' };
}

/** A term with its canonical offsets, for the other readers. */
export interface FoundTerm {
  mention: TermMention;
  start: number;
  end: number;
}

export function scanTerms(nt: NormalizedText): FoundTerm[] {
  const out: FoundTerm[] = [];
  for (const m of nt.text.matchAll(TERM)) {
    const written = m[1]!;
    const digits = written.charCodeAt(0) <= 57;
    const value = termValue(written);
    if (value === null || (digits && value > MOST_DIGITS)) continue;
    const start = m.index!;
    const end = start + m[0].length;
    const { body, scope } = bindTerm(nt.text, start);
    out.push({
      start,
      end,
      mention: { span: { start: nt.toOriginal(start), end: nt.toOriginal(end) }, roman: digits ? toRoman(value) : written, written, value, body, scope },
    });
  }
  return out;
}

export function extractTerms(nt: NormalizedText): TermMention[] {
  return scanTerms(nt).map((f) => f.mention);
}
