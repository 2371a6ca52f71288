// The one entry point of checking: text, corpus index, options and today in; findings out.

import type { CorpusIndex, Resolution } from './corpus/corpus-index';
import { read, type Reading } from './extract/reading';
import { extractProvince } from './extract/scope';
import type { ResolvedOptions } from './options';
import { RULES } from './rules/index';
import { mergeRepeats } from './rules/util/repeats';
import type { RuleContext } from './rules/rule';
import { applySuppressions } from './suppress';
import type { Finding, IsoDate, Severity } from './types';

export interface Analysis {
  reading: Reading;
  /** The date the report speaks from, and where it came from. */
  reportDate: IsoDate;
  reportDateSource: 'header' | 'option' | 'today';
  province: string | null;
  /** Resolution of each citation (same order as reading.citations), null when unknown. */
  resolutions: (Resolution | null)[];
  findings: Finding[];
}

export function analyze(text: string, corpus: CorpusIndex, options: ResolvedOptions, today: IsoDate): Analysis {
  const reading = read(text);
  const headerDate = reading.header.placeDate?.date.iso ?? null;
  const reportDate = headerDate ?? options.reportDate ?? today;
  const reportDateSource = headerDate ? 'header' : options.reportDate ? 'option' : 'today';
  const province = extractProvince(reading.nt, reading.header);
  const resolutions = reading.citations.map((c) => corpus.resolve(c, { reportDate, province }));
  const ctx: RuleContext = { text, reading, corpus, options, reportDate, today, province, resolutions, reportDateSource };
  const findings: Finding[] = [];
  for (const rule of RULES) {
    const setting = options.rules[rule.code];
    if (setting && !setting.enabled) continue;
    for (const f of rule.run(ctx)) findings.push({ ...f, code: rule.code, severity: severityOf(rule.defaultSeverity, f.severity, setting?.severity ?? null) });
  }
  findings.sort((a, b) => a.span.start - b.span.start || a.code.localeCompare(b.code));
  // Suppressions first: a comment that silences the first mention leaves the others to speak.
  return { reading, reportDate, reportDateSource, province, resolutions, findings: mergeRepeats(applySuppressions(text, findings)) };
}

const RANK: Record<Severity, number> = { hint: 0, information: 1, warning: 2, error: 3 };

/**
 * A configured severity replaces the rule's default. A finding the rule itself made milder (a
 * date measured from today, a replacement only reported, spacing from a PDF) stays at most that
 * mild: configuring "error" must not turn a guess into an error.
 */
export function severityOf(ruleDefault: Severity, own: Severity | undefined, configured: Severity | null): Severity {
  const base = configured ?? ruleDefault;
  if (own === undefined) return base;
  if (RANK[own] < RANK[ruleDefault]) return RANK[own] < RANK[base] ? own : base;
  return configured ?? own;
}
