// date-invalid: a date that cannot exist (29/2/2019, 31/4/2020, 15/13/2022, 32-1-2020).
// No fix: only the writer knows which day was meant — unless it is a known document's date, which citation-date-mismatch
// tells with the document's day.

import { dateProblem, toIso } from '../text/calendar';
import { VIEW_COUNTER } from '../extract/header';
import type { DateMention } from '../extract/dates';
import { rx } from '../text/letters';
import type { Rule, RuleContext, RuleFinding } from './rule';
import { oneEditApart } from '../text/edit';
import { judgedDays, trustedCitations } from './util/citations';
import { explainDateProblem } from './util/date-problem';

// A time with seconds or AM/PM right after the date: a web page's stamp ("Thời gian đăng: 6/25/2018 4:16:54 PM").
// A dash or a bar may stand between: "11/20/2020 - 12:00 AM" (thirty-eighth session's probe 330: told there is no month 20).
const STAMP_TIME = rx(String.raw`^(?:\s{0,2}[-–|,]\s{0,2}|\s{1,3})\d{1,2}:\d{2}(?::\d{2}\s?(?:[AaPp][Mm])?|\s?[AaPp][Mm])(?![\p{L}\p{N}])`, 'u');

// A page's counters after it, on its own line: "5/14/2024 96 Đã xem" (thirty-seventh session's probe 326: the post date and
// the views of a Party committee's page over the scheme it publishes, told there is no month 14).
const STAMP_COUNTERS = rx(String.raw`^(?:[ \t]{1,2}\d{1,7})?[ \t]{0,2}(?:[|\-–][ \t]{0,2})?(?:${VIEW_COUNTER})(?![\p{L}])`, 'u');
const LINE_START_BEFORE = /(?:^|\n)[ \t]{0,8}$/u;

/**
 * Whether an impossible day/month is a month/day stamp that a site printed in the American order: "6/25/2018 4:16:54 PM"
 * is 25 June 2018 (eighty-first outside probe: told there is no month 25). Only with the site's time after it, or its
 * counters with the stamp opening its line, and only when the swapped reading is a real date.
 */
function usTimestamp(text: string, d: DateMention): boolean {
  if (d.problem?.kind !== 'month' || d.year === null) return false;
  if (dateProblem(d.month, d.day, d.year) !== null) return false;
  const after = text.slice(d.span.end, d.span.end + 30);
  return STAMP_TIME.test(after) || (STAMP_COUNTERS.test(after) && LINE_START_BEFORE.test(text.slice(Math.max(0, d.span.start - 12), d.span.start)));
}

/**
 * Whether the date is the page's own stamp, read month first: the header took "7/20/2024" alone on its line under a blog's
 * byline as the text's day, 20 July 2024 (fortieth session's probe 383: told there is no month 20, a false error).
 */
function pageStamp(ctx: RuleContext, d: DateMention): boolean {
  if (d.problem?.kind !== 'month' || d.year === null || ctx.reportDateSource !== 'dateline') return false;
  return toIso(d.year, d.day, d.month) === ctx.reportDate;
}

// A year this far after the text's own is a slip of the keys, not a date anyone writes: "có hiệu lực thi hành từ ngày
// 15/8/2925" (outside probe 416: nothing was said). Plans reach to 2045 or 2050 at most.
const FAR_YEARS = 100;
// How far from the text's year a mend (one digit changed, or two neighbours swapped) may land to be offered.
const MEND_REACH = 10;

/** The finding for a date whose year lies centuries ahead, with the year one edit away (oneEditApart) near the text's as its fix. */
function farYear(ctx: RuleContext, d: DateMention, reportYear: number): RuleFinding[] {
  const written = ctx.text.slice(d.span.start, d.span.end);
  const year = String(d.year);
  let meant: number | null = null;
  for (let y = reportYear - MEND_REACH; y <= reportYear + MEND_REACH; y++) {
    if (oneEditApart(String(y), year) && (meant === null || Math.abs(y - reportYear) < Math.abs(meant - reportYear))) meant = y;
  }
  const at = written.lastIndexOf(year);
  return [
    {
      span: d.span,
      message: {
        vi: `Ngày không hợp lệ: "${written}" — năm ${year} cách năm của văn bản (${reportYear}) hơn ${FAR_YEARS} năm${meant ? `; có phải năm ${meant}?` : '.'}`,
        en: `Invalid date: "${written}" — the year ${year} is more than ${FAR_YEARS} years after the text's (${reportYear})${meant ? `; did you mean ${meant}?` : '.'}`,
      },
      fixes:
        meant && at >= 0
          ? [{ title: { vi: `Sửa thành năm ${meant}`, en: `Change the year to ${meant}` }, edits: [{ start: d.span.start + at, end: d.span.start + at + year.length, newText: String(meant) }], safe: false, preferred: true }]
          : undefined,
    },
  ];
}

