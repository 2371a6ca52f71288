// Dates as Vietnamese writers write them: "25/2/2010", "12-12-2013", "02.01.2020",
// "ngày 03 tháng 4 năm 2018", a day and month without a year after "ngày"/"sáng"/"chiều"
// ("Ngày 16/6", "sáng 15/10"), date-times ("13/01/2022 12:40:31") and ranges
// ("từ ngày 1/10 đến ngày 15/10/2023").
//
// Speed: every scanning pattern begins with a digit, which the regular-expression engine finds
// fast; what must not stand before a date is checked by a look-behind placed after that first
// digit. All repetitions are bounded, so hostile input ("1-1-1-1-…") costs constant work per offset.

import { dateProblem, dayNumber, parseIso, toIso, type DateProblem } from '../text/calendar';
import type { NormalizedText } from '../text/normalize';
import type { IsoDate, Span } from '../types';
import { hasClass, IS_LETTER, rx } from '../text/letters';

export type DateForm = 'numeric' | 'long' | 'day-month';

export interface DateMention {
  /** The date itself, without a leading "ngày" and without a time. */
  span: Span;
  day: number;
  month: number;
  /** Null when the text gives no year ("Ngày 16/6"); see inferYear. */
  year: number | null;
  form: DateForm;
  /** Separator of a numeric date. */
  separator: '/' | '-' | '.' | null;
  /** How the writer padded day and month ("02/01/2020" → both true). */
  paddedDay: boolean;
  paddedMonth: boolean;
  /** Whether the word "ngày" stands right before the date. */
  afterNgay: boolean;
  /** "12:40:31" when a time follows. */
  time: string | null;
  /** Why the date cannot exist, or null. */
  problem: DateProblem | null;
  /** ISO form when the date is valid and has a year. */
  iso: IsoDate | null;
  /**
   * The word before the month or the year written as the other, and the one wanted: "ngày 27 năm 12 năm 2019" (its "năm"
   * where "tháng" belongs), "ngày 15 tháng 9 tháng 2022" (its "tháng" where "năm" belongs).
   */
  misword?: { span: Span; want: 'tháng' | 'năm' };
}

/** "từ ngày 1/10/2023 đến ngày 15/10/2023": two dates read as one period. */
export interface DateRange {
  from: DateMention;
  to: DateMention;
  /** From "từ" (or the first date when there is none) to the end of the second date. */
  span: Span;
}

/** A date with its canonical offsets, for the other readers. */
export interface FoundDate {
  mention: DateMention;
  start: number;
  end: number;
}

// d/m/yyyy, d-m-yyyy, d.m.yyyy (the same separator twice), optionally followed by a time. Older
// copied texts put a space before the year ("ngày 21/6/ 1994", "29/7/ 1999"; sixteenth outside
// probe, where the date was lost): one space, before a year of 19xx or 20xx.
//
// A year of three digits is a writer's slip ("ngày 12/5/225", "ngày 31/07/202"; it had lost the date and the issuer
// after it silently): read, with its problem, only after "ngày" (see yearRead). A year of five is a year and one
// digit more — in PDF text nearly always a footnote's mark ("ngày 08/10/20181", "năm 20205." in the gazette's
// consolidated texts, eleven of them): read as the year of its first four digits, the mark kept in the date's span.
// (Told as slips for a few hours of the eighteenth session, they were eleven false errors.)
// A slash typed twice before the year ("ngày 18/4//2022"; hundred-and-sixth outside probe: the date lost, its citation
// told incomplete) is still the date.
//
// The word "ngày" glued to the day ("ngày26/11/2003", copied from PDF text: seven in the outside probes) is still
// before a date; any other letter is not ("QH11/2003").
// A symbol after a slash ends a document's number, not a date: "Nghị quyết 66.4.2025/NQ-CP" is 66.4/2025/NQ-CP with a
// dot for its slash (forty-fourth session's probe 432: "day 66 of April" was told impossible).
const NUMERIC =
  rx(String.raw`(\d(?<![\p{N}/.\-]\d|(?<!(?:ngà|Ngà)(?=y)|NGÀ(?=Y))\p{L}\d)\d?)([/.\-])(\d{1,2})(\2|(?<=\/\d{1,2})\/\/)( (?=(?:19|20)\d\d))?(\d{3,5})(?![\p{N}]|[/.\-]\p{N}|\/\p{Lu})(?:[ ,]{1,2}(?:lúc |- )?(\d{1,2}:\d{2}(?::\d{2})?)(?![\p{N}:]))?`, 'gu');
