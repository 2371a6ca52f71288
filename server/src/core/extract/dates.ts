// Dates as Vietnamese writers write them: "25/2/2010", "12-12-2013", "02.01.2020",
// "ngày 03 tháng 4 năm 2018", a day and month without a year after "ngày"/"sáng"/"chiều"
// ("Ngày 16/6", "sáng 15/10"), and date-times ("13/01/2022 12:40:31").
// Every pattern is anchored by a look-behind that rejects a digit, letter or separator before it
// and uses bounded repetitions only, so hostile input ("1-1-1-1-…") costs constant work per offset.

import { dateProblem, toIso, type DateProblem } from '../text/calendar';
import type { NormalizedText } from '../text/normalize';
import type { IsoDate, Span } from '../types';

export type DateForm = 'numeric' | 'long' | 'day-month';

export interface DateMention {
  /** The date itself, without a leading "ngày" and without a time. */
  span: Span;
  day: number;
  month: number;
  /** Null when the text gives no year ("Ngày 16/6"). */
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
}

const NUMERIC =
  /(?<![\p{L}\p{N}/.\-])(\d{1,2})([/.\-])(\d{1,2})\2(\d{4})(?![\p{N}]|[/.\-]\p{N})(?:[ ,]{1,2}(?:lúc )?(\d{1,2}:\d{2}(?::\d{2})?)(?!\p{N}))?/gu;
const LONG =
  /(?<![\p{L}\p{N}])(\d{1,2})\s{1,3}tháng\s{1,3}(\d{1,2})\s{1,3}năm\s{1,3}(\d{4})(?!\p{N})/giu;
// A day and month with no year count only after words that introduce a date; a bare "1/3" is
// as likely a fraction ("giảm 1/3").
const DAY_MONTH =
  /(?<=(?:ngày|sáng|chiều|tối|trưa|đêm|hôm)\s{1,2})(\d{1,2})([/.\-])(\d{1,2})(?![\p{N}]|[/.\-]\p{N})/giu;
const NGAY_BEFORE = /ngày\s{1,3}$/iu;

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
): DateMention {
  const d = +day;
  const m = +month;
  const y = year === null ? null : +year;
  const problem = dateProblem(d, m, y);
  const before = nt.text.slice(Math.max(0, start - 8), start);
  return {
    span: { start: nt.toOriginal(start), end: nt.toOriginal(end) },
    day: d,
    month: m,
    year: y,
    form,
    separator,
    paddedDay: day.length === 2 && day[0] === '0',
    paddedMonth: month.length === 2 && month[0] === '0',
    afterNgay: NGAY_BEFORE.test(before),
    time,
    problem,
    iso: problem === null && y !== null ? toIso(y, m, d) : null,
  };
}

/** Every date in the text, in order of position. Never throws. */
export function extractDates(nt: NormalizedText): DateMention[] {
  const t = nt.text;
  const out: DateMention[] = [];
  const taken: Span[] = [];
  for (const m of t.matchAll(NUMERIC)) {
    const start = m.index!;
    const dateEnd = start + m[1]!.length + 1 + m[3]!.length + 1 + m[4]!.length;
    out.push(mention(nt, start, dateEnd, m[1]!, m[3]!, m[4]!, 'numeric', m[2] as '/' | '-' | '.', m[5] ?? null));
    taken.push({ start, end: start + m[0].length });
  }
  for (const m of t.matchAll(LONG)) {
    const start = m.index!;
    out.push(mention(nt, start, start + m[0].length, m[1]!, m[2]!, m[3]!, 'long', null, null));
    taken.push({ start, end: start + m[0].length });
  }
  for (const m of t.matchAll(DAY_MONTH)) {
    const start = m.index!;
    if (taken.some((s) => start >= s.start && start < s.end)) continue;
    out.push(mention(nt, start, start + m[0].length, m[1]!, m[3]!, null, 'day-month', m[2] as '/' | '-' | '.', null));
  }
  out.sort((a, b) => a.span.start - b.span.start);
  return out;
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
