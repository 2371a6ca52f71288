// Which record each citation of a document resolves to, for "find references" across the
// workspace. The adapter reads the files; this reads a text through analyze itself, with no rule
// enabled, so that a reference found is the document the checks judged: the same report date and
// province, the same links between citations (brackets, lists, a subject's dated document, a short
// name the text gives, a mention linked to an earlier one) and the same choice by context.

import { analyze } from '../analyze';
import type { CorpusIndex } from '../corpus/corpus-index';
import { resolveOptions, type ResolvedOptions } from '../options';
import { RULE_CODES } from '../rules/index';
import type { IsoDate, Span } from '../types';

export interface ResolvedCitation {
  span: Span;
  /** The CorpusIndex key of the record it resolves to, or null. */
  key: string | null;
  id: string | null;
}

// Every rule off: analyze then only reads and resolves. Resolved on first use, once: a workspace search reads many files.
let noRules: ResolvedOptions | undefined;

export function resolvedCitations(text: string, corpus: CorpusIndex, reportDateOption: IsoDate | null, today: IsoDate): ResolvedCitation[] {
  noRules ??= resolveOptions({ rules: Object.fromEntries(RULE_CODES.map((code) => [code, false])) }, RULE_CODES).options;
  const a = analyze(text, corpus, reportDateOption ? { ...noRules, reportDate: reportDateOption } : noRules, today);
  return a.reading.citations.map((c, i) => ({ span: c.span, key: a.resolutions[i]?.entry.key ?? null, id: c.id }));
}

/** Cheap test before reading a file: could it cite a document with this number at all? */
export function mayCite(text: string, number: string): boolean {
  return text.includes(number.replace(/^0+(?=\d)/, ''));
}