// Hyphens with spaces around them, after "ngày": "ngày 09- 3- 2012", "ngày 23- 9 -1997" (thirty-seventh
// outside probe: six dates of a police text were lost, and the issuers after them). Only after "ngày": a
// bare "2 - 3 - 2012" is as likely a list of numbers. The unspaced form is NUMERIC's.
// Slashes likewise, as a form filled in by hand: "Quyết định số: 1050 /QĐ-SCT ngày 06 /3/2025" (forty-sixth session's probe
// 445: not read, so a wrong year went untold); one scan for both, the second separator the first's (group 2).
const SPACED_AFTER_NGAY = rx(String.raw`(?<![\p{L}])(?:ngày|Ngày|NGÀY)\s{1,2}(\d{1,2})\s?([-/])\s?(\d{1,2})\s?\2\s?((?:19|20)\d\d)(?![\p{N}])`, 'dgu');
// "03 tháng 4 năm 2018" (any case, any run of up to three spaces or a line break between).
// Scanned from the word "tháng" (rare) rather than from every digit (frequent); the day before it
// is read backwards by hand.
// Its tone mark lost too, "ngày 25 thang 11 năm 2022" (thirty-sixth session's probe 315: not a date), but only after "ngày":
// "thang" is a word of its own (a scale, a ladder).
const THANG = /tháng|THÁNG|Tháng|thang/g;
// … and in a text typed without any tone mark, "ngay 30 thang 8 nam 1998" (probes 118 and 252 hold such căn cứ lines).
const UNTONED_NGAY_BEFORE = rx(String.raw`(?<![\p{L}\p{M}])[nN]gay\s{0,3}$`, 'u');
// PDF extraction sometimes loses the space after the word ("tháng12", "năm2021") or before it ("tháng 8năm 2011"), or
// puts one inside it ("ngày 07 tháng 4 nă m 2009"; two-hundred-and-forty-first outside probe: neither the date nor the
// issuer after it was read).
const LONG_AFTER = rx(String.raw`\s{0,3}(\d{1,2})\s{0,3}(?:năm|NĂM|Năm|nă[ ]m|NĂ[ ]M|nam(?=\s{0,3}(?:19|20)\d\d))\s{0,3}(\d{3,5})(?!\p{N})`, 'uy');
// The word before the month or the year typed as the other, after "ngày": "năm" for "tháng", "ngày 27 năm 12 năm 2019"
// (forty-fifth session's probe 439: not read, so neither was the decree's date), and "tháng" for "năm", "Căn cứ Quyết định
// số 1085/QĐ-TTg ngày 15 tháng 9 tháng 2022" (forty-ninth session's probe 463: not read, the decision was told it lacked its
// day), and "ngày" for "tháng", "Thông tư 05/2021/TT-TTCP ngày 01 ngày 10 năm 2021" (fifty-first session's probe 475: not
// read), and "ngăm" for "năm", "Nghị định 63/2010/NĐ-CP ngày ngày 08 tháng 6 ngăm 2010" (fifty-second session's probe 483: told
// it lacked its date). A day and a month that exist, then the year: the words can be nothing else. One expression, one
// scan for all. Groups: 1 day; 2 "năm" or "ngày" for "tháng", 3 its month; 4 the month before 5 "tháng" or "ngăm" for
// "năm"; 6 year.
const MISWORD = rx(String.raw`(?<![\p{L}\p{M}])(?:ngày|Ngày|NGÀY)\s{1,3}(\d{1,2})\s{1,3}(?:(năm|Năm|NĂM|ngày|Ngày|NGÀY)\s{1,3}(\d{1,2})\s{1,3}(?:năm|Năm|NĂM)|(?:tháng|Tháng|THÁNG)\s{1,3}(\d{1,2})\s{1,3}(tháng|Tháng|THÁNG|ngăm|Ngăm|NGĂM))\s{1,3}((?:19|20)\d\d)(?!\p{N})`, 'dgu');
// A day and month with no year count only after words that introduce a date; a bare "1/3" is
// as likely a fraction ("giảm 1/3"). After "từ", only when the range's end follows.
const DAY_MONTH = rx(String.raw`\d{1,2}([/.\-])(\d{1,2})(?![\p{N}\p{L}]|[/.\-]\p{N})`, 'gu');
const DAY_MONTH_WORD_BEFORE = rx(String.raw`(?<![\p{L}])(?:ngày|sáng|chiều|tối|trưa|đêm|hôm|từ)\s{1,2}$`, 'iu');
const FROM_WORD_BEFORE = /(?:từ|Từ|TỪ)\s{1,2}$/u;
const RANGE_END_AFTER = /^\s{1,3}(?:đến|tới|-)\s{1,3}(?:hết\s{1,2})?(?:ngày\s{1,3})?\d{1,2}[/.\-]\d{1,2}/u;
// Between the two dates of a range, and before the first.
const RANGE_GAP = /^\s{0,3}(?:(?:đến|tới)\s{1,3}(?:hết\s{1,2})?(?:ngày\s{1,3})?|-\s{0,3}(?:ngày\s{1,3})?)$/iu;
const RANGE_FROM = rx(String.raw`(?<![\p{L}])(từ|TỪ|Từ)\s{1,3}(?:ngày\s{1,3})?$`, 'iu');
/** Whether "ngày" (any case) and up to three spaces (none when glued: "ngày26/11/2003") stand right before `start`. */
function ngayBefore(t: string, start: number): boolean {
  let i = start;
  while (i > 0 && start - i < 3 && (t.charCodeAt(i - 1) === 32 || t.charCodeAt(i - 1) === 10)) i--;
  if (i < 4) return false;
  const w = t.slice(i - 4, i);
  return (w === 'ngày' || w.toLowerCase() === 'ngày') && (i === 4 || !hasClass(t.charCodeAt(i - 5), IS_LETTER));
}

