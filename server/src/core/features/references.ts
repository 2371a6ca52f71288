// Which record each citation of a document resolves to, for "find references" across the
// workspace. The adapter reads the files; this reads a text the way analyze does (the report's
// date and province choose among documents that share an id) without running the rules.

import { bracketLinks, resolveAll } from '../corpus/antecedent';
import type { CorpusIndex } from '../corpus/corpus-index';
import { reportDateOf } from '../extract/header';
import { read } from '../extract/reading';
import { extractProvince } from '../extract/scope';
import type { IsoDate, Span } from '../types';
import { resolutionAsOf, writtenDates } from '../written-time';

export interface ResolvedCitation {
  span: Span;
  /** The CorpusIndex key of the record it resolves to, or null. */
  key: string | null;
  id: string | null;
}

export function resolvedCitations(text: string, corpus: CorpusIndex, reportDateOption: IsoDate | null, today: IsoDate): ResolvedCitation[] {
  const r = read(text);
  const { date: reportDate, source } = reportDateOf(r.header, reportDateOption, today);
  // As analyze.ts does: a text with no date of its own speaks from a year after its latest past date.
  const asOf = source === 'today' ? resolutionAsOf(writtenDates(r, reportDate).past, reportDate) : reportDate;
  const province = extractProvince(r.nt, r.header, corpus.provinceTest());
  // The links analyze.ts makes between citations, so that a reference found is one the checks judged.
  const resolutions = bracketLinks(r.citations, resolveAll(r.citations, (c) => corpus.resolve(c, { reportDate: asOf, province })), r.nt.original);
  return r.citations.map((c, i) => ({ span: c.span, key: resolutions[i]?.entry.key ?? null, id: c.id }));
}

/** Cheap test before reading a file: could it cite a document with this number at all? */
export function mayCite(text: string, number: string): boolean {
  return text.includes(number.replace(/^0+(?=\d)/, ''));
}
