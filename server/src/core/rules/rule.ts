// The shape of a rule. One rule a file, the file named after the rule's code; rules/index.ts
// lists them. A rule reads the document once extracted and the corpus, and returns findings
// without severity: the options decide severity and whether the rule runs at all.

import type { CorpusIndex, Resolution } from '../corpus/corpus-index';
import type { Reading } from '../extract/reading';
import type { ResolvedOptions } from '../options';
import type { Finding, IsoDate, Localized, Severity } from '../types';

export interface RuleContext {
  /** The original text (spans index into it). */
  text: string;
  reading: Reading;
  corpus: CorpusIndex;
  options: ResolvedOptions;
  /** The date the report speaks from: its own date line, else the configured or given today. */
  reportDate: IsoDate;
  reportDateSource: 'header' | 'option' | 'today';
  /** Today's date as the adapter gives it. */
  today: IsoDate;
  /** The report's province, if the text says ("Hà Tĩnh"). */
  province: string | null;
  /** Corpus resolution of each citation, in the order of reading.citations. */
  resolutions: (Resolution | null)[];
}

export type RuleFinding = Omit<Finding, 'code' | 'severity'> & { severity?: Finding['severity'] };

export interface Rule {
  code: string;
  defaultSeverity: Severity;
  description: Localized;
  run(ctx: RuleContext): RuleFinding[];
}
