// What the search index holds of each record (corpus/search.ts), and what a search returns.

import type { DirectiveEntry, Entry } from './corpus-index';
import { idKey, quickFold } from './search-fold';
import type { OfficialRecord, OrganisationRecord, TitleRecord } from './types';

export type SearchKind = 'directive' | 'title' | 'organisation' | 'official';

interface DocBase {
  /** Position in its segment (directives, or names). */
  index: number;
  /** What a list shows: "Quyết định 290-QĐ/TW", a title, a name. */
  name: string;
  /** Folded name. */
  key: string;
  /** Folded other names: aliases, variants, abbreviations, the bare id. */
  alt: string[];
  /** Folded subject, issuer, organisation, title of a person … */
  text: string;
  /** Static rank hint (evidence, status), higher first; 0 for most records. */
  prior: number;
}

/**
 * A directive as the search index sees it. Of 100,000 records only a few hundred are read per
 * query, so the folded strings (name, key, other names, text, id) are made from the record when
 * asked, not kept: kept, they were a third of the index's memory. Read a field once where it
 * is used many times.
 */
export class DirectiveDoc implements DocBase {
  readonly kind = 'directive' as const;
  constructor(
    readonly entry: DirectiveEntry,
    public index: number,
    /** Static rank hint (evidence, status), higher first; 0 for most records. */
    readonly prior: number,
    /** Folded kind word: "quyet dinh" (shared by every document of the kind). */
    readonly kindKey: string,
    /** Number without leading zeros, folded: "8b". */
    readonly numberKey: string,
    /** Folded place of a local document's organisation ("ha tinh"), or null. */
    readonly place: string | null,
  ) {}

  /** What a list shows: "Quyết định 290-QĐ/TW". */
  get name(): string {
    return `${this.entry.record.kind} ${this.entry.record.id}`;
  }

  /** Folded kind and id: "quyet dinh 290-qd/tw". */
  get key(): string {
    return `${this.kindKey} ${quickFold(this.entry.record.id)}`;
  }

  /** A law is looked up by its name ("Luật Đất đai") as much as by its number; and aliases. */
  get alt(): string[] {
    const r = this.entry.record;
    return r.name ? [quickFold(`${r.kind} ${r.name}`), ...(r.aliases ?? []).map(quickFold)] : r.aliases?.length ? r.aliases.map(quickFold) : [];
  }

  /** Folded subject, issuer, organisation and term. */
  get text(): string {
    const r = this.entry.record;
    return quickFold(`${r.subject ?? ''} ${r.issuer} ${r.organisation ?? ''}${r.term ? ` khoa ${r.term}` : ''}`);
  }

  /** Id folded, spaces removed, number without leading zeros: "8b-nq/hntw". */
  get idKey(): string {
    return idKey(this.entry.record.id);
  }
}
export interface TitleDoc extends DocBase {
  kind: 'title';
  entry: Entry<TitleRecord>;
}
export interface OrganisationDoc extends DocBase {
  kind: 'organisation';
  entry: Entry<OrganisationRecord>;
}
/** One person: every record the corpus has of them (titles at several dates). */
export interface OfficialDoc extends DocBase {
  kind: 'official';
  entries: Entry<OfficialRecord>[];
}
export type SearchDoc = DirectiveDoc | TitleDoc | OrganisationDoc | OfficialDoc;
export type NameDoc = TitleDoc | OrganisationDoc | OfficialDoc;

export interface SearchHit<D extends SearchDoc = SearchDoc> {
  doc: D;
  /** 0 (perfect) … 1 (barely), as fuse.js counts. */
  score: number;
  /** Query words found whole in the record. */
  exact: number;
  /** How closely the query reads in one field: 1 the whole phrase, 0 words scattered. */
  phrase: number;
}

export interface SearchOptions<D extends SearchDoc = SearchDoc> {
  limit?: number;
  /** Replace unknown words by similar vocabulary words (typos). */
  typos?: boolean;
  /** Keep only records whose name or another name starts with the first query word. */
  anchored?: boolean;
  filter?: (d: D) => boolean;
  /** How many pre-ranked candidates fuse.js orders (default 24). */
  rankPool?: number;
  /** Give up (return nothing) when the rarest query word is in more records than this. */
  maxScan?: number;
  /** Extra pre-rank for a record (the report's province, status …). */
  boost?: (d: D) => number;
}