function mention(
  nt: NormalizedText,
  start: number,
  end: number,
  day: string,
  month: string,
  year: string | null,
  form: DateForm,
  separator: DateMention['separator'],
  time: string | null,
): FoundDate {
  const d = +day;
  const m = +month;
  const y = year === null ? null : +year;
  const problem: DateProblem | null = year !== null && year.length !== 4 ? { kind: 'year', written: year } : dateProblem(d, m, y);
  return {
    start,
    end,
    mention: {
      span: { start: nt.toOriginal(start), end: nt.toOriginal(end) },
      day: d,
      month: m,
      year: y,
      form,
      separator,
      paddedDay: day.length === 2 && day[0] === '0',
      paddedMonth: month.length === 2 && month[0] === '0',
      afterNgay: ngayBefore(nt.text, start),
      time,
      problem,
      iso: problem === null && y !== null ? toIso(y, m, d) : null,
    },
  };
}

/**
 * A numeric date read elsewhere than by scanDates: a web page's "Đăng ngày 17 - 05 - 2024", whose
 * spaced hyphens the body's dates never use (header.ts reads it in a dateline only).
 */
export function spacedDateline(nt: NormalizedText, start: number, end: number, day: string, month: string, year: string): FoundDate {
  return mention(nt, start, end, day, month, year, 'numeric', '-', null);
}

/**
 * A place-and-date line whose day was left blank for the signature ("ngày       tháng 10 năm 2021"):
 * the month's last day, the latest the text can be dated (header.ts only).
 */
export function blankDayDate(nt: NormalizedText, start: number, end: number, month: string, year: string): FoundDate {
  const last = new Date(Date.UTC(+year, +month, 0)).getUTCDate();
  return mention(nt, start, end, String(last), month, year, 'long', null, null);
}

/**
 * The year a date starting at `start` is read with, or null when it is no date: four digits as written; three or five
 * only after "ngày", with a day and month that exist — three that are not a count ("ngày 1/2/345" is read, a bare
 * "1/2/345" is not), five that begin like a year (19…, 20…), read as their first four (the fifth a footnote's mark).
 * Three digits that end the text (`end`: where the year ends) are a year not finished: a draft being typed, or an
 * excerpt cut there ("… ngày 01 tháng 7 năm 202"; hundred-and-sixteenth outside probe: two false errors).
 */
function yearRead(t: string, start: number, end: number, year: string, day: string, month: string): string | null {
  if (year.length === 4) return year;
  if (+day < 1 || +day > 31 || +month < 1 || +month > 12 || !ngayBefore(t, start)) return null;
  if (year.length === 3) return year[0] !== '0' && !onlySpaceAfter(t, end) ? year : null;
  return year.startsWith('19') || year.startsWith('20') ? year.slice(0, 4) : null;
}

