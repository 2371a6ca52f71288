// When a text with no date of its own was written, as far as its words tell: the latest date it writes, a lower
// bound (a text is written on or after what it reports), used by the rules (RuleContext.latestDate) and, for its past
// dates only, to choose among documents of one number (analyze.ts: a news item of 2020 on congresses means the directive
// of 2019, not the one of 2024 that today's date would pick).

import type { Resolution } from './corpus/corpus-index';
import { subjectAgreement } from './corpus/same-document';
import type { DirectiveRecord } from './corpus/types';
import type { Citation } from './extract/citations';
import type { Reading } from './extract/reading';
import type { IsoDate } from './types';

// Words that point a date ahead of the text: an effective day, a deadline ("có hiệu lực thi hành từ
// ngày 01 tháng 7 năm 2025", "trước ngày …", "chậm nhất là ngày …") — a law of 2024 written so is no
// text of 2025 (the gazette's laws and consolidated texts had their Bộ told it was gone). A period
// ("từ ngày 04/5/2022 đến ngày 10/5/2022") may be past or ahead, and counts.
const AHEAD = /(?:hiệu\s+lực(?:\s+thi\s+hành)?(?:\s+(?:kể\s+)?từ)?|kể\s+từ|trước|sau|đến\s+hết|chậm\s+nhất(?:\s+là)?)\s+(?:ngày\s+)?$/iu;

/** Whether the date at `at` of `t` is an effective day or a deadline (AHEAD). */
function pointsAhead(t: string, at: number): boolean {
  return AHEAD.test(t.slice(Math.max(0, at - 32), at));
}

// A month and year without a day ("Tính đến tháng 6/2011", "tháng 6 năm 2011"): the text was written
// in that month or after it (twenty-seventh outside probe: a review of 2011 was counted to today). Not a
// target ("đến tháng 12/2025"), which may lie after the text; "tính đến tháng 6/2011" is a count as of then.
const MONTH_YEAR = /(?<![A-Za-zÀ-ỹ])(?<!(?<![Tt]ính\s{1,2})đến\s{1,2})[Tt]háng\s{1,2}(\d{1,2})\s{0,2}(?:\/|-|năm\s{1,2})\s{0,2}((?:19|20)\d\d)(?!\d)/gu;

// A year named ("trong năm 2023", "nhiệm kỳ 2015-2020": its end), with the same exceptions: the text is of
// that year or later (twenty-ninth outside probe: texts of 2020 and 2023 were told the Huyện ủy was gone).
const YEAR_NAMED = /(?<![A-Za-zÀ-ỹ])(?<!(?<![Tt]ính\s{1,2})đến\s{1,2}|nhìn\s{1,2})(?:năm\s{1,2}((?:19|20)\d\d)(?![\d\-–])|(?:nhiệm\s{1,2}kỳ|giai\s{1,2}đoạn)\s{1,2}(?:19|20)\d\d\s{0,2}[-–]\s{0,2}((?:19|20)\d\d)(?!\d))/gu;

/** The latest date a text writes, not after `until` and not pointing ahead; and the latest of its past dates only. */
export interface WrittenDates {
  /** A full date, the first day of a month and year, or of a year it names ("nhiệm kỳ 2020-2025": its end). */
  any: IsoDate | null;
  /**
   * A full date, a month and year, or a year named alone ("năm 2024"): what the text reports as past or current. A
   * term's or a period's end ("nhiệm kỳ 2020-2025" in a congress item of 2020) is no sign of when it was written.
   */
  past: IsoDate | null;
  /**
   * The latest end of those past mentions, as far as they are precise: a full date itself, a month's last day ("tháng
   * 3/2025": 31/3/2025); a year alone or a number's year only its first day, which says little of the month (not after
   * `until`). A law passed by then may be the one the text names: "đầu tháng 3/2025" with "Luật Tổ chức chính quyền địa
   * phương" is the law of 19/2/2025 (probe 455).
   */
  pastEnd: IsoDate | null;
}

