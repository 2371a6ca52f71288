// Names and shapes shared by the server and the VS Code client. Types only: the client imports
// nothing else from the server.

/** Server-side commands, answered through workspace/executeCommand by every LSP client. */
export const Commands = {
  /** Look documents up: [query: string, limit?: number] → LookupResult[]. */
  lookup: 'vanban.lookup',
  /** Re-check a document: [uri: string] → number of findings. */
  check: 'vanban.check',
  /** Corpus status: [] → CorpusStatus. */
  corpusStatus: 'vanban.corpusStatus',
  /** A new report from a directive: [NewReportParams] → NewReportResult (the draft's text). */
  newReport: 'vanban.newReport',
} as const;

/** Notification the server sends when corpus problems change. */
export const CorpusProblemsNotification = 'vanban/corpusProblems';

export interface CorpusStatus {
  version: string;
  asOf: string;
  records: number;
  userDocuments: number;
  problems: { file: string; line?: number; message: string }[];
}

export interface LookupResult {
  key: string;
  id: string;
  kind: string;
  date: string | null;
  issuer: string;
  subject: string | null;
  status: string | null;
  /** The full citation in the customary form, ready to insert. */
  citation: string;
  score: number;
}

export interface NewReportParams {
  /** 'tong-ket' | 'so-ket' | 'bao-cao-nam' | 'chuyen-de'. */
  kind: string;
  /** A record key from vanban.lookup, or an official id ("25-NQ/TW"). */
  directive?: string | null;
  /** The report's date, YYYY-MM-DD (default today). */
  date?: string;
  issuer?: string;
  superior?: string | null;
  place?: string | null;
  /** N of "tổng kết N năm" (default: from the dates). */
  years?: number | null;
  system?: 'party' | 'state';
  field?: string | null;
}

export interface NewReportResult {
  text: string;
  directiveKey: string | null;
  years: number | null;
  /** What the writer should know, in the server's locale. */
  notes: string[];
}

/** Settings under "vanban." that the server reads. */
export interface Settings {
  enable: 'auto' | 'always' | 'never';
  /** The report's date for drafts without a date line. */
  reportDate: string | null;
  corpus: { paths: string[] };
  rules: Record<string, unknown>;
  knownAbbreviations: string[] | null;
  toneMarkStyle: 'first' | 'second' | 'majority';
  /** 'auto' (or null) follows the client's display language. */
  locale: 'auto' | 'vi' | 'en' | null;
}
