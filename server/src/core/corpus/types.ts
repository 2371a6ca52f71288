// Record types of the corpus. The JSON Schema in corpus/schema/ describes the same shapes for
// data files; keep the two in step (test/static/corpus.test.ts checks the bundled files against
// the schema, and the loader checks user files the same way).

/** Where a fact comes from. At least one of url / title. */
export interface SourceRef {
  url?: string;
  /** A document or page title when there is no URL, e.g. "Công báo số 123" or a seed article. */
  title?: string;
  /** What exactly the source states, or a caveat. */
  note?: string;
}

/** How sure we are of a record, in the words of shared/domain/conventions.md. */
export type Confidence = 'confirmed' | 'reported' | 'unverified' | 'conflict';

/** A date as a source gives it: YYYY-MM-DD, or YYYY-MM / YYYY when only that much is known. */
export type PartialDate = string;

/** Two or more sources that disagree on a field: keep all of them. */
export interface Conflict {
  field: string;
  /**
   * `until`: the value held until that day, when a later text (`changedBy`) changed it — Luật Đất đai 31/2024/QH15 was to
   * take effect on 1/1/2025 until Luật 43/2024/QH15 of 29/6/2024 brought the day forward to 1/8/2024.
   */
  values: { value: string; sources: SourceRef[]; until?: PartialDate; changedBy?: string }[];
  note?: string;
}

export type DirectiveState = 'in-force' | 'replaced' | 'expired' | 'historical' | 'unknown';

export interface Supersession {
  /** Official id of the other document, e.g. "23-QĐ/TW". */
  id: string;
  /** Date of the other document (disambiguates restarted Party numbering). */
  date?: PartialDate;
  /** When the replacement took effect, if different from the document's date. */
  effective?: PartialDate;
  confidence?: Confidence;
  sources?: SourceRef[];
  note?: string;
  /** English beside the Vietnamese `note`. */
  noteEn?: string;
}

export interface DirectiveRecord {
  type: 'directive';
  /** Number and symbol in the official form: "290-QĐ/TW", "30/2020/NĐ-CP". Not unique alone. */
  id: string;
  /** Kind word as written in a citation: "Quyết định", "Quy định", "Nghị quyết", "Luật" … */
  kind: string;
  number: string;
  /** Everything after the number: "QĐ/TW", "NĐ-CP", "QĐ-UBND". */
  symbol: string;
  /** Full name of the issuing body: "Bộ Chính trị", "Ban Bí thư", "Chính phủ", "Ban Thường vụ Tỉnh ủy". */
  issuer: string;
  /** For local documents, the organisation it belongs to: "Tỉnh ủy Hà Tĩnh". */
  organisation?: string;
  date?: PartialDate;
  /** Central Committee or National Assembly term, Roman numerals: "X", "XIII". */
  term?: string;
  /** Trích yếu. */
  subject?: string;
  /** `note` is Vietnamese (shown in hovers), `noteEn` the same in English. */
  status?: { state: DirectiveState; asOf?: PartialDate; note?: string; noteEn?: string };
  effective?: PartialDate;
  replacedBy?: Supersession[];
  replaces?: Supersession[];
  /**
   * For laws, codes, ordinances and the Constitution, which writers cite by name: the name after
   * the kind word as the document's title gives it ("Đất đai", "Thi đua, khen thưởng"). Resolved
   * together with Citation.named.year / the date / the report's date (which text was in force).
   */
  name?: string;
  /** Named forms: "Nghị quyết Trung ương 7 khóa XI". */
  aliases?: string[];
  sources: SourceRef[];
  asOf?: PartialDate;
  confidence?: Confidence;
  conflicts?: Conflict[];
  /** For records of the gazette-derived layer (corpus/gazette/): what the facts rest on. */
  evidence?: GazetteEvidence;
  /** Provenance for maintainers (English); `noteEn` when a Vietnamese `note` is given. */
  note?: string;
  noteEn?: string;
}

/**
 * What a gazette-derived record rests on: the document's own header in the Công báo, and/or
 * citations of it in other gazette documents that agree on its date (a date cited once is not
 * recorded). Findings resting on such a record are at most warnings.
 */
export interface GazetteEvidence {
  /** so_hieu of the gazette document whose own header states the facts. */
  header?: string;
  /** Distinct gazette documents citing it with the recorded date. */
  agreeing: number;
  /** Citations that give another date. */
  disagreeing?: number;
}