// A month's last day, February's as 29 in every year: the end is only compared with days, never shown or parsed.
const MONTH_DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function writtenDates(reading: Reading, until: IsoDate): WrittenDates {
  let any: IsoDate | null = null;
  let past: IsoDate | null = null;
  let pastEnd: IsoDate | null = null;
  const t = reading.nt.original;
  // One test for the three ways a date is written; pointsAhead (a scan of the text) only for a new latest.
  const consider = (iso: IsoDate, at: number, isPast: boolean, end: IsoDate = iso): void => {
    if (iso > until) return;
    const newAny = any === null || iso > any;
    const newPast = isPast && (past === null || iso > past);
    const last = end > until ? until : end;
    const newEnd = isPast && (pastEnd === null || last > pastEnd);
    if ((!newAny && !newPast && !newEnd) || pointsAhead(t, at)) return;
    if (newAny) any = iso;
    if (newPast) past = iso;
    if (newEnd) pastEnd = last;
  };
  for (const d of reading.dates) if (d.iso && !d.problem) consider(d.iso, d.span.start, true);
  // A state number carries the year its document was issued: a text citing "Nghị định 08/2022/NĐ-CP" was written in 2022
  // or later (two hundred and eleventh outside probe: a list of a decision's bases naming "Quyết định … năm 2017" first
  // was taken to speak from 2018, and "Nghị định 08/2022/NĐ-CP hướng dẫn Luật Bảo vệ môi trường" given the law of 2014).
  for (const c of reading.citations) if (c.style === 'state' && c.idYear !== null) consider(`${c.idYear}-01-01`, c.span.start, true);
  // "năm 2024" tells the text's time as a past or current year; a term's or a period's end ("nhiệm kỳ 2020-2025") may lie
  // ahead of it.
  for (const m of t.matchAll(YEAR_NAMED)) consider(`${m[1] ?? m[2]}-01-01`, m.index!, m[1] !== undefined);
  if (t.includes('háng'))
    for (const m of t.matchAll(MONTH_YEAR)) {
      const month = +m[1]!;
      const mm = String(month).padStart(2, '0');
      if (month >= 1 && month <= 12) consider(`${m[2]}-${mm}-01`, m.index!, true, `${m[2]}-${mm}-${MONTH_DAYS[month - 1]}`);
    }
  return { any, past, pastEnd };
}

// How long after the latest past date it writes a text with no date is taken to speak from, when a citation's
// documents must be chosen by date: a report or a news item follows what it tells by weeks or months.
const WRITTEN_WITHIN_YEARS = 1;
const HISTORY_YEARS = 25;

/**
 * The date a text with no date of its own is taken to speak from when its citations are resolved: a year after the
 * latest past date it writes, not after `reportDate` (today), unless that date is history.
 */
export function resolutionAsOf(past: IsoDate | null, reportDate: IsoDate): IsoDate {
  // A latest past date decades back is more likely history an article tells ("Sắc lệnh số 33/SL ngày 13.9.1945" in a
  // commentary of 2021 on people's assessors; hundred-and-forty-first outside probe) than the time it was written.
  if (!past || +past.slice(0, 4) < +reportDate.slice(0, 4) - HISTORY_YEARS) return reportDate;
  const y = +past.slice(0, 4) + WRITTEN_WITHIN_YEARS;
  // 29 February has no day a year on.
  const asOf = `${y}${past.slice(4) === '-02-29' ? '-02-28' : past.slice(4)}`;
  return asOf < reportDate ? asOf : reportDate;
}

/**
 * A citation's resolution as of the inferred date, weighed against today's (`sure`). The date inferred chooses, but does
 * not make sure: its choice is exact only when today's is the same exact one (then exact even where the inferred date
 * alone leaves it probable), else probable, so no rule speaks on a choice made from an inferred date. Where it finds
 * nothing, today's choice stands.
 */
export function inferredChoice(inferred: Resolution | null, sure: Resolution | null, c?: Citation): Resolution | null {
  if (!inferred) return sure;
  if (sure?.certainty === 'exact' && sure.entry === inferred.entry) return sure;
  // The subject written names today's choice and not the inferred one: the text cites a document issued after the date it
  // was taken to speak from, so it speaks from later ("Quán triệt Nghị quyết số 19 về nông nghiệp, nông dân, nông thôn"
  // in an undated item that also writes "2020": the resolution of 2022, not the 19-NQ/TW of 2017 on public service units;
  // forty-fourth session's probe 436).
  if (sure?.certainty === 'exact' && c?.subject && namedBy(c.subject.text, sure.entry.record, inferred.entry.record)) return sure;
  return inferred.certainty === 'exact' ? { ...inferred, certainty: 'probable' } : inferred;
}

/** Whether a written subject is all of one record's words and holds less of the other's. */
function namedBy(subject: string, one: DirectiveRecord, other: DirectiveRecord): boolean {
  const a = subjectAgreement(subject, one);
  if (a !== 1) return false;
  const b = subjectAgreement(subject, other);
  return b === null || b < a;
}