/**
 * "ngày 27 năm 12 năm 2019": "năm" typed where "tháng" belongs; "ngày 15 tháng 9 tháng 2022": "tháng" where "năm" does. The
 * date is read (a citation's day is still checked); the slip is told once, a warning with the word mended as its fix, in the
 * writer's case.
 */
function wordSlip(ctx: RuleContext, d: DateMention, word: { start: number; end: number }, want: 'tháng' | 'năm'): RuleFinding {
  const was = ctx.text.slice(word.start, word.end);
  const right = was === was.toUpperCase() ? want.toUpperCase() : was[0] === was[0]!.toUpperCase() ? want[0]!.toUpperCase() + want.slice(1) : want;
  const written = ctx.text.slice(d.span.start, d.span.end);
  const meant = ctx.text.slice(d.span.start, word.start) + right + ctx.text.slice(word.end, d.span.end);
  const part = want === 'tháng' ? { vi: 'tháng', en: 'month' } : { vi: 'năm', en: 'year' };
  return {
    span: d.span,
    severity: 'warning',
    message: {
      vi: `Ngày viết nhầm: "${written}" — chữ trước ${part.vi} là "${right}", không phải "${was}" ("${meant}").`,
      en: `Date mistyped: "${written}" — the word before the ${part.en} is "${right}", not "${was}" ("${meant}").`,
    },
    fixes: [{ title: { vi: `Sửa thành "${meant}"`, en: `Change to "${meant}"` }, edits: [{ start: word.start, end: word.end, newText: right }], safe: true, preferred: true }],
  };
}

export const rule: Rule = {
  code: 'date-invalid',
  defaultSeverity: 'error',
  description: { vi: 'Ngày không có thật trên lịch', en: 'Date that does not exist' },
  run(ctx) {
    // A citation's impossible date that its record's day mends is told once, by citation-date-mismatch with the day as its
    // fix ("Nghị quyết số 26-NQ/TW ngày 50/8/2008": hundred-and-thirty-fifth outside probe, two errors for one slip).
    let mended: Set<number> | null = null;
    const reportYear = +ctx.reportDate.slice(0, 4);
    const far = (d: DateMention) => !d.problem && d.year !== null && d.year > reportYear + FAR_YEARS;
    if (ctx.reading.dates.some((d) => d.problem || far(d))) {
      // A year centuries ahead in a known document's date too ("Quyết định số 46/2014/QĐ-TTg ngày 15/8/5014"; probe 107).
      for (const { citation: c, entry } of trustedCitations(ctx))
        if (c.date && (c.date.problem || far(c.date)) && judgedDays(ctx, c, entry).length) (mended ??= new Set()).add(c.date.span.start);
      // A year cut short in a state number's date, "15/2015/TT-BVHTTDL ngày 22/12/201 5": citation-date-mismatch tells it
      // against the number's year, with that year as the fix (thirty-eighth session's probe 335: two findings for one slip).
      for (const c of ctx.reading.citations) {
        const p = c.date?.problem;
        if (p?.kind === 'year' && c.style === 'state' && c.idYear !== null && !c.dateShared && String(c.idYear).startsWith(p.written)) (mended ??= new Set()).add(c.date!.span.start);
      }
    }
    return ctx.reading.dates.flatMap((d) => {
      if (d.misword) return [wordSlip(ctx, d, d.misword.span, d.misword.want)];
      if (mended?.has(d.span.start)) return [];
      if (far(d)) return farYear(ctx, d, reportYear);
      if (!d.problem) return [];
      if (usTimestamp(ctx.text, d) || pageStamp(ctx, d)) return [];
      const why = explainDateProblem(d.problem);
      const written = ctx.text.slice(d.span.start, d.span.end);
      return [
        {
          span: d.span,
          message: {
            vi: `Ngày không hợp lệ: "${written}" — ${why.vi}.`,
            en: `Invalid date: "${written}" — ${why.en}.`,
          },
        },
      ];
    });
  },
};
