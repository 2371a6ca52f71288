// date-invalid: a date that cannot exist (29/2/2019, 31/4/2020, 15/13/2022, 32-1-2020).
// No fix: only the writer knows which day was meant.

import type { DateProblem } from '../text/calendar';
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
    case 'day':
      return {
        vi: `tháng ${p.month} chỉ có ${p.max} ngày`,
        en: `month ${p.month} has only ${p.max} days`,
      };
  }
}

export const rule: Rule = {
  code: 'date-invalid',
  defaultSeverity: 'error',
  description: { vi: 'Ngày không có thật trên lịch', en: 'Date that does not exist' },
  run(ctx) {
    return ctx.reading.dates.flatMap((d) => {
      if (!d.problem) return [];
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