function onlySpaceAfter(t: string, i: number): boolean {
  for (; i < t.length; i++) if (!/\s/u.test(t[i]!)) return false;
  return true;
}

function isDigitAt(t: string, i: number): boolean {
  const c = t.charCodeAt(i);
  return c >= 48 && c <= 57;
}

/** Every date with canonical offsets, in order of position. Never throws. */
export function scanDates(nt: NormalizedText): FoundDate[] {
  const t = nt.text;
  const out: FoundDate[] = [];
  for (const m of t.matchAll(NUMERIC)) {
    const start = m.index!;
    // The span keeps a footnote's mark, so that what follows it (an issuer) is read as after the date.
    const end = start + m[1]!.length + m[2]!.length + m[3]!.length + m[4]!.length + (m[5]?.length ?? 0) + m[6]!.length;
    const year = yearRead(t, start, end, m[6]!, m[1]!, m[3]!);
    if (year === null) continue;
    out.push(mention(nt, start, end, m[1]!, m[3]!, year, 'numeric', m[2] as '/' | '-' | '.', m[7] ?? null));
  }
  for (const m of t.matchAll(SPACED_AFTER_NGAY)) {
    const start = m.indices![1]![0];
    const end = m.index! + m[0].length;
    // "09-3-2012", "06/3/2025": the two separators and no space, NUMERIC's.
    if (end - start === m[1]!.length + m[3]!.length + m[4]!.length + 2) continue;
    out.push(mention(nt, start, end, m[1]!, m[3]!, m[4]!, 'numeric', m[2] as '-' | '/', null));
  }
  THANG.lastIndex = 0;
  let th: RegExpExecArray | null;
  while ((th = THANG.exec(t)) !== null) {
    const at = th.index;
    // Backwards: up to six spaces (a dateline padded for the day to be written in: "ngày   19    tháng
    // 5"; seventeenth outside probe; none in PDF text that lost it: "ngày 15tháng 4 năm 2010"), then one or two
    // digits not preceded by a digit or by a letter other than the end of a glued "ngày" ("ngày25 tháng").
    let e = at;
    while (e > 0 && at - e < 6 && /\s/u.test(t[e - 1]!)) e--;
    let s = e;
    while (s > 0 && e - s < 2 && isDigitAt(t, s - 1)) s--;
    if (s === e || (s > 0 && (isDigitAt(t, s - 1) || (hasClass(t.charCodeAt(s - 1), IS_LETTER) && !ngayBefore(t, s))))) continue;
    if (th[0] === 'thang' && !ngayBefore(t, s) && !UNTONED_NGAY_BEFORE.test(t.slice(Math.max(0, s - 8), s))) continue;
    LONG_AFTER.lastIndex = at + th[0].length;
    const m = LONG_AFTER.exec(t);
    if (!m) continue;
    const year = yearRead(t, s, LONG_AFTER.lastIndex, m[2]!, t.slice(s, e), m[1]!);
    if (year === null) continue;
    out.push(mention(nt, s, LONG_AFTER.lastIndex, t.slice(s, e), m[1]!, year, 'long', null, null));
  }
  for (const m of t.matchAll(MISWORD)) {
    const month = m[3] ?? m[4]!;
    if (+m[1]! < 1 || +m[1]! > 31 || +month < 1 || +month > 12) continue;
    const found = mention(nt, m.indices![1]![0], m.index! + m[0].length, m[1]!, month, m[6]!, 'long', null, null);
    const forMonth = m[2] !== undefined;
    const [word, wordEnd] = m.indices![forMonth ? 2 : 5]!;
    found.mention.misword = { span: { start: nt.toOriginal(word), end: nt.toOriginal(wordEnd) }, want: forMonth ? 'tháng' : 'năm' };
    out.push(found);
  }
  out.sort((a, b) => a.start - b.start);
  const withYear = out.length;
  let k = 0;
  for (const m of t.matchAll(DAY_MONTH)) {
    const start = m.index!;
    if (start > 0 && isDigitAt(t, start - 1)) continue;
    // Skip dates with a year found above (they start with the same day and month).
    while (k < withYear && out[k]!.end <= start) k++;
    if (k < withYear && out[k]!.start <= start) continue;
    const before = t.slice(Math.max(0, start - 8), start);
    if (!DAY_MONTH_WORD_BEFORE.test(before)) continue;
    const end = start + m[0].length;
    if (FROM_WORD_BEFORE.test(before) && !RANGE_END_AFTER.test(t.slice(end, end + 40))) continue;
    const day = /^\d{1,2}/.exec(m[0])![0];
    // Without a year, numbers out of any calendar range are not a date at all ("nhóm từ 39.01
    // đến 39.13" in a tariff): only a day 1–31 and a month 1–12 count, so that "30/2" is still
    // caught as impossible and "39.01" is left alone.
    if (+day < 1 || +day > 31 || +m[2]! < 1 || +m[2]! > 12) continue;
    out.push(mention(nt, start, end, day, m[2]!, null, 'day-month', m[1] as '/' | '-' | '.', null));
  }
  if (out.length > withYear) out.sort((a, b) => a.start - b.start);
  return out;
}