export interface TermRecord {
  type: 'term';
  /** "party-central" for the Central Committee, "national-assembly" for the Quốc hội. */
  body: 'party-central' | 'national-assembly';
  term: string;
  /** Congress (or election) dates that open the term. */
  congress?: { start?: PartialDate; end?: PartialDate };
  /** First day of the term for numbering and for "khóa" in citations. */
  start: PartialDate;
  /** Last day (the next term's start), absent for the current term. */
  end?: PartialDate;
  sources: SourceRef[];
  confidence?: Confidence;
  conflicts?: Conflict[];
  note?: string;
}

export interface TitleRecord {
  type: 'title';
  /** Canonical spelling and capitalisation: "Phó Trưởng ban Dân vận Trung ương". */
  canonical: string;
  variants?: string[];
  abbreviations?: string[];
  sources: SourceRef[];
  confidence?: Confidence;
  note?: string;
}

export type OrganisationScope = 'central' | 'province' | 'district' | 'commune' | 'sector' | 'other';

export interface OrganisationRecord {
  type: 'organisation';
  name: string;
  abbreviations?: string[];
  scope: OrganisationScope;
  /** The first day it exists under this name, if known. */
  from?: PartialDate;
  /** The day it ceased (merged, renamed, abolished), if it did. */
  until?: PartialDate;
  successor?: string;
  sources: SourceRef[];
  confidence?: Confidence;
  note?: string;
}

export interface OfficialRecord {
  type: 'official';
  name: string;
  title: string;
  organisation?: string;
  /** The date the source shows this person holding the title. */
  asOf: PartialDate;
  from?: PartialDate;
  until?: PartialDate;
  sources: SourceRef[];
  confidence?: Confidence;
  note?: string;
}

export interface AbbreviationRecord {
  type: 'abbreviation';
  short: string;
  long: string;
  /** Known to every reader (UBND, HĐND): never needs spelling out. */
  universal?: boolean;
  /**
   * Words that, right after the abbreviation, show it means something else ("BCH Quân sự" is the
   * Ban Chỉ huy Quân sự, not a Ban Chấp hành): such a use is not judged.
   */
  otherMeaningBefore?: string[];
  sources: SourceRef[];
  note?: string;
}

/** A document kind and the codes its symbol may carry, by numbering system. */
export interface KindRecord {
  type: 'kind';
  /** "Quyết định", "Quy định" … */
  kind: string;
  /** Codes in Party symbols ("QĐ" for both Quyết định and Quy định). */
  party?: string[];
  /** Codes in state symbols ("QyĐ" for a state Quy định). */
  state?: string[];
  /**
   * Compound kind words that name this kind and end with another kind's word ("Thông báo kết
   * luận" is a Thông báo): the reader takes the last kind word, and the symbol may carry the code
   * of either word.
   */
  compounds?: string[];
  /**
   * A general word writers use for any document sent as a letter (a state "công văn" has no type
   * code of its own): under it, another kind's code is loose naming, not a wrong kind.
   */
  generic?: boolean;
  sources: SourceRef[];
  note?: string;
}

/**
 * A day reports commemorate with a count of years ("kỷ niệm 95 năm Ngày truyền thống công tác Dân vận của Đảng
 * (15/10/1930 - 15/10/2025)"): its name as writers write it, other forms of it, and the day it began.
 */
export interface CommemorationRecord {
  type: 'commemoration';
  name: string;
  names?: string[];
  /** The origin day (YYYY-MM-DD). */
  date: string;
  sources: SourceRef[];
  note?: string;
}

export type CorpusRecord =
  | DirectiveRecord
  | TermRecord
  | TitleRecord
  | OrganisationRecord
  | OfficialRecord
  | AbbreviationRecord
  | KindRecord
  | CommemorationRecord;

/** Where a record came from, for go-to-definition and for error messages. */
export interface RecordOrigin {
  /** URI or path of the file, as the adapter names it. */
  file: string;
  /** 0-based line of the record in that file, when known. */
  line?: number;
  /**
   * "bundled" outranks "gazette" (the bundled layer derived from the official gazette's own
   * headers and agreeing citations, corpus/gazette/) outranks "user-record" outranks
   * "user-document" (inferred from a header).
   */
  layer: 'bundled' | 'gazette' | 'user-record' | 'user-document';
}

export interface CorpusMeta {
  version: string;
  asOf: PartialDate;
}
