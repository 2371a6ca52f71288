// The shape of a rule. One rule a file, the file named after the rule's code; rules/index.ts
// lists them. A rule reads the document once extracted and the corpus, and returns findings
// without severity: the options decide severity and whether the rule runs at all.

import type { CorpusIndex, Resolution } from '../corpus/corpus-index';
import type { ReportDateSource, ReportHeader } from '../extract/header';
import type { Reading } from '../extract/reading';
import type { Section } from '../extract/sections';
import type { ResolvedOptions } from '../options';
import type { Finding, IsoDate, Localized, Severity } from '../types';

/** What every rule knows of the report it judges. */
interface ReportContext {
  /** The original text (spans index into it): a block's for `run` and `collect`, the report's for `judge`. */
  text: string;
  corpus: CorpusIndex;
  options: ResolvedOptions;
  /** The date the report speaks from: its own date line, else the configured or given today. */
  reportDate: IsoDate;
  reportDateSource: ReportDateSource;
  /** Today's date as the adapter gives it. */
  today: IsoDate;
  /** The report's province, if the text says ("Hà Tĩnh"). */
  province: string | null;
  /**
   * When the report has no date of its own (source "today"): the first full date of its opening
   * lines outside citations ("Sáng ngày 22/10/2019, Ban Thường trực … tổ chức …"), the time a news
   * text speaks of. Not the report's date (a draft's opening may recall an earlier event), only a
   * sign that the text is about that time; null otherwise.
   */
  leadDate?: IsoDate | null;
  /**
   * When the report has no date of its own: the latest full date it writes (not an effective day or a
   * deadline) or of a document it cites, as the corpus dates it, up to today — the text was written on
   * or after it ("… triển khai Kết luận số 01-KL/TW", of 18/5/2021); null otherwise.
   */
  latestDate?: IsoDate | null;
  /** For a text with no date of its own: whether it gives a day without its year anywhere ("Ngày 27/9, …"). */
  yearlessDay?: boolean;
}

export interface RuleContext extends ReportContext {
  reading: Reading;
  /** Corpus resolution of each citation, in the order of reading.citations. */
  resolutions: (Resolution | null)[];
}

export type RuleFinding = Omit<Finding, 'code' | 'severity'> & { severity?: Finding['severity'] };

/**
 * What a rule that weighs the whole report (collect/judge) sees when it judges: the report and its
 * context, not a reading (the blocks' facts carry what was read).
 */
export interface DocumentContext extends ReportContext {
  header: ReportHeader;
  /** The report's sections, each to the line before the next heading of its level or higher. */
  sections: readonly Section[];
  /** 1-based line of an original offset ("dòng 12" in a message). */
  lineAt(offset: number): number;
}

/** The facts a collecting rule took from one block, and where the block starts in the report. */
export interface BlockFacts<F> {
  offset: number;
  facts: F;
}

interface RuleInfo {
  code: string;
  defaultSeverity: Severity;
  description: Localized;
}

/**
 * Most rules judge what they see in one block (a paragraph; core/blocks.ts): `run` gets the
 * block's text and reading, with the report's date, province, header and the sections the block
 * stands in; its spans are the block's. Of the header a block rule reads only the kind line and
 * where the parts lie (analyze.ts keys the kept findings on those); a rule that needs more of it
 * is a collecting or document rule. The analysis keeps the findings of a block until its text
 * or that context changes, so an edit re-runs them for the blocks it touched only.
 */
export interface BlockRule extends RuleInfo {
  scope?: 'block';
  run(ctx: RuleContext): RuleFinding[];
}

/** A rule that reads only what the whole report has once (header, sections): run every time, cheaply. */
export interface DocumentRule extends RuleInfo {
  scope: 'document';
  run(ctx: RuleContext): RuleFinding[];
}

/**
 * A rule that weighs one block against the others (the first mention of a document, an
 * abbreviation defined before its use, the majority's tone-mark placement): `collect` takes the
 * facts of one block (kept with the block like a block rule's findings; spans the block's), and
 * `judge` weighs every block's facts, in order, each with its block's offset; its spans are the
 * report's. `judge` runs at every analysis: it must not read the text again.
 */
export interface CollectingRule<F> extends RuleInfo {
  scope: 'collect';
  collect(ctx: RuleContext): F;
  judge(parts: readonly BlockFacts<F>[], doc: DocumentContext): RuleFinding[];
}

// `any`: each collecting rule has its own kind of facts.
export type Rule = BlockRule | DocumentRule | CollectingRule<any>;
