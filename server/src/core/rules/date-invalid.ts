// date-invalid: a date that cannot exist (29/2/2019, 31/4/2020, 15/13/2022, 32-1-2020).
// No fix: only the writer knows which day was meant.

import { dateProblem, type DateProblem } from '../text/calendar';
import type { DateMention } from '../extract/dates';
import { rx } from '../text/letters';
import type { Localized } from '../types';
import type { Rule } from './rule';

export function explainDateProblem(p: DateProblem): Localized {
  switch (p.kind) {
    case 'month':
      return { vi: `không có tháng ${p.month}`, en: `there is no month ${p.month}` };
    case 'day-zero':
      return { vi: 'không có ngày 0', en: 'there is no day 0' };
    case 'leap':
      return {
        vi: `năm ${p.year} không phải năm nhuận, tháng 2 chỉ có 28 ngày`,
        en: `${p.year} is not a leap year; February has 28 days`,
      };
    case 'year':
      return {
        vi: `năm "${p.written}" có ${p.written.length} chữ số, năm phải có bốn chữ số`,
        en: `the year "${p.written}" has ${p.written.length} digits; a year has four`,
      };
    case 'day':
      return {
        vi: `tháng ${p.month} chỉ có ${p.max} ngày`,
        en: `month ${p.month} has only ${p.max} days`,
      };
  }
}

// A time with seconds or AM/PM right after the date: a web page's stamp ("Thời gian đăng: 6/25/2018 4:16:54 PM").
const STAMP_TIME = rx(String.raw`^\s{1,3}\d{1,2}:\d{2}(?::\d{2}\s?(?:[AaPp][Mm])?|\s?[AaPp][Mm])(?![\p{L}\p{N}])`, 'u');

/**
 * Whether an impossible day/month is a month/day stamp that a site printed in the American order: "6/25/2018 4:16:54 PM"
 * is 25 June 2018 (eighty-first outside probe: told there is no month 25). Only with the site's time after it, and only
 * when the swapped reading is a real date.
 */
function usTimestamp(text: string, d: DateMention): boolean {
  if (d.problem?.kind !== 'month' || d.year === null) return false;
  return dateProblem(d.month, d.day, d.year) === null && STAMP_TIME.test(text.slice(d.span.end, d.span.end + 20));
}

export const rule: Rule = {
  code: 'date-invalid',
  defaultSeverity: 'error',
  description: { vi: 'Ngày không có thật trên lịch', en: 'Date that does not exist' },
  run(ctx) {
    return ctx.reading.dates.flatMap((d) => {
      if (!d.problem) return [];
      if (usTimestamp(ctx.text, d)) return [];
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
