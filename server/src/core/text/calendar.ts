// Gregorian calendar arithmetic on plain numbers: the core never constructs Date objects from the
// clock, and keeping to integers avoids time-zone surprises.

import type { IsoDate } from '../types';

/**
 * Whether a review of `n` years held in `atYear` can count from `fromYear`: writers count both ways ("10 năm" of a
 * document of 2010 held in 2020, "5 năm" of one of 2019 held in 2023), so N−1 to N+1 years apart.
 */
export function countFits(fromYear: number, atYear: number, n: number): boolean {
  const d = atYear - fromYear;
  return d >= n - 1 && d <= n + 1;
}

export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

export function daysInMonth(y: number | null, m: number): number {
  if (m === 2) return y === null ? 29 : isLeapYear(y) ? 29 : 28;
  return [4, 6, 9, 11].includes(m) ? 30 : 31;
}

export type DateProblem =
  | { kind: 'month'; month: number }
  | { kind: 'day-zero' }
  | { kind: 'day'; day: number; month: number; max: number }
  | { kind: 'leap'; year: number }
  /** A year of three digits: "ngày 12/5/225", "ngày 31/07/202" (a digit dropped). */
  | { kind: 'year'; written: string };

/** Why day/month/year is not a calendar date, or null when it is. */
export function dateProblem(day: number, month: number, year: number | null): DateProblem | null {
  if (month < 1 || month > 12) return { kind: 'month', month };
  if (day < 1) return { kind: 'day-zero' };
  if (month === 2 && day === 29 && year !== null && !isLeapYear(year)) return { kind: 'leap', year };
  const max = daysInMonth(year, month);
  if (day > max) return { kind: 'day', day, month, max };
  return null;
}

export function toIso(y: number, m: number, d: number): IsoDate {
  // Called for every date read: the common case (a four-digit year) without padStart.
  if (y >= 1000 && y <= 9999) return `${y}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

export function parseIso(s: string): { y: number; m: number; d: number } | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return null;
  const y = +m[1]!, mo = +m[2]!, d = +m[3]!;
  return dateProblem(d, mo, y) ? null : { y, m: mo, d };
}

/** Day number since 1970-01-01 (proleptic Gregorian), for differences and weekdays. */
export function dayNumber(y: number, m: number, d: number): number {
  // Algorithm from Howard Hinnant's days_from_civil.
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const mp = (m + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(y: number, m: number, d: number): number {
  return (((dayNumber(y, m, d) + 4) % 7) + 7) % 7;
}

const WEEKDAYS_VI = ['Chủ nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'];
const WEEKDAYS_EN = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

export function weekdayName(y: number, m: number, d: number, locale: 'vi' | 'en'): string {
  const w = weekday(y, m, d);
  return (locale === 'vi' ? WEEKDAYS_VI : WEEKDAYS_EN)[w]!;
}

/** Compare partial ISO dates ("2021", "2021-07", "2021-07-30") by their common prefix. */
export function compareIso(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function isDigits(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) < 48 || s.charCodeAt(i) > 57) return false;
  return s.length > 0;
}

/** "2010-02-25" → "25/2/2010" (the common running-text form). */
export function formatVi(iso: string): string {
  // The full form, asked for in most messages: read by position rather than split.
  if (iso.length === 10 && iso.charCodeAt(4) === 45 && iso.charCodeAt(7) === 45) {
    const d = iso.charCodeAt(8) === 48 ? iso.slice(9) : iso.slice(8);
    const m = iso.charCodeAt(5) === 48 ? iso.slice(6, 7) : iso.slice(5, 7);
    if (isDigits(d) && isDigits(m)) return `${d}/${m}/${iso.slice(0, 4)}`;
  }
  const p = iso.split('-');
  if (p.length === 3) return `${+p[2]!}/${+p[1]!}/${p[0]}`;
  if (p.length === 2) return `${+p[1]!}/${p[0]}`;
  return iso;
}

/** Inverse of dayNumber (Howard Hinnant's civil_from_days). */
export function fromDayNumber(z: number): { y: number; m: number; d: number } {
  z += 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return { y: yoe + era * 400 + (m <= 2 ? 1 : 0), m, d };
}

/** Add days to a full ISO date; partial dates ("2021", "2021-07") are returned unchanged. */
export function addDays(iso: string, days: number): string {
  const p = parseIso(iso);
  if (!p) return iso;
  const r = fromDayNumber(dayNumber(p.y, p.m, p.d) + days);
  return toIso(r.y, r.m, r.d);
}

/** Whole years from `a` to `b` by calendar year ("2010-02-25" to "2020-06-16" → 10). */
export function yearsBetween(a: string, b: string): number {
  return +b.slice(0, 4) - +a.slice(0, 4);
}
