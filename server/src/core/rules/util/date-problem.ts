// Why a written date cannot exist, in words: told by date-invalid, and by citation-date-mismatch when a known
// document's date is the impossible one.

import type { DateProblem } from '../../text/calendar';
import type { Localized } from '../../types';

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