/** Every date in the text, in order of position. Never throws. */
export function extractDates(nt: NormalizedText): DateMention[] {
  return scanDates(nt).map((f) => f.mention);
}

/** Ranges between consecutive dates: "từ ngày X đến ngày Y", "từ X - Y", "X - Y". */
export function findRanges(nt: NormalizedText, found: readonly FoundDate[]): DateRange[] {
  const t = nt.text;
  const out: DateRange[] = [];
  for (let i = 0; i + 1 < found.length; i++) {
    const a = found[i]!;
    const b = found[i + 1]!;
    if (b.start - a.end > 30) continue;
    const gap = t.slice(a.end, b.start);
    if (!RANGE_GAP.test(gap)) continue;
    const from = RANGE_FROM.exec(t.slice(Math.max(0, a.start - 14), a.start));
    // "X - Y" is a range after "từ", or between two full dates ("1/10/2023 - 15/10/2023").
    if (/^\s{0,3}-/u.test(gap) && !from && (a.mention.year === null || b.mention.year === null)) continue;
    const start = from ? a.start - from[0].length : a.start;
    out.push({ from: a.mention, to: b.mention, span: { start: nt.toOriginal(start), end: nt.toOriginal(b.end) } });
    i++;
  }
  return out;
}

/**
 * The year of a day-and-month date ("Ngày 16/6", "sáng 15/10"), read from a reference date: the
 * report's date, or the end of a range for its start ("từ 1/10 đến 15/10/2023"). The year that
 * puts the date nearest to the reference wins (a report of 10/1/2024 that says "ngày 20/12"
 * means 2023). A date that carries its year gives it back; null when the reference is not a
 * date or the day does not exist within half a year of it (29/2 read from 2023).
 */
export function inferYear(d: Pick<DateMention, 'day' | 'month' | 'year'>, reference: IsoDate): number | null {
  if (d.year !== null) return d.year;
  const ref = parseIso(reference);
  if (!ref) return null;
  const refDay = dayNumber(ref.y, ref.m, ref.d);
  let best: number | null = null;
  let bestDist = Infinity;
  for (const y of [ref.y - 1, ref.y, ref.y + 1]) {
    if (dateProblem(d.day, d.month, y) !== null) continue;
    const dist = Math.abs(dayNumber(y, d.month, d.day) - refDay);
    if (dist < bestDist) {
      best = y;
      bestDist = dist;
    }
  }
  // Every day of the year lies within half a year of the reference in some year; farther means
  // the day exists only in another year (29/2 read from a non-leap year), which the text did not say.
  return bestDist <= 184 ? best : null;
}

/** ISO form of a date, with the year inferred from `reference` when the text gives none. */
export function isoWithInferredYear(d: DateMention, reference: IsoDate): IsoDate | null {
  if (d.iso) return d.iso;
  if (d.problem && d.problem.kind !== 'leap') return null;
  const y = inferYear(d, reference);
  return y === null ? null : toIso(y, d.month, d.day);
}

/**
 * Render an ISO date the way `like` was written: same form, separator and padding, so a fix
 * keeps the writer's style ("25/2/2010" → "25/3/2010", "ngày 03 tháng 4 năm 2018" stays long).
 */
export function formatLike(like: Pick<DateMention, 'form' | 'separator' | 'paddedDay' | 'paddedMonth'>, iso: IsoDate): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const dd = like.paddedDay ? String(d).padStart(2, '0') : String(d);
  const mm = like.paddedMonth ? String(m).padStart(2, '0') : String(m);
  if (like.form === 'long') return `${dd} tháng ${mm} năm ${y}`;
  const sep = like.separator ?? '/';
  return `${dd}${sep}${mm}${sep}${y}`;
}
