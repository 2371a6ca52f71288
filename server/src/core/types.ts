// Plain data shared by the core's readers, rules and features. Offsets are UTF-16 code units
// into the ORIGINAL text (as LSP counts them); adapters turn them into lines and columns.

export interface Span {
  start: number;
  end: number;
}

export type Severity = 'error' | 'warning' | 'information' | 'hint';

/** A message in both languages of the product: Vietnamese first, English second. */
export interface Localized {
  vi: string;
  en: string;
}

export type Locale = 'vi' | 'en';

export interface TextEdit {
  start: number;
  end: number;
  newText: string;
}

export interface Fix {
  title: Localized;
  edits: TextEdit[];
  /** Safe to apply together with other safe fixes ("Fix all"). */
  safe: boolean;
  /** The fix the writer most likely wants (VS Code's preferred quick fix). */
  preferred?: boolean;
}

export interface RelatedInformation {
  span: Span;
  message: Localized;
  /** Another place of the same mistake (rules/util/repeats.ts), not a place the message cites. */
  repeat?: boolean;
}

export interface Finding {
  /** Stable kebab-case rule code, also the file name of the rule. */
  code: string;
  span: Span;
  severity: Severity;
  message: Localized;
  fixes?: Fix[];
  related?: RelatedInformation[];
}

/** ISO calendar date "YYYY-MM-DD". */
export type IsoDate = string;
