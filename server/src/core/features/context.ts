// What the drafting aids need to know about the document they work in: the date the report
// speaks from and its province. Taken from the shared Analysis when there is one; otherwise read
// from the header alone, which is cheap and enough for both facts.

import type { Analysis } from '../analyze';
import { reportDateOf } from '../extract/header';
import { read } from '../extract/reading';
import { extractProvince } from '../extract/scope';
import type { IsoDate } from '../types';

export interface DocumentContext {
  /** The report's date (header date line, else the option, else today). */
  reportDate: IsoDate;
  /** "Hà Tĩnh", when the header or the text says. */
  province: string | null;
  /** Today, from the adapter's clock. */
  today: IsoDate;
}

export function contextOf(a: Pick<Analysis, 'reportDate' | 'province'>, today: IsoDate): DocumentContext {
  return { reportDate: a.reportDate, province: a.province, today };
}

/** The header is in the first few thousand characters; the province is usually named there too. */
const HEAD = 6000;

export function documentContext(text: string, reportDateOption: IsoDate | null, today: IsoDate): DocumentContext {
  const r = read(text.length > HEAD ? text.slice(0, HEAD) : text);
  return { reportDate: reportDateOf(r.header, reportDateOption, today).date, province: extractProvince(r.nt, r.header), today };
}
