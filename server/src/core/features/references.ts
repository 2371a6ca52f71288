// Which record each citation of a document resolves to, for "find references" across the
// workspace. The adapter reads the files; this reads a text through analyze itself, with no rule
// enabled, so that a reference found is the document the checks judged: the same report date and
// province, the same links between citations (brackets, lists, a subject's dated document, a short
// name the text gives, a mention linked to an earlier one) and the same choice by context.

import { analyze } from '../analyze';
import type { CorpusIndex } from '../corpus/corpus-index';
import { resolveOptions } from '../options';
import { RULE_CODES } from '../rules/index';
import type { IsoDate, Span } from '../types';

export interface ResolvedCitation {
  span: Span;
  /** The CorpusIndex key of the record it resolves to, or null. */
  key: string | null;
  id: string | null;
}

// Every rule off: analyze then only reads and resolves.
const NO_RULES = Object.fromEntries(RULE_CODES.map((code) => [code, false]));

export function resolvedCitations(text: string, corpus: CorpusIndex, reportDateOption: IsoDate | null, today: IsoDate): ResolvedCitation[] {
  const { options } = resolveOptions({ rules: NO_RULES, ...(reportDateOption ? { reportDate: reportDateOption } : {}) }, RULE_CODES);
  const a = analyze(text, corpus, options, today);
  return a.reading.citations.map((c, i) => ({ span: c.span, key: a.resolutions[i]?.entry.key ?? null, id: c.id }));
}

/** Cheap test before reading a file: could it cite a document with this number at all? */
export function mayCite(text: string, number: string): boolean {
  return text.includes(number.replace(/^0+(?=\d)/, ''));
}
