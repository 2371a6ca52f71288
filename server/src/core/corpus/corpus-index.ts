// The corpus as the core sees it: records from the bundled corpus, the user's record files and
// the user's documents, indexed for exact resolution of citations and for lookups.
//
// Party numbering restarts with every term (two Quy định 124-QĐ/TW, 2018 and 2023), and a local
// symbol ("657-QĐ/TU") means a different document in every province, so records are never keyed
// by id alone: an id leads to candidates, and the citation's date, term, issuer and the report's
// own province choose among them.

import type { Citation } from '../extract/citations';
import { OTHER_BELOW, otherDocument, otherIssuer, recordCoverage, SAME_FROM, sameIssuer, sharedRun, subjectAgreement, weighable } from './same-document';
import { isLocalPartyCommittee } from './bodies';
import { provincePlaces, type IsProvince, type ProvinceRecordView } from '../extract/scope';
import { NAME_ABBREVIATIONS } from '../extract/law-names';
import { oneEditApart } from '../text/edit';
import { CENTRAL_PARTY_BODIES, OLD_STATE_SYMBOLS, withD } from '../extract/patterns';
import { addDays } from '../text/calendar';
import { detached } from '../text/detached';
import { boundedMemo } from '../text/memo';
import { fold } from '../text/normalize';
import { provinceOf } from './provinces';
import type { IsoDate } from '../types';
import type {
  AbbreviationRecord,
  CorpusMeta,
  CorpusRecord,
  DirectiveRecord,
  KindRecord,
  CommemorationRecord,
  OfficialRecord,
  OrganisationRecord,
  RecordOrigin,
  TermRecord,
  TitleRecord,
} from './types';
import { rx } from '../text/letters';
import { romanValue } from '../extract/terms';

const PROVINCE_OF_ORGANISATION = rx(String.raw`(?:Tỉnh|Thành)\s(?:ủy|uỷ)\s(.+)$|(?:tỉnh|thành phố)\s(\p{Lu}.+)$`, 'u');
const PROVINCE_OF_COMMITTEE = rx(String.raw`(?:Tỉnh|Thành)\s(?:ủy|uỷ)\s(\p{Lu}.+)$`, 'u');

export interface Entry<R extends CorpusRecord = CorpusRecord> {
  record: R;
  origin: RecordOrigin;
}

/** How the user's documents cite a document: counts by the date written with it. */
export interface Evidence {
  count: number;
  /** ISO date → how many citations give it. */
  dates: Record<string, number>;
  /** Files that cite it (at most a few, for the hover). */
  files: string[];
}

export interface DirectiveEntry extends Entry<DirectiveRecord> {
  /** Unique key: id, organisation and date or term. */
  key: string;
  /** Records of other layers with the same key whose facts differ (kept, never merged). */
  conflicts: Entry<DirectiveRecord>[];
}

export interface Resolution {
  entry: DirectiveEntry;
  /**
   * "exact": the id (or kind and number) fits one record, or the date, term or province chose
   * one; "probable": chosen by the report's date among several, or a local document whose
   * province the text does not name. Rules raise errors and warnings on exact resolutions only.
   */
  certainty: 'exact' | 'probable';
  candidates: DirectiveEntry[];
  /**
   * What the citation writes that the chosen record contradicts: a law's name ("Luật Đất đai số
   * 31/2024/QH15" vs a record named otherwise) or its year ("Luật Đất đai năm 2014": no Luật Đất
   * đai was passed in 2014; the 2013 one was in force). Absent when nothing contradicts.
   */
  mismatch?: { field: 'name' | 'year'; written: string; recorded: string };
  /**
   * A probable resolution of a Party id chosen by the report's date among documents sharing it, none of
   * which the citation rules out ("Nghị quyết 25-NQ/TW" of 2008 and of 2013): all of them, the
   * chosen one included. A fact every one of them contradicts is wrong whichever is meant.
   */
  alternatives?: DirectiveEntry[];
  /**
   * The alternatives are for the words around the citation to choose among only (context-choice.ts), not for rules: a
   * bare state number ("Nghị định 04") may be any year's document, most of which the corpus does not hold, so a fact that
   * all the held ones contradict is not wrong for that.
   */
  wordsOnly?: true;
  /** The words around the citation chose this entry over the one the report's date picked (context-choice.ts). */
  byWords?: true;
}

export interface ResolveContext {
  reportDate: IsoDate;
  /** The province the report belongs to ("Hà Tĩnh"), if the text says. */
  province: string | null;
  /**
   * Whether the report's date is the text's own day (its header, dateline or lead), not today's nor a site's banner, whose
   * clock may be the day the page was copied: only then does a document issued after it say it is not the one meant.
   */
  ownDate?: boolean;
  /**
   * For a text with no date of its own: the time it speaks of (its latest past date written, or a document it surely cites,
   * if later), when a law named without its year is chosen: the latest of the name passed by then. Not the year later that
   * chooses among documents of one number (reportDate then): a text whose latest day is 28/2/2025 naming "Luật Cán bộ, công
   * chức" means the law of 2008, not 80/2025/QH15 of June (forty-eighth session's probe 455).
   */
  lawsAsOf?: IsoDate;
  /**
   * The text's own subject, folded (foldName), when it carries a law out, makes it known or implements it ("KẾ HOẠCH
   * TRIỂN KHAI THI HÀNH LUẬT VIỆC LÀM TRÊN ĐỊA BÀN THÀNH PHỐ"): the law it names is the latest of the name passed by the
   * text's day, in force or not yet, wherever the text names it (CARRIES_OUT).
   */
  carriesOut?: string;
}

/**
 * A subject about rolling out what it names (folded: no marks, lower case): "triển khai thi hành", "tổ chức thi hành",
 * "triển khai". Not "hướng dẫn thi hành", "quy định chi tiết": a decree may detail the law in force, and a consolidated text
 * of 2025 a decree of 2015 (the run over the gazette); nor "thực hiện", which reports on a law in force.
 */
export const CARRIES_OUT = /(?:^|[^a-z])(?:trien khai thi hanh|to chuc thi hanh|trien khai)(?![a-z])/u;

const LAYER_RANK: Record<RecordOrigin['layer'], number> = { bundled: 0, gazette: 1, 'user-record': 2, 'user-document': 3 };
const LAYERS = Object.keys(LAYER_RANK);

/**
 * Already a key: "-", "/", ASCII capitals and digits, "Đ", no leading zero before a digit. A loop,
 * not a regular expression: asked several times for every citation, and ids are short.
 */
function inKeyForm(id: string): boolean {
  const n = id.length;
  if (n > 1 && id.charCodeAt(0) === 48 && id.charCodeAt(1) >= 48 && id.charCodeAt(1) <= 57) return false;
  for (let i = 0; i < n; i++) {
    const c = id.charCodeAt(i);
    if ((c >= 65 && c <= 90) || (c >= 47 && c <= 57) || c === 45 || c === 0x110) continue;
    return false;
  }
  return true;
}

/**
 * fold(s), remembered: resolving and the citation rules fold the same few kind words and issuer
 * names for thousands of citations of a long report, and folding (NFD, strip marks, lower case)
 * cost more than the rest of their work. Bounded, so a hostile text cannot grow it without limit.
 */
export const foldName: (s: string) => string = boundedMemo(4096, fold);

/** Key for matching ids: upper case, no leading zeros, one kind of dash: "08b-NQ/HNTW" = "8B-NQ/HNTW". */
export function idMatchKey(id: string): string {
  // Most ids are already in key form (ASCII capitals, digits, "-", "/"); checking is cheaper than
  // rewriting, and the key is asked for every citation and every record. The others ("CT-TTg")
  // come back again and again in a long report: remembered (bounded).
  return inKeyForm(id) ? id : rewrittenKey(id);
}

// "&" inside a symbol is the writer's join of a unit's initials, not part of them: "4347/QĐ-BVHTT&DL" is the ministry's
// 4347/QĐ-BVHTTDL (fifty-fifth session's probe 522: told only "not in the corpus").
const rewrittenKey = boundedMemo(8192, (id) =>
  id
    .normalize('NFC')
    .replace(/[\s&]+/g, '')
    .replace(/^0+(?=\d)/, '')
    .toUpperCase()
    .replace(/Ð/g, 'Đ'),
);

/**
 * One shared empty list for the entries without conflicts (nearly all): frozen, so a push into it
 * fails loudly instead of giving every entry the conflict. Conflicts are added by replacing the list.
 */
const NO_CONFLICTS = Object.freeze([]) as unknown as Entry<DirectiveRecord>[];

/**
 * An entry of the index. Its key is made when first asked (a citation resolved to it, a
 * completion offering it) and kept: made for every record while building, keys were 9 MB of a
 * 100,000-record corpus, for the few hundred entries a session ever names. The key is an
 * accessor: a spread copy (`{ ...entry }`) has none.
 */
class IndexedDirective implements DirectiveEntry {
  conflicts: Entry<DirectiveRecord>[] = NO_CONFLICTS;
  private madeKey: string | undefined;
  constructor(
    readonly record: DirectiveRecord,
    readonly origin: RecordOrigin,
  ) {}
  get key(): string {
    return (this.madeKey ??= recordKey(this.record));
  }
}

/** The key CorpusIndex gives a record; `foldOrg` folds its organisation (the index passes its memo). */
export function recordKey(r: DirectiveRecord, foldOrg: (s: string) => string = fold, idKey = idMatchKey(r.id)): string {
  return `${idKey}|${r.organisation ? foldOrg(r.organisation) : ''}|${r.date ?? (r.term ? 'khóa ' + r.term : '')}`;
}

/** "Tỉnh ủy Hà Tĩnh" → "ha tinh": the place in an organisation's name. */
export function placeOf(organisation: string): string | null {
  const m = PROVINCE_OF_ORGANISATION.exec(organisation);
  const p = m?.[1] ?? m?.[2];
  return p ? fold(p) : null;
}

export class CorpusIndex {
  readonly directives: DirectiveEntry[] = [];
  readonly terms: Entry<TermRecord>[] = [];
  readonly titles: Entry<TitleRecord>[] = [];
  readonly organisations: Entry<OrganisationRecord>[] = [];
  readonly officials: Entry<OfficialRecord>[] = [];
  readonly abbreviations: Entry<AbbreviationRecord>[] = [];
  readonly kinds: Entry<KindRecord>[] = [];
  readonly commemorations: Entry<CommemorationRecord>[] = [];
  readonly evidence = new Map<string, Evidence>();
  private readonly byId = new Map<string, DirectiveEntry[]>();
  private readonly byKindNumber = new Map<string, DirectiveEntry[]>();
  /**
   * Keys of records joined into another one (joinSameDocuments) → the entry that answers. Every
   * other key is found through its id (`get`): a map of all 100,000 keys of a large user corpus
   * cost megabytes for a lookup a handful of candidates answers as well.
   */
  private readonly joinedKeys = new Map<string, DirectiveEntry>();
  /** While the constructor runs: every key (duplicates), and folded kinds and organisations. */
  private building: { byKey: Map<string, DirectiveEntry>; folded: Map<string, string> } | null = { byKey: new Map(), folded: new Map() };
  private readonly aliasIndex = new Map<string, DirectiveEntry[]>();
  /** Laws, codes and the Constitution by kind and folded name: "luat|dat dai". */
  private readonly byName = new Map<string, DirectiveEntry[]>();
  /**
   * The same, by their aliases with the kind and year taken off ("Luật Bầu cử năm 2015" → "luat|bau
   * cu"): a name read with its year apart ("Luật Bầu cử" + 2015) finds the alias, and the year then
   * chooses as for a name (resolveLaw).
   */
  private readonly byAliasName = new Map<string, DirectiveEntry[]>();
  /** Records whose aliases and names namesReady has yet to index. */
  private readonly named: DirectiveEntry[] = [];

  constructor(
    readonly meta: CorpusMeta,
    entries: Entry[],
    evidence: Map<string, Evidence> = new Map(),
  ) {
    // Higher layers first, so a sourced bundled record wins and user facts become conflicts: one
    // pass per layer keeps the order within a layer, as the stable sort it replaces (whose
    // comparisons took a tenth of building from 100,000 records).
    for (let rank = 0; rank < LAYERS.length; rank++) for (const e of entries) if (LAYER_RANK[e.origin.layer] === rank) this.add(e);
    // A layer the table does not know (none is made today) still loads, last.
    for (const e of entries) if (LAYER_RANK[e.origin.layer] === undefined) this.add(e);
    this.termRecords = this.terms.map((t) => t.record);
    this.joinSameDocuments();
    for (const [k, v] of evidence) this.evidence.set(k, v);
    this.building = null;
    for (const m of [this.byId, this.byKindNumber]) compact(m);
  }

  private readonly foldOrg = (o: string): string => this.folded(o);

  /** fold() of a kind or an organisation, once per distinct value while building. */
  private folded(s: string): string {
    const memo = this.building?.folded;
    if (!memo) return fold(s);
    let f = memo.get(s);
    if (f === undefined) memo.set(s, (f = fold(s)));
    return f;
  }

  /**
   * Records with one id that can only be one document — the same numbering period (a Party
   * term, a year) and no organisation to tell them apart — but with different dates or
   * organisations: a user record giving 290-QĐ/TW an organisation, two record files with two
   * dates. Kept apart, each would be a candidate of its own, and a citation matching neither (a
   * third, wrong date) would resolve only "probably" and raise nothing. Joined, the first record
   * (highest layer) answers, the others are its conflicts: a date matching no record is still
   * reported, one matching any of them is not, and the loader names the conflict.
   */
  private joinSameDocuments(): void {
    const terms = this.termRecords;
    const removed = new Set<DirectiveEntry>();
    for (const list of this.byId.values()) {
      if (list.length < 2) continue;
      for (let i = 0; i < list.length; i++) {
        const lead = list[i]!;
        if (removed.has(lead)) continue;
        for (let j = i + 1; j < list.length; j++) {
          const other = list[j]!;
          if (removed.has(other) || !sameDocument(lead.record, other.record, terms, (o) => this.folded(o))) continue;
          // Two bundled records are two documents on purpose (the corpus test keeps their keys
          // apart); only another layer's record, or a user's second record, joins.
          if (lead.origin.layer === 'bundled' && other.origin.layer === 'bundled') continue;
          // Two of the user's documents with one local number in one year ("01/KH-UBND" of two
          // communes, whose headers carry no organisation) are more likely two documents.
          if (lead.origin.layer === 'user-document' && other.origin.layer === 'user-document') continue;
          lead.conflicts = [...lead.conflicts, { record: other.record, origin: other.origin }, ...other.conflicts];
          removed.add(other);
          this.joinedKeys.set(other.key, lead);
        }
      }
    }
    if (removed.size === 0) return;
    const keep = (e: DirectiveEntry) => !removed.has(e);
    const prune = (m: Map<string, DirectiveEntry[]>) => {
      for (const [k, v] of m) if (v.some((e) => removed.has(e))) m.set(k, v.filter(keep));
    };
    this.namesReady();
    prune(this.byId);
    prune(this.byKindNumber);
    prune(this.aliasIndex);
    prune(this.byAliasName);
    const left = this.directives.filter(keep);
    this.directives.length = 0;
    this.directives.push(...left);
  }

  private add(e: Entry): void {
    const r = e.record;
    switch (r.type) {
      case 'directive': {
        const idKey = idMatchKey(r.id);
        const key = recordKey(r, this.foldOrg, idKey);
        const byKey = this.building!.byKey;
        const existing = byKey.get(key);
        if (existing) {
          if (!sameFacts(existing.record, r)) existing.conflicts = [...existing.conflicts, e as Entry<DirectiveRecord>];
          return;
        }
        const de: DirectiveEntry = new IndexedDirective(r, e.origin);
        byKey.set(key, de);
        this.directives.push(de);
        push(this.byId, idKey, de);
        push(this.byKindNumber, `${this.folded(r.kind)}|${idMatchKey(r.number)}`, de);
        for (const a of r.aliases ?? []) {
          // Another spelling of the id itself ("01/2023/NQLT-CP-ĐCTUBTWMTTQVN" for "…ĐCTUBTƯMTTQVN",
          // "…/NQLT/UBTVQH15-…" for "…/NQLT-UBTVQH15-…"): found by id like the id.
          if (ID_ALIAS.test(a) && idMatchKey(a) !== idKey) push(this.byId, idMatchKey(a), de);
        }
        // Names and aliases are indexed when first asked for (namesReady).
        if (r.aliases?.length || r.name || UNNAMED_KINDS.has(this.folded(r.kind))) this.named.push(de);
        return;
      }
      case 'term':
        this.terms.push(e as Entry<TermRecord>);
        return;
      case 'title':
        this.titles.push(e as Entry<TitleRecord>);
        return;
      case 'organisation':
        this.organisations.push(e as Entry<OrganisationRecord>);
        return;
      case 'official':
        this.officials.push(e as Entry<OfficialRecord>);
        return;
      case 'abbreviation':
        this.abbreviations.push(e as Entry<AbbreviationRecord>);
        return;
      case 'kind':
        this.kinds.push(e as Entry<KindRecord>);
        return;
      case 'commemoration':
        this.commemorations.push(e as Entry<CommemorationRecord>);
        return;
    }
  }

  /**
   * Records by their folded aliases and by their names (laws), indexed on first use rather than at every start:
   * folding and cleaning every alias and name was a tenth of loading the bundled corpus, for indexes a report
   * without a document named in words never asks. Built from the records in the order they were added.
   */
  private namesReady(): void {
    if (this.named.length === 0) return;
    this.nearIndex = null;
    for (const de of this.named) {
      const r = de.record;
      // Kinds are few: folded once each; aliases once each, for both indexes.
      const kind = foldName(r.kind);
      const lawKind = LAW_KINDS.has(kind) ? kind : null;
      for (const a of r.aliases ?? []) {
        const folded = fold(a);
        push(this.aliasIndex, folded, de);
        // An alias that starts with its law's kind: "Luật Bầu cử năm 2015" → "luat|bau cu".
        const named = lawKind && folded.startsWith(`${lawKind} `) ? nameKey(r.kind, folded.slice(lawKind.length + 1)) : null;
        if (named && !this.byAliasName.get(named)?.includes(de)) push(this.byAliasName, named, de);
      }
      if (r.name) push(this.byName, nameKey(r.kind, r.name), de);
      // A kind cited without a name ("Hiến pháp năm 2013") is indexed under the kind alone.
      if (UNNAMED_KINDS.has(kind)) push(this.byName, nameKey(r.kind, ''), de);
    }
    this.named.length = 0;
    for (const m of [this.aliasIndex, this.byName, this.byAliasName]) compact(m);
  }

  get size(): number {
    return this.directives.length + this.terms.length + this.titles.length + this.organisations.length + this.officials.length + this.abbreviations.length + this.kinds.length + this.commemorations.length;
  }

  byOfficialId(id: string): DirectiveEntry[] {
    return this.byId.get(idMatchKey(id)) ?? [];
  }

  // Ids with the year inside ("30a/2008/NQ-CP"), by the id without it ("30a/NQ-CP"); made on first use.
  private yearedIndex: Map<string, DirectiveEntry[]> | null = null;

  /** The records whose id is `id` with a year inside it: "30a/2008/NQ-CP" for "30a/NQ-CP". */
  private byIdWithYear(id: string): DirectiveEntry[] {
    if (!this.yearedIndex) {
      this.yearedIndex = new Map();
      for (const e of this.directives) {
        const m = YEARED_ID.exec(e.record.id);
        if (m) push(this.yearedIndex, idMatchKey(`${m[1]}/${m[2]}`), e);
      }
    }
    return this.yearedIndex.get(idMatchKey(id)) ?? [];
  }

  byAlias(name: string): DirectiveEntry[] {
    this.namesReady();
    // Asked with the same few forms for every named citation ("Nghị quyết Đại hội XIII"): folding
    // them each time cost more than the rest of resolving. The memo is bounded.
    return this.aliasOf(name);
  }

  private readonly aliasOf = boundedMemo(4096, (name) => this.aliasIndex.get(fold(name)) ?? []);
  /** The terms' records, for resolving (the terms are all added by the constructor). */
  private readonly termRecords: TermRecord[];
  private placesMemo: { key: string; places: Set<string> } | null = null;

  /** The entry of a record key (recordKey), or of a key joined into it. */
  get(key: string): DirectiveEntry | undefined {
    const bar = key.indexOf('|');
    if (bar >= 0) for (const e of this.byId.get(key.slice(0, bar)) ?? []) if (e.key === key) return e;
    return this.joinedKeys.get(key);
  }

  /** Central Committee terms in force on a date (two near a congress, where they overlap). */
  centralTermsAt(iso: IsoDate, toleranceDays = 0): Entry<TermRecord>[] {
    return this.terms.filter((t) => t.record.body === 'party-central' && inTerm(t.record, iso, toleranceDays));
  }

  /** The Central Committee term in force on a date, the later where two overlap at a congress. */
  centralTermOn(iso: IsoDate): string | null {
    return centralTermOn(iso, this.termRecords);
  }

  centralTerm(roman: string): Entry<TermRecord> | undefined {
    return this.terms.find((t) => t.record.body === 'party-central' && t.record.term === roman);
  }

  /** Resolve a citation to a record, or null when the corpus does not know it. */
  resolve(c: Citation, ctx: ResolveContext): Resolution | null {
    let candidates: DirectiveEntry[];
    let yeared: DirectiveEntry[] | null = null;
    if (c.id) {
      candidates = this.byOfficialId(c.id);
      if (candidates.length === 0 && (c.style === 'state' || c.style === 'party'))
        for (const r of respelled(c)) {
          candidates = this.byOfficialId(r.id);
          // For the Prime Minister's decisions and directives, a year put into a number written
          // without one finds the other series: "Quyết định số 23/QĐ-TTg ngày 07/01/2021" is an
          // individual decision, numbered apart from the normative 23/2021/QĐ-TTg of 7/7/2021
          // (eighty-fourth outside probe). Only the record's own date says the writer dropped its year.
          if (r.otherSeries && c.date?.year && !candidates.some((e) => e.record.date === c.date!.iso)) candidates = [];
          if (candidates.length) break;
        }
      // A number written without the year its id carries: "Nghị quyết 30a/NQ-CP" is 30a/2008/NQ-CP, "Nghị quyết số
      // 55/NQ-UBTVQH10" is 55/1998/NQ-UBTVQH10 (two hundred and fifty-second and fifty-eighth outside probes: unknown).
      // Such numbers restart every year, so this is only the likeliest, as for any number without its year; not for the
      // Prime Minister's decisions and directives, numbered in a second series without the year.
      // The Government's and the Standing Committee's resolutions are numbered in two series as well since 2009 ("23/NQ-CP
      // ngày 07/02/2026" is not 23/2026/NQ-CP of 29/4/2026, gazette): a written day must be the record's, and with none the
      // match is never more than probable.
      if (candidates.length === 0 && c.style === 'state' && c.idYear === null && c.symbol && !TWO_SERIES.test(c.symbol)) {
        yeared = this.byIdWithYear(c.id).filter((e) => !c.date?.iso || c.date.iso === e.record.date);
        candidates = yeared;
      }
      // The National Assembly numbered its laws and its resolutions apart: "Luật Trưng mua, trưng dụng tài sản số
      // 15/2008/QH12" is not the Nghị quyết 15/2008/QH12 on Hà Nội's boundaries (122nd outside probe: its date and
      // effective date were told wrong against the resolution's).
      if (c.kind && ASSEMBLY_SYMBOL.test(c.id)) {
        const kind = ASSEMBLY_KIND[foldName(c.kind)];
        if (kind) candidates = candidates.filter((e) => (ASSEMBLY_KIND[foldName(e.record.kind)] ?? kind) === kind);
      }
    }
    else if (c.style === 'number-only' && c.kind && c.number)
      // With its year ("Nghị định số 178/2024"), only that year's document of the number.
    {
      // A circular's number is its ministry's, each year's: "Thông tư 01" with neither names no one document of the many
      // (hundred-and-thirty-eighth outside probe: a heading "… THEO THÔNG TƯ 01" of 2011 was shown a ministry's circular of
      // 2026).
      candidates = MANY_ISSUER_KINDS.has(foldName(c.kind)) && !c.issuer && c.idYear === null ? [] : (this.byKindNumber.get(`${foldName(c.kind)}|${idMatchKey(c.number)}`) ?? []).filter((e) => issuerFits(c, e.record) && (c.idYear === null || yearOf(e.record) === c.idYear));
      // A document known by a short name of its kind and number that its record lists: "Đề án 06" is Quyết định
      // 06/QĐ-TTg approving it (sixty-third outside probe: eleven mentions, none resolved).
      if (candidates.length === 0 && c.idYear === null) candidates = this.byAlias(`${c.kind} ${c.number}`).filter((e) => issuerFits(c, e.record));
      // A central term written after the number ("Nghị quyết số 08 (Khóa XI)") keeps only that term's documents: not the
      // Government's 08/NQ-CP, which has no term, nor the Party's 08-NQ/TW of term XII (hundred-and-sixty-fifth outside
      // probe: both taken, one of them as exact).
      const term = c.term && c.term.scope !== 'local' ? c.term.roman : null;
      if (term) candidates = candidates.filter((e) => e.record.term === term);
    }
    else if (c.style === 'named' && c.named?.kind === 'law') return this.resolveLaw(c, ctx);
    else if (c.style === 'named') candidates = this.resolveNamed(c, ctx);
    else candidates = [];
    if (candidates.length === 0) return null;
    // The same province, date and terms for every citation of a report: worked out once.
    let places: Set<string> | null = null;
    if (ctx.province) {
      const key = `${ctx.province}\u0000${ctx.reportDate}`;
      if (this.placesMemo?.key !== key) this.placesMemo = { key: detached(key), places: this.provincePlaces(ctx.province, ctx.reportDate) };
      places = this.placesMemo.places;
    }
    const res = choose(c, candidates, ctx, places, this.termRecords, this.provinceTest());
    // A kind and number with a full date, no symbol and no issuer, whose date is not the record's: the number is all they
    // share, and a number is shared by every body's documents ("Nghị quyết số 20 ngày 21/7/2014 của BCH T.Ư Hội (khóa VI)",
    // the Farmers' Association's; thirty-ninth outside probe, once the corpus held that resolution: told misdated).
    if (res && c.style === 'number-only' && !c.issuer && c.date?.iso && c.date.iso !== res.entry.record.date) return null;
    // A state number without its year, dated by day and month only, that the record of another year has on another day:
    // the state's numbers start again every year, so it is that year's document of the number, not a misdated one
    // ("Ngày 21/6, Phó Thủ tướng … ký ban hành Quyết định số 551/QĐ-TTg" in 2024 is not 551/QĐ-TTg of 4/4/2013).
    if (res && c.style === 'state' && c.idYear === null && c.date && c.date.year === null && !sameDayMonth(c.date, res.entry.record.date) && !res.entry.record.date?.startsWith(ctx.reportDate.slice(0, 4))) return null;
    // A plenum named without its term is the likeliest one, never certain.
    if (res && c.named?.kind === 'plenum' && !c.named.term) res.certainty = 'probable';
    if (res && yeared && c.date?.iso !== res.entry.record.date) res.certainty = 'probable';
    // A law cited by number with its name: the name must be the record's ("Luật Đất đai số
    // 45/2013/QH13" is right, "Luật Đất đai số 64/2025/QH15" names the wrong law).
    if (res && c.name && res.entry.record.name && c.kind && LAW_KINDS.has(foldName(c.kind)) && !sameName(c.name.text, res.entry.record)) {
      res.mismatch = { field: 'name', written: c.name.text, recorded: res.entry.record.name };
    }
    return res;
  }

  private provinceViews: ProvinceRecordView[] | null = null;
  private provinceNames: IsProvince | undefined | null = null;

  /**
   * Whether a name is a province's place, former or current ("Hà Tĩnh"; "Bà Rịa", where the reader
   * stopped "Bà Rịa - Vũng Tàu" at three words), or the place of a local document's organisation in
   * the corpus (a user's own records name their province so); undefined when the corpus has none.
   */
  provinceTest(): IsProvince | undefined {
    if (this.provinceNames === null) {
      const keys = new Set<string>();
      for (const e of this.organisations) {
        const p = provinceOf(e);
        if (p) keys.add(p.key);
      }
      for (const d of this.directives) {
        const p = d.record.organisation ? placeOf(d.record.organisation) : null;
        if (p) keys.add(p);
      }
      const prefixes = [...keys].filter((k) => k.includes(' - ')).map((k) => k.slice(0, k.indexOf(' - ')));
      for (const k of prefixes) keys.add(k);
      this.provinceNames = keys.size ? (name) => keys.has(foldName(name)) : undefined;
    }
    return this.provinceNames;
  }

  /**
   * Folded places whose local documents a report of `province` dated `reportDate` may cite: the
   * province and, after a merger, the other former provinces of its new unit (corpus/provinces.json).
   */
  provincePlaces(province: string, reportDate: IsoDate): Set<string> {
    if (!this.provinceViews) {
      const views: ProvinceRecordView[] = [];
      for (const e of this.organisations) {
        const p = provinceOf(e);
        if (!p) continue;
        // Only the fields provinceOf reads: spreading the record would also read its provenance,
        // which a prebuilt corpus loads from disk on first access (host/prebuilt.ts).
        const succ = e.record.successor ? provinceOf({ origin: e.origin, record: { type: 'organisation', scope: e.record.scope, name: e.record.successor, sources: [] } }) : null;
        views.push({ key: p.key, until: e.record.until, successorKey: succ?.key });
      }
      this.provinceViews = views;
    }
    return provincePlaces(province, reportDate, this.provinceViews);
  }

  /** Laws, codes and the Constitution of a kind by name (folded; aliases with the kind accepted). */
  lawsByName(kind: string, name: string | null): DirectiveEntry[] {
    this.namesReady();
    const n = cleanName(name ?? '');
    const direct = this.byName.get(nameKey(kind, n));
    if (direct?.length) return direct;
    if (!n) return [];
    // Aliases are looked up as written ("Luật Tổ chức HĐND và UBND"), then as the name key has it.
    const written = this.byAlias(`${kind} ${name}`);
    if (written.length) return written;
    const folded = this.byAlias(`${kind} ${n}`);
    if (folded.length) return folded;
    const aliased = this.byAliasName.get(nameKey(kind, n));
    if (aliased?.length) return aliased;
    // A name written as its initials: "Luật BVMT năm 2020", "Luật PBGDPL", "Luật PCTT" (seventy-first outside probe: not
    // resolved, the full name a line before resolving). Only initials one law's name has.
    if (INITIALS.test(n)) return this.initials().get(`${fold(kind)}|${n}`) ?? [];
    // An amending law's title that names the laws it amends by their initials: "Luật SĐ, BS một số điều của Luật CBCC và
    // Luật Viên chức 2019" (hundred-and-thirty-first outside probe: the law of 2019 was not found).
    if (n.includes(' luat ')) {
      const expanded = n.replace(INNER_INITIALS, (all, ini: string) => {
        const laws = this.initials().get(`luat|${ini}`);
        return laws?.length ? `luat ${cleanName(laws[0]!.record.name ?? '')}` : all;
      });
      if (expanded !== n) return this.byName.get(`${foldName(kind)}|${expanded}`) ?? [];
    }
    // The kind typed twice: "Luật Luật Đất đai năm 2013" (two hundred and thirty-second outside probe: not resolved). Only
    // when nothing is named with the word ("Luật Luật sư" is the Law on Lawyers).
    const rest = name && n.startsWith(`${foldName(kind)} `) ? name.slice(name.search(/\s/u) + 1) : '';
    if (rest && rest.length < name!.length) return this.lawsByName(kind, rest);
    // A code called a law: "Luật Lao động" is the Bộ luật Lao động (two-hundred-and-thirty-eighth outside probe: not
    // resolved). No law has a code's name.
    if (foldName(kind) === 'luat') return this.lawsByName('Bộ luật', name);
    return [];
  }

  /**
   * The laws whose name is the written one but for a word or two ("Luật Lực lượng tham gia đảm bảo an ninh, trật tự ở
   * cơ sở" for "… bảo vệ an ninh …"; hundred-and-twenty-sixth outside probe: cut at "đảm", unknown, nothing said): the
   * records of the one name whose words the written name shares most of, both ways, and clearly more than any other's.
   */
  lawsNamedNear(kind: string, written: string): DirectiveEntry[] {
    this.namesReady();
    const want = cleanName(written).split(' ').filter(Boolean);
    if (want.length < NEAR_NAME_MIN_WORDS) return [];
    const prefix = `${foldName(kind)}|`;
    let best: DirectiveEntry[] = [];
    let top = 0;
    let second = 0;
    for (const { entries, words: have } of this.nearCandidates(prefix, want)) {
      // A name cut short ("… kinh doanh tại" at a page's end) is the reader's cut, not the writer's slip.
      const cut = want.length < have.length && want.every((w, i) => have[i] === w);
      const score = cut ? 0 : nearness(want, have);
      if (score > top) {
        second = top;
        top = score;
        best = entries;
      } else if (score > second) second = score;
    }
    return top >= NEAR_NAME_FROM && top - second >= NEAR_NAME_LEAD ? best : [];
  }

  private nearIndex: Map<string, { names: NearName[]; postings: Map<string, number[]> }> | null = null;

  /**
   * The names of a kind that share enough of `want`'s words to count in lawsNamedNear, in the order of byName. A name
   * scores at most (words of `want` it holds) / want.length, and one scoring under NEAR_NAME_FROM − NEAR_NAME_LEAD
   * neither wins nor keeps the winner from its lead: those are left out, found through an index of names by word
   * rather than by scoring every name of the corpus (that scan was a tenth of a check of real documents).
   */
  private nearCandidates(prefix: string, want: readonly string[]): NearName[] {
    if (!this.nearIndex) {
      const index = new Map<string, { names: NearName[]; postings: Map<string, number[]> }>();
      for (const [key, entries] of this.byName) {
        const bar = key.indexOf('|');
        const kindPrefix = key.slice(0, bar + 1);
        let k = index.get(kindPrefix);
        if (!k) index.set(kindPrefix, (k = { names: [], postings: new Map() }));
        const words = key.slice(bar + 1).split(' ');
        const at = k.names.push({ entries, words }) - 1;
        for (const w of new Set(words)) push(k.postings, w, at);
      }
      this.nearIndex = index;
    }
    const k = this.nearIndex.get(prefix);
    if (!k) return [];
    const counts = new Map<string, number>();
    for (const w of want) counts.set(w, (counts.get(w) ?? 0) + 1);
    const held = new Map<number, number>();
    for (const [w, n] of counts) for (const at of k.postings.get(w) ?? []) held.set(at, (held.get(at) ?? 0) + n);
    const least = (NEAR_NAME_FROM - NEAR_NAME_LEAD) * want.length - 1e-9;
    const out: number[] = [];
    for (const [at, n] of held) if (n >= least) out.push(at);
    return out.sort((a, b) => a - b).map((at) => k.names[at]!);
  }

  /**
   * The laws of a kind passed on `iso` (or in its year, when only that is known) whose name is the written one but for
   * one letter: "Luật Thủy sn ngày 21 tháng 11 năm 2017", a letter lost in a page's copy (hundred-and-thirty-second
   * outside probe: unknown, nothing said). A name of two words is too short for lawsNamedNear; the day written is what
   * makes the slip sure.
   */
  lawsOfDayNear(kind: string, written: string, iso: string): DirectiveEntry[] {
    this.namesReady();
    const want = cleanName(written);
    const prefix = `${foldName(kind)}|`;
    for (const [key, entries] of this.byName) {
      if (!key.startsWith(prefix) || !oneEditApart(want, key.slice(prefix.length))) continue;
      // A law the gazette layer knows by its year only agrees with a day of that year.
      const day = entries.filter((e) => e.record.date === iso || e.record.date === iso.slice(0, 4));
      if (day.length) return day;
    }
    // The name written is the words of a law of that day with some left out at its start or end: "Luật Tiết kiệm, chống lãng
    // phí ngày 26 tháng 11 năm 2013" is the Luật Thực hành tiết kiệm, chống lãng phí of that day (forty-third session's probe
    // 426: nothing was said; the shorter name is the law of 2025 that replaced it). Three words or more, one law of the day,
    // and no amendment: "Luật Thi đua, khen thưởng ngày 14/6/2005" names the law as that day's amendment left it, and "Luật
    // sửa đổi, bổ sung một …" cut short by a line is the start of any amendment's title.
    if (want.split(' ').length < DAY_NAME_MIN_WORDS || want.startsWith(AMENDING)) return [];
    const inside: DirectiveEntry[] = [];
    for (const [key, entries] of this.byName) {
      const name = key.slice(prefix.length);
      if (!key.startsWith(prefix) || name.startsWith(AMENDING) || !` ${name} `.includes(` ${want} `)) continue;
      for (const e of entries) if (e.record.date === iso && !inside.includes(e)) inside.push(e);
    }
    return inside.length === 1 ? inside : [];
  }

  private amendingIndex: { key: string; entry: DirectiveEntry }[] | null = null;

  /** Amending laws of a year whose title names the law `name` of `kind` ("… của Luật Thể dục, thể thao"). */
  private amendingOf(kind: string, name: string, year: number): DirectiveEntry[] {
    if (!this.amendingIndex) {
      this.namesReady();
      const out: { key: string; entry: DirectiveEntry }[] = [];
      for (const [key, entries] of this.byName) if (key.includes('|sua doi')) for (const entry of entries) out.push({ key: ` ${key.slice(key.indexOf('|') + 1)} `, entry });
      this.amendingIndex = out;
    }
    const wanted = ` ${cleanName(`${kind} ${name}`)} `;
    const found = new Set<DirectiveEntry>();
    for (const x of this.amendingIndex) if (x.entry.record.date?.startsWith(String(year)) && x.key.includes(wanted)) found.add(x.entry);
    return [...found];
  }

  /**
   * A law's bare name dated with the day its amending law was passed, no law of the name being of that day: "Ngày 10/12,
   * Quốc hội đã thông qua Luật Giáo dục" in an item of 10/12/2025 is 123/2025/QH15 "sửa đổi, bổ sung một số điều của Luật
   * Giáo dục", passed that day — not the law of 2019 in force then, whose day it would have been told it lacks (fifty-fifth
   * session's probe 516). A day without its year is of the report's year, or of the year before when later in the year.
   * Only when no law of the name was passed that year, and the day is written before the name.
   */
  private amendingOnDay(c: Citation, ctx: ResolveContext, candidates: readonly DirectiveEntry[]): DirectiveEntry | null {
    const d = c.date;
    // Only a day written before the name, as news says a law was passed: one after it is the law's own ("Căn cứ Luật X ngày
    // …"), and inside an amending law's title the amending law's day ("Luật sửa đổi, bổ sung … và Phụ lục … của Luật Thống kê
    // ngày 12 tháng 11 năm 2021", where the title went unread, is the amending law's day, not this one's).
    if (!d || d.span.start > c.span.start || !c.kind || !c.name || c.named?.year || c.named?.amended) return null;
    const reportYear = +ctx.reportDate.slice(0, 4);
    const md = `-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
    const year = d.year ?? (md <= ctx.reportDate.slice(4) ? reportYear : reportYear - 1);
    const day = `${year}${md}`;
    // A law of the name passed that year is the one named, its day a slip ("Luật Đất đai ngày 29/6/2024" is told it is of
    // 18/1/2024, not taken for the law that amended it that day).
    if (candidates.some((e) => e.record.date?.startsWith(String(year)) || e.record.effective === day)) return null;
    const that = this.amendingOf(c.kind, c.name.text, year).filter((e) => e.record.date === day);
    return that.length === 1 ? that[0]! : null;
  }

  private initialsIndex: Map<string, DirectiveEntry[]> | null = null;

  /** Laws by the initials of their names ("luat|bvmt"), an initials key two names share left out. */
  private initials(): Map<string, DirectiveEntry[]> {
    if (this.initialsIndex) return this.initialsIndex;
    this.namesReady();
    const out = new Map<string, DirectiveEntry[]>();
    const names = new Map<string, string>();
    for (const [key, entries] of this.byName) {
      const bar = key.indexOf('|');
      const name = key.slice(bar + 1);
      const words = name.split(/[\s,]+/u).filter(Boolean);
      if (words.length < 3) continue;
      const k = `${key.slice(0, bar)}|${words.map((w) => w[0]).join('')}`;
      const other = names.get(k);
      if (other === undefined) {
        names.set(k, name);
        out.set(k, [...entries]);
      } else if (other === name) out.get(k)!.push(...entries);
      else out.set(k, []);
    }
    return (this.initialsIndex = out);
  }

  /**
   * A law cited by name ("Luật Đất đai năm 2024", "Hiến pháp năm 2013", "Luật Đất đai"): with a
   * year, the text passed that year; without one, the text in force on the report's date. A year
   * in which no text of that name was passed but one was in force resolves to that one, probably,
   * with the year as a mismatch.
   */
  private resolveLaw(c: Citation, ctx: ResolveContext): Resolution | null {
    if (!c.kind) return null;
    const named = this.lawsByName(c.kind, c.name?.text ?? null);
    // An amending law passed before the law its title names by number is not that amending law.
    const from = c.named?.amendsFrom;
    const candidates = from ? named.filter((e) => !e.record.date || +e.record.date.slice(0, 4) >= from) : named;
    if (candidates.length === 0) return null;
    // "Luật X sửa đổi 2013": a law of that name passed that year (writers call the Luật Đất đai of 2024
    // "Luật Đất đai sửa đổi"), else the amending law of that year, which no record of the name is —
    // never the law it amended (thirteenth outside probe: "… sửa đổi 2013" had become the law of 2003).
    if (c.named?.amendment) {
      // The date written dates the revised law as well as a year after the name: "Luật Giao dịch điện tử (sửa đổi) ngày
      // 22/6/2023" is the law of that day (hundred-and-eighty-ninth outside probe: left unresolved, the corpus holding it).
      const year = c.named.year ?? c.date?.year ?? null;
      if (year == null) {
        // Without a year, the revised law passed in the two years before the text, when the corpus knows one that
        // replaced an earlier law of the name: "Luật Thủ đô (sửa đổi)" in a text of late 2024 is the law of 28/6/2024
        // (sixty-fifth outside probe). Earlier, it is the draft of a law not yet passed: nothing.
        const from = `${+ctx.reportDate.slice(0, 4) - 2}${ctx.reportDate.slice(4)}`;
        // Of two such laws, the later: the Luật Tổ chức chính quyền địa phương was revised in February and again in June
        // 2025, and "(sửa đổi)" in an item of 26/6/2025 on the session that passed it is the law of 16/6/2025 (two hundred
        // and sixty-eighth outside probe: left unresolved).
        // Replacing is said on either record: the new law's "replaces", or the old one's "replacedBy" (the corpus holds about
        // a hundred links written on one side only: "Luật Thuế thu nhập cá nhân (sửa đổi)" on 10/12/2025 is 109/2025/QH15,
        // which 04/2007/QH12 names as its replacement; fifty-third session's probe 492: left unresolved).
        const replacing = (e: DirectiveEntry) => !!e.record.replaces?.length || candidates.some((o) => o.record.replacedBy?.some((x) => x.id === e.record.id));
        const recent = latestFirst(candidates.filter((e) => e.record.date && e.record.date.length === 10 && e.record.date <= ctx.reportDate && e.record.date >= from && replacing(e)));
        return recent.length ? { entry: recent[0]!, certainty: 'probable', candidates } : null;
      }
      const that = candidates.filter((e) => e.record.date?.startsWith(String(year)));
      if (that.length === 1) return { entry: that[0]!, certainty: 'exact', candidates };
      // Else the amending law of that year whose title names the law: "Luật Thể dục, thể thao sửa đổi 2018" is
      // 26/2018/QH14 "sửa đổi, bổ sung một số điều của Luật Thể dục, thể thao" (hundred-and-second outside probe: left
      // unresolved, the corpus holding it).
      const amending = that.length === 0 && c.name ? this.amendingOf(c.kind, c.name.text, year) : [];
      return amending.length === 1 ? { entry: amending[0]!, certainty: 'exact', candidates: amending } : null;
    }
    const result = (entry: DirectiveEntry, certainty: Resolution['certainty'], mismatch?: Resolution['mismatch']): Resolution =>
      mismatch ? { entry, certainty, candidates, mismatch } : { entry, certainty, candidates };
    const iso = c.date?.iso && c.date.iso.length === 10 ? c.date.iso : null;
    if (iso) {
      const byDate = candidates.filter((e) => e.record.date === iso);
      if (byDate.length === 1) return result(byDate[0]!, 'exact');
      // The day the law took effect, written as its date: "Căn cứ Luật Điện lực ngày 01 tháng 02 năm 2025" is the law
      // of 30/11/2024 (124th outside probe: taken for it probably, so the wrong day went untold).
      const byEffective = byDate.length === 0 ? candidates.filter((e) => e.record.effective === iso) : [];
      if (byEffective.length === 1) return result(byEffective[0]!, 'exact');
    }
    const amended = this.amendingOnDay(c, ctx, candidates);
    if (amended) return { entry: amended, certainty: 'exact', candidates: [amended] };
    const year = c.named?.year ?? c.date?.year ?? null;
    // A name's year after the text's own is no law the text can cite: "Luật Thuế thu nhập cá nhân 2027" in a page of
    // 30/9/2025 is a slip for 2007, not the law in force in 2027 (forty-first session's probe 403: 109/2025/QH15, passed
    // after the page, was taken silently).
    if (c.named?.year && c.named.year > +ctx.reportDate.slice(0, 4)) return null;
    if (year !== null) {
      const passed = candidates.filter((e) => e.record.date?.startsWith(String(year)));
      if (passed.length === 1) return result(passed[0]!, 'exact');
      if (passed.length > 1) return result(latestFirst(passed)[0]!, 'probable');
      // The law that replaced one of the name, passed (or taking effect) that year under a longer name that begins with the
      // one written: "Luật Phòng cháy, chữa cháy năm 2024" is 55/2024/QH15 "Phòng cháy, chữa cháy và cứu nạn, cứu hộ", which
      // replaced the law of 2001 (two hundred and eighth outside probe: "… 2025" taken for the law of 2001, nothing said).
      const successor = c.name ? this.successorOfYear(candidates, c.kind, c.name.text, year) : null;
      if (successor) {
        const on = successor.record.date ?? '';
        return result(successor, 'probable', on.startsWith(String(year)) ? undefined : { field: 'year', written: String(year), recorded: on.slice(0, 4) });
      }
      const then = candidates.filter((e) => inForceOn(e.record, `${year}-07-01`));
      let pick = then.length === 1 ? then[0]! : null;
      // None in force that year: the one passed the year before and not yet in force, its year between passing and effect
      // ("Luật Tín ngưỡng, tôn giáo năm 2017", passed 18/11/2016 and in force from 1/1/2018; hundred-and-seventy-ninth
      // outside probe: left unresolved, the year untold).
      if (then.length === 0) {
        const pending = candidates.filter((e) => e.record.date?.startsWith(String(year - 1)) && e.record.effective && e.record.effective > `${year}`);
        if (pending.length === 1) pick = pending[0]!;
        // Nor one passed the year before: the one passed the year after, a slip of its year ("Luật Hỗ trợ doanh nghiệp nhỏ
        // và vừa năm 2016" for the law of 12/6/2017; three hundred and forty-ninth outside probe: left unresolved, untold).
        else {
          const next = candidates.filter((e) => e.record.date?.startsWith(String(year + 1)));
          if (next.length === 1) pick = next[0]!;
        }
      }
      // A full day years after the law in force then, on another day of the year, is the day a later law of the name
      // was passed: "Luật Phòng, chống ma tuý ngày 10 tháng 12 năm 2025" is not the law of 30/3/2021 (seventy-ninth
      // outside probe: taken for it silently). The law's own day with another year is a slip of its year, told as one.
      // A law known by its year only has no day to compare: a full day years after it is a later law too ("Luật
      // Doanh nghiệp ngày 26/11/2014" beside the gazette's 60/2005/QH11 of 2005; eighty-eighth outside probe).
      const recorded = pick?.record.date;
      if (pick && iso && !c.named?.year && recorded && year - +recorded.slice(0, 4) > 1 && (recorded.length === 4 || (recorded.length === 10 && recorded.slice(5) !== iso.slice(5)))) pick = null;
      // Else the one law of the name whose day and month the full date has, in another year: a slip of the year ("Luật Ban
      // hành văn bản quy phạm pháp luật ngày 22 tháng 6 năm 2013" for the law of 22/6/2015; ninety-first outside probe).
      if (!pick && iso && !c.named?.year) {
        const sameDay = candidates.filter((e) => e.record.date?.length === 10 && e.record.date.slice(4) === iso.slice(4));
        if (sameDay.length === 1) pick = sameDay[0]!;
        // Laws of one name are often passed on the same day of a session ten years apart (Luật Ngân sách nhà nước of
        // 25/6/2015 and of 25/6/2025): the one a year or two off is the slip, when no other is as near ("… ngày 25 tháng
        // 6 năm 2016"; hundred-and-thirty-third outside probe: left unresolved, the slip untold).
        else if (sameDay.length > 1) {
          const off = (e: DirectiveEntry) => Math.abs(+e.record.date!.slice(0, 4) - year);
          const near = sameDay.filter((e) => off(e) <= 2);
          if (near.length === 1) pick = near[0]!;
        }
      }
      return pick ? result(pick, 'probable', { field: 'year', written: String(year), recorded: pick.record.date?.slice(0, 4) ?? '' }) : null;
    }
    // No year: the text in force on the report's date — or, for a law an amending law names, on
    // that law's date (fourth outside probe: "Luật sửa đổi … của Luật Tổ chức Chính phủ … ngày
    // 22/11/2019" amends the 2015 law, not the 2025 one); exact when the corpus's chain leaves one.
    // (A law named in a dated document's subject likewise: the latest of its name passed by that date.)
    // The Assembly's term its clause says passed it: the law of that term ("Luật Tố cáo" among the laws "vừa được Quốc hội
    // khóa XIII thông qua", in an undated item of 2011, is the law of 2011, not the one of 2018 in force today).
    const assembly = c.named?.assembly;
    if (assembly) {
      const ofTerm = latestFirst(candidates.filter((e) => e.record.symbol === `QH${assembly}`));
      if (ofTerm.length) return result(ofTerm[0]!, ofTerm.length === 1 ? 'exact' : 'probable');
    }
    // The law the text's own subject carries out: the latest of the name passed by the text's day (forty-eighth session's
    // probe 456: a plan of 18/11/2025 "triển khai thi hành Luật Việc làm" means 74/2025/QH15, in force from 1/1/2026, not
    // the law of 2013 still in force on its day — the first mention, in a decision's subject, had it, the later ones not).
    if (ctx.carriesOut && c.name && carriedOut(ctx.carriesOut, `${c.kind} ${c.name.text}`)) {
      const passed = latestFirst(candidates.filter((e) => e.record.date?.length === 10 && e.record.date <= ctx.reportDate));
      if (passed.length) return result(passed[0]!, 'probable');
    }
    const on = c.named?.amendedOn ?? c.named?.citedOn;
    const namedOn = on && on < ctx.reportDate ? on : null;
    // An amending law amends the latest text of that name passed before it, in force or not yet: the
    // law of 29/6/2024 amended Luật Đất đai 31/2024/QH15 before it took effect, not the law of 2013
    // still in force that day (twenty-sixth outside probe).
    if (namedOn) {
      // A law known by its year only, the amending law's year, is taken too, probably: "Luật sửa đổi … Luật Các tổ chức tín
      // dụng ngày 29/6/2024" amends 32/2024/QH15 of January (three hundred and fifty-third outside probe: the law of 2010 was
      // taken, exactly).
      const passed = latestFirst(candidates.filter((e) => e.record.date && (e.record.date.length === 10 ? e.record.date < namedOn : e.record.date <= namedOn.slice(0, 4))));
      // A year alone is sure only before the naming document's year.
      if (passed.length) return result(passed[0]!, passed[0]!.record.date!.length === 10 || passed[0]!.record.date! < namedOn.slice(0, 4) ? 'exact' : 'probable');
    }
    // A text with no date of its own: the latest of the name passed by the time it speaks of, in force or not yet — it may
    // discuss amending the law or carrying it out as well as apply it (forty-eighth session's probes 455 and 456; over the
    // sets, the choice changed for 21 citations: 15 now right, 3 wrong, 3 open).
    // Not the Constitution, in force for decades: an undated text naming "Hiến pháp" beside dates of 2012–2013 is as likely of
    // 2022 as of 2013 (the run over the sets: four texts on Law Day), and a year on names the one of 2013, as before.
    const spoken = !namedOn && ctx.lawsAsOf && ctx.lawsAsOf < ctx.reportDate && foldName(c.kind) !== 'hien phap' ? ctx.lawsAsOf : null;
    if (spoken) {
      const passed = passedBy(candidates, spoken);
      if (passed.length) return result(passed[0]!, 'probable');
    }
    const asOf = namedOn ?? ctx.reportDate;
    const now = candidates.filter((e) => inForceOn(e.record, asOf));
    // A law known only by the report's own year may have been passed after the report (fifteenth
    // outside probe: "Luật An ninh mạng" in a text of 19/11/2025 became 116/2025/QH15 of 10/12/2025,
    // the corpus lacking the law of 2018): never more than probable.
    const sameYear = (e: DirectiveEntry) => e.record.date?.length === 4 && e.record.date === asOf.slice(0, 4);
    if (now.length === 1) return result(now[0]!, (candidates.length === 1 || now[0]!.record.confidence !== 'unverified') && !sameYear(now[0]!) ? 'exact' : 'probable');
    // Else the latest passed before the report. A law known by its year only, the report's year,
    // may have been passed after it (Luật Quản lý thuế 108/2025/QH15 of December, in a July 2025
    // text; fourth outside probe): one surely passed before is the likelier.
    // Never one that had not taken effect yet (sixteenth outside probe: "Luật ban hành văn bản quy phạm
    // pháp luật" in a text of 24/7/2015 had become the law of 22/6/2015, in force from 1/7/2016).
    const before = candidates.filter((e) => (!e.record.date || e.record.date <= asOf) && !(e.record.effective && e.record.effective > asOf));
    const sure = before.filter((e) => !e.record.date || e.record.date.length === 10 || e.record.date < asOf.slice(0, 4));
    const pool = latestFirst(sure.length ? sure : before);
    if (pool.length) return result(pool[0]!, 'probable');
    // None in force or earlier: a law passed by the report's day and not in force yet is the one it speaks of ("công bố
    // 4 Luật vừa được Quốc hội khóa XIII thông qua … Luật Lưu trữ" on 7/12/2011, the law of 11/11/2011 in force from
    // 1/7/2012; two-hundred-and-thirty-ninth outside probe: left unresolved).
    const passed = passedBy(candidates, asOf);
    return passed.length ? result(passed[0]!, 'probable') : null;
  }

  /**
   * The one law that replaced one of `candidates` and was passed or took effect in `year`, whose name begins with the name
   * written (word for word, as the name key has it), or null.
   */
  private successorOfYear(candidates: readonly DirectiveEntry[], kind: string, written: string, year: number): DirectiveEntry | null {
    const want = cleanName(written);
    if (!want) return null;
    const y = String(year);
    let found: DirectiveEntry | null = null;
    for (const e of candidates)
      for (const s of e.record.replacedBy ?? []) {
        if (s.confidence === 'unverified' || !(s.date?.startsWith(y) || s.effective?.startsWith(y))) continue;
        for (const x of this.byOfficialId(s.id)) {
          const name = cleanName(x.record.name ?? '');
          if (x.record.kind !== kind || !(name === want || name.startsWith(`${want} `))) continue;
          if (found && found !== x) return null;
          found = x;
        }
      }
    return found;
  }

  private resolveNamed(c: Citation, ctx: ResolveContext): DirectiveEntry[] {
    const n = c.named;
    if (n && (n.kind === 'charter' || n.kind === 'platform')) {
      // The congress written with the charter ("do Đại hội X thông qua") is the version's own.
      const adopted = n.term ? romanValue(n.term) : null;
      return this.resolveVersioned(n.kind, n.year ?? null, adopted ?? (c.term && (c.term.scope === 'party-central' || c.term.scope === 'unknown') ? c.term.value : null), ctx);
    }
    if (n?.kind === 'plenum' && n.plenum !== null && !n.term) return this.latestPlenum(c.kind, n.plenum, ctx);
    if (!n || !n.term) return [];
    // A local congress ("Nghị quyết Đại hội XI Đảng bộ tỉnh") is not the national one of that number.
    if (n.kind === 'congress' && n.level === 'local') return [];
    const forms =
      n.kind === 'plenum' && n.plenum !== null
        ? plenumAliases(c.kind, n.plenum, n.term, n.session)
        : n.kind === 'congress'
          ? [`Nghị quyết Đại hội ${n.term}`, `Nghị quyết Đại hội Đảng toàn quốc lần thứ ${n.term}`]
          : [];
    for (const f of forms) {
      const hit = this.byAlias(f);
      if (hit.length) return hit;
    }
    return [];
  }

  /**
   * "Nghị quyết Hội nghị Trung ương 11" without its term: that plenum of the term of the report's date, else of the
   * term before, held by then (hundred-and-tenth outside probe: in a page of no date, read today in the fourteenth
   * term, the eleventh plenum of the thirteenth, 60-NQ/TW of 2025, was not found). Never further back.
   */
  private latestPlenum(kind: string | null, plenum: number, ctx: ResolveContext): DirectiveEntry[] {
    const central = this.termRecords.filter((t) => t.body === 'party-central').sort((a, b) => (a.start < b.start ? -1 : 1));
    const now = central.findIndex((t) => t.term === centralTermOn(ctx.reportDate, this.termRecords));
    for (const t of now < 0 ? [] : central.slice(Math.max(0, now - 1), now + 1).reverse()) {
      const held = plenumAliases(kind, plenum, t.term)
        .flatMap((f) => this.byAlias(f))
        .filter((e, i, all) => all.indexOf(e) === i && (!e.record.date || e.record.date <= ctx.reportDate));
      if (held.length) return held;
    }
    return [];
  }

  /** Every version of the Party's charter or platform the corpus holds. */
  versions(kind: keyof typeof VERSIONED_NAMES): DirectiveEntry[] {
    return this.byAlias(VERSIONED_NAMES[kind]);
  }

  /**
   * "Điều lệ Đảng", "Cương lĩnh … (bổ sung, phát triển năm 2011)": the version of the year written,
   * else the latest adopted by the report's date (a 2008 report's "Cương lĩnh" is that of 1991).
   */
  private resolveVersioned(kind: keyof typeof VERSIONED_NAMES, year: number | null, term: number | null, ctx: ResolveContext): DirectiveEntry[] {
    const all = this.versions(kind);
    if (all.length === 0) return all;
    if (year !== null) return all.filter((e) => e.record.date?.startsWith(String(year)));
    // "thi hành Điều lệ Đảng khóa X": the version in force during that term, the latest adopted by its congress or an
    // earlier one (hundred-and-fifty-eighth outside probe: the charter of the report's date, Đại hội XI's, was taken).
    if (term !== null) {
      const held = latestFirst(all.filter((e) => !!e.record.term && (romanValue(e.record.term) ?? Infinity) <= term));
      return held.length ? [held[0]!] : [];
    }
    const before = latestFirst(all.filter((e) => !e.record.date || e.record.date <= ctx.reportDate));
    return before.length ? [before[0]!] : [];
  }
}

/** The names a plenum's resolutions (or its conclusions, "Kết luận Hội nghị Trung ương 4 khóa XIII") are recorded under. */
function plenumAliases(kind: string | null, plenum: number, term: string, session?: number): string[] {
  const k = kind === 'Kết luận' ? kind : 'Nghị quyết';
  // A second session's resolutions are recorded under "… 6 (lần 2) khóa VIII"; never the first session's.
  const p = session ? `${plenum} (lần ${session})` : `${plenum}`;
  return [`${k} Hội nghị Trung ương ${p} khóa ${term}`, `${k} Trung ương ${p} khóa ${term}`];
}

// The names the Party's charter and platform are recorded under (their records' aliases); each version
// is a record of its own, dated the day a congress adopted it.
const VERSIONED_NAMES = { charter: 'Điều lệ Đảng', platform: 'Cương lĩnh xây dựng đất nước trong thời kỳ quá độ lên chủ nghĩa xã hội' } as const;

// Kinds of text cited by name: laws, codes, ordinances, the Constitution (folded).
/** The year a record's id carries ("178/2024/NĐ-CP"), else the year of its date; null when neither. */
function yearOf(r: DirectiveRecord): number | null {
  const m = /\/((?:19|20)\d\d)\//.exec(r.id);
  if (m) return +m[1]!;
  return r.date && r.date.length >= 4 ? +r.date.slice(0, 4) : null;
}

// A folded name that is only initials, three to ten letters.
const INITIALS = /^[a-z]{3,10}$/u;
// A law named by its initials inside a longer name, as cleanName leaves it: "… cua luat cbcc luat vien chuc".
const INNER_INITIALS = /(?<![a-z])luat ([a-z]{3,10})(?=$| luat | va )/gu;
const LAW_KINDS = new Set(['luat', 'bo luat', 'hien phap', 'phap lenh']);
// Kinds whose numbers every ministry keeps apart, folded: a bare number of one names no document. So do a guide's, a plan's, a
// letter's, a notice's, a report's and a submission's, which every body from the Secretariat to a commune issues: "Hướng dẫn
// số 04" heading a copy of the inspection commission's guide 06-HD/UBKTTW had been taken for the Secretariat's 04-HD/TW
// (two hundred and seventy-fifth outside probe). A short name the corpus lists, and an earlier full citation, still name one.
const MANY_ISSUER_KINDS = new Set(['thong tu', 'thong tu lien tich', 'huong dan', 'ke hoach', 'cong van', 'thong bao', 'bao cao', 'to trinh']);
// The kinds of the National Assembly and its Standing Committee that number apart, folded; a code is a law.
const ASSEMBLY_SYMBOL = /\/(?:UBTV)?QH\d{0,2}$/u;
const ASSEMBLY_KIND: Readonly<Record<string, string>> = { luat: 'luat', 'bo luat': 'luat', 'nghi quyet': 'nghi quyet', 'phap lenh': 'phap lenh' };
// Kinds a citation may name without a name of the text: there is one Constitution at a time.
const UNNAMED_KINDS = new Set(['hien phap']);

// Abbreviations inside a name, folded, and the words they stand for ("Bầu cử ĐBQH và đại biểu HĐND").
const FOLDED_ABBREVIATIONS = new Map(Object.entries(NAME_ABBREVIATIONS).map(([a, long]) => [fold(a), fold(long)]));
const ABBREVIATION_WORD = new RegExp(`(?<![a-z0-9])(?:${[...FOLDED_ABBREVIATIONS.keys()].join('|')})(?![a-z0-9])`, 'gu');

/** A law's name in byName, by its words, for lawsNamedNear. */
interface NearName {
  entries: DirectiveEntry[];
  words: string[];
}

// A name near another: most of the words of each in the other (a word or two typed for others), clearly the nearest.
const NEAR_NAME_MIN_WORDS = 4;
const NEAR_NAME_FROM = 0.8;
const NEAR_NAME_LEAD = 0.15;

/**
 * How near a written name's words (`a`) are to a recorded name's (`b`): the smaller of the parts of each the other holds
 * (each word counted as often as it stands), when they differ only as slips do — words left out, added, repeated or in
 * another order, a word with one letter wrong ("pháo" for "pháp"), two words glued ("uyban"), or in a long name (ten
 * words or more) one word for another ("đảm bảo" for "bảo vệ"); else 0. Not one word for another in a short name: "Luật
 * Tương trợ tư pháp về dân sự" is another law than "… về hình sự".
 */
function nearness(a: readonly string[], b: readonly string[]): number {
  const extraA = without(a, b);
  const left = without(b, a);
  // A word that makes a name its opposite is no slip: "Luật Thuế sử dụng đất nông nghiệp" (of 1993) is not the law "… phi
  // nông nghiệp" of 2010 (fifty-first session's probe 473: offered as the law meant).
  if (extraA.some((w) => OPPOSITE_WORDS.has(w)) || left.some((w) => OPPOSITE_WORDS.has(w))) return 0;
  let unpaired = 0;
  for (const w of extraA) {
    const typo = left.findIndex((x) => oneEditApart(w, x));
    if (typo >= 0) {
      left.splice(typo, 1);
      continue;
    }
    const glued = left.findIndex((x, i) => left.some((y, k) => k !== i && x + y === w));
    if (glued >= 0) {
      const first = left[glued]!;
      left.splice(glued, 1);
      left.splice(left.findIndex((y) => first + y === w), 1);
      continue;
    }
    unpaired++;
  }
  // What is left on both sides is a word put for another.
  const slips = unpaired === 0 || left.length === 0 || (b.length >= 10 && unpaired === 1 && left.length === 1);
  const shared = a.length - extraA.length;
  return slips && shared > 0 ? Math.min(shared / a.length, shared / b.length) : 0;
}

/** Folded words that turn a name into its opposite. */
const OPPOSITE_WORDS: ReadonlySet<string> = new Set(['phi', 'khong']);

/** `a`'s words that `b` does not hold (as often as they stand). */
function without(a: readonly string[], b: readonly string[]): string[] {
  const left = new Map<string, number>();
  for (const w of b) left.set(w, (left.get(w) ?? 0) + 1);
  const out: string[] = [];
  for (const w of a) {
    const n = left.get(w) ?? 0;
    if (n > 0) left.set(w, n - 1);
    else out.push(w);
  }
  return out;
}

/** "Đất đai năm 2024" → "dat dai"; "nước Cộng hòa xã hội chủ nghĩa Việt Nam" kept whole. */
function cleanNameOnce(name: string): string {
  return fold(name)
    // "PCCC&CNCH": "&" is "và".
    .replace(/\s*&\s*/gu, ' va ')
    .replace(ABBREVIATION_WORD, (a) => FOLDED_ABBREVIATIONS.get(a)!)
    // "một số điều Luật …" for "một số điều của Luật …" (seventh outside probe).
    .replace(/\bdieu luat\b/gu, 'dieu cua luat')
    // "Luật ban hành văn bản QPPL HĐND và UBND năm 2004" for "… pháp luật của Hội đồng nhân dân …" (fifty-fourth session's
    // probe 505: cut short, it had become the law of 2008).
    .replace(/\bphap luat (?=hoi dong nhan dan|uy ban nhan dan)/gu, 'phap luat cua ')
    // "Luật SĐ, BS một số điều của …" (hundred-and-thirty-first outside probe).
    .replace(/^sd,?\s+bs\b/u, 'sua doi, bo sung')
    .replace(/^so:?\s+/u, '') // "Luật số Khí tượng thủy văn số 90/2015/QH13": a stray "số"
    .replace(/\s*\((?:sua doi|sua doi, bo sung)[^)]*\)\s*$/u, '')
    .replace(/\s*(?:nam\s+)?\d{4}$/u, '')
    .replace(/[.,;:]+$/u, '')
    .trim()
    // "Hội đồng nhân dân, Ủy ban nhân dân" and "… và Ủy ban nhân dân" name one law (fourth outside
    // probe), as "Phòng chống bạo lực gia đình" names "Phòng, chống bạo lực gia đình" (fifth): a
    // comma, "và" or neither join a name's parts alike.
    .replace(/\s*,\s*(?:va\s+)?|\s+va\s+|\s+[-–]\s+/gu, ' ')
    // An amending law's short title, "Luật sửa đổi Luật Mặt trận Tổ quốc Việt Nam, Luật Công đoàn, … 2025", names the law
    // titled "sửa đổi, bổ sung một số điều của Luật …" (forty-sixth session's probe 444: left unresolved).
    .replace(/^sua doi (?:bo sung )?(?:mot (?:so|vai) dieu )?(?:cua )?(?=luat )/u, 'sua doi ');
}

// Remembered: every law a report cites by name is looked up several ways (its name, its aliases, each key built again).
const cleanName = boundedMemo(20_000, cleanNameOnce);

function nameKey(kind: string, name: string): string {
  return `${foldName(kind)}|${cleanName(name)}`;
}

function sameName(written: string, r: DirectiveRecord): boolean {
  const w = cleanName(written);
  const recorded = cleanName(r.name ?? '');
  if (w === recorded) return true;
  // An amending law ("sửa đổi, bổ sung một số điều của Luật Tần số vô tuyến điện") read with only
  // the name of the law it amends.
  if (recorded.endsWith(` luat ${w}`)) return true;
  return (r.aliases ?? []).some((a) => cleanName(a) === cleanName(`${r.kind} ${written}`) || cleanName(a) === w);
}

// How many words a law's name written short must keep for its day to name the law (lawsOfDayNear).
const DAY_NAME_MIN_WORDS = 3;
// An amending law's name, folded, starts so.
const AMENDING = 'sua doi';

/**
 * Whether a text is in force on a date by the corpus: passed (effective) on or before it and not
 * replaced by then. A replacement marked unverified does not count: the corpus does not know it.
 */
function inForceOn(r: DirectiveRecord, iso: IsoDate): boolean {
  const from = r.effective ?? r.date;
  if (from && from.slice(0, iso.length) > iso.slice(0, from.length)) return false;
  // Out of force from a day a page gives, whatever replaced it ("Hết hiệu lực 01/07/2009"): not in force from then, so
  // the later law of its name is the only one (the Nationality Law of 1998 beside that of 2008).
  const ended = r.status?.state === 'expired' ? r.status.asOf : undefined;
  if (ended && ended.slice(0, iso.length) <= iso.slice(0, ended.length)) return false;
  for (const s of r.replacedBy ?? []) {
    if (s.confidence === 'unverified') continue;
    const on = s.effective ?? s.date;
    if (on && on.slice(0, iso.length) <= iso.slice(0, on.length)) return false;
  }
  return true;
}

/** Whether a record was issued after a date (a record known by its year: after that year). */
export function issuedAfter(r: DirectiveRecord, iso: IsoDate): boolean {
  return !!r.date && r.date.slice(0, iso.length) > iso.slice(0, r.date.length);
}

/** The entries by date, latest first (a copy). */
export function latestFirst(es: DirectiveEntry[]): DirectiveEntry[] {
  return [...es].sort((a, b) => ((b.record.date ?? '') < (a.record.date ?? '') ? -1 : 1));
}

/** The documents surely passed by `day` (one known by its year only, before that year), latest first. */
function passedBy(es: DirectiveEntry[], day: IsoDate): DirectiveEntry[] {
  return latestFirst(es.filter((e) => e.record.date && (e.record.date.length === 10 ? e.record.date <= day : e.record.date < day.slice(0, 4))));
}

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const a = m.get(k);
  if (a) a.push(v);
  else m.set(k, [v]);
}

/** A list that grew by push keeps room for 17 more entries; most lists here hold one to three. */
function compact<K, V>(m: Map<K, V[]>): void {
  for (const [k, v] of m) if (v.length > 1) m.set(k, v.slice());
}

function sameFacts(a: DirectiveRecord, b: DirectiveRecord): boolean {
  return a.kind === b.kind && a.date === b.date && a.issuer === b.issuer && (a.term ?? '') === (b.term ?? '');
}

// The National Assembly's terms whose numbers carry "QHn" with a year (khóa IX of 1992 to khóa XVI).
const ASSEMBLY_TERMS_FROM = 9;
const ASSEMBLY_TERMS_TO = 16;
const ASSEMBLY_TERM_NUMBERS: readonly number[] = Object.freeze(Array.from({ length: ASSEMBLY_TERMS_TO - ASSEMBLY_TERMS_FROM + 1 }, (_, k) => ASSEMBLY_TERMS_FROM + k));

/** Those terms whose number starts with the digits written: every one for "", the tenth on for "1" ("…/QH1"). */
export function assemblyTermsFrom(digits: string): readonly number[] {
  return digits === '' ? ASSEMBLY_TERM_NUMBERS : ASSEMBLY_TERM_NUMBERS.filter((n) => String(n).startsWith(digits));
}

/**
 * The id a citation the corpus does not know may have meant: its type code typed without "Đ",
 * and, for a number written without its year but dated ("nghị định 29/ND-CP ngày 11/6/1998"; twenty-
 * seventh outside probe), the id with the date's year — the form decrees, decisions and circulars
 * are numbered in; the Assembly's number with its term cut from "QH" ("176/2025/QH"), one id per term; the Standing
 * Committee's resolution without its "NQ-" and ordinance without or with its "PL-". Nothing else is guessed.
 */
function respelled(c: Citation): { id: string; otherSeries: boolean }[] {
  const symbol = c.symbol;
  if (!c.number || !symbol) return [];
  const spelt = withD(symbol);
  const symbols = spelt ? [spelt, symbol] : [symbol];
  const out: { id: string; otherSeries: boolean }[] = [];
  if (c.style === 'party') {
    if (symbols.length > 1) out.push({ id: `${c.number}-${symbols[0]}`, otherSeries: false });
    return out;
  }
  // A number of the Government's, the Prime Minister's or the Council of Ministers' from before 2001, with no type code: the
  // gazette wrote "64-CP" until the mid-nineties and "19/CP" after, and records keep the form of their day.
  if (c.style === 'state' && c.idYear === null && OLD_STATE_SYMBOLS.includes(symbol)) out.push({ id: `${c.number}${c.id?.includes('/') ? '-' : '/'}${symbol}`, otherSeries: false });
  // An ordinance of the Standing Committee with its "PL-" or without: the headers of 2012 write "Pháp lệnh số: 04/2012/UBTVQH13",
  // others "34/2007/PL-UBTVQH11", and the corpus keeps each as its sources do (three hundred and seventeenth outside probe:
  // "Pháp lệnh số 04/2012/UBTVQH13 ngày 16-7-2012" told unknown, its record under 04/2012/PL-UBTVQH13).
  // The Assembly's or its Standing Committee's code with the term left off or cut to its first digit: "Nghị quyết số
  // 176/2025/QH" is 176/2025/QH15 (fortieth session's probes 386 and 388), "Pháp lệnh số 02/2020/UBTVQH" 02/2020/UBTVQH14 and
  // "Luật số 43/2024/QH1" 43/2024/QH15 (fiftieth session's probes 466 and 468: only unknown). The number carries its year, so
  // at most one term's id exists in the corpus; citation-format tells the missing term.
  const filled = c.style === 'state' && c.idYear !== null ? termsFilledIn(symbol) : [];
  for (const f of filled) out.push({ id: `${c.number}/${c.idYear}/${f}`, otherSeries: false });
  const written = [symbol, ...filled];
  if (c.style === 'state' && c.idYear !== null && c.kind === 'Pháp lệnh')
    for (const s of written) {
      const other = STANDING_ORDINANCE.test(s) ? s.replace(/^PL-/u, '') : STANDING_COMMITTEE_CODE.test(s) ? `PL-${s}` : null;
      if (other && other !== s) out.push({ id: `${c.number}/${c.idYear}/${other}`, otherSeries: false });
    }
  // A resolution of the Standing Committee without its "NQ-": "Nghị quyết số 753/2005/UBTVQH11 ngày 02 tháng 4 năm 2005" is
  // 753/2005/NQ-UBTVQH11 (forty-sixth session's probe 444: told unknown though the corpus holds it).
  if (c.style === 'state' && c.kind === 'Nghị quyết')
    for (const s of written) if (STANDING_COMMITTEE_CODE.test(s)) out.push({ id: `${c.number}/${c.idYear !== null ? `${c.idYear}/` : ''}NQ-${s}`, otherSeries: false });
  for (const sym of symbols) {
    if (c.idYear !== null) {
      if (sym !== symbol) out.push({ id: `${c.number}/${c.idYear}/${sym}`, otherSeries: false });
    } else {
      if (sym !== symbol) out.push({ id: `${c.number}/${sym}`, otherSeries: false });
      if (c.date?.year && WITH_YEAR.test(sym)) out.push({ id: `${c.number}/${c.date.year}/${sym}`, otherSeries: TWO_SERIES.test(sym) });
    }
  }
  return out;
}


/** The Assembly's codes with the term left off ("QH", "UBTVQH", "NQ-UBTVQH") or cut to its first digit ("QH1"). */
const TERM_CUT = /^((?:PL-|NQ-)?(?:UBTV)?QH)(1?)$/u;

/** The digits of the Assembly's term a symbol keeps, "" or "1", when its term is left off or cut; null for any other symbol. */
export function assemblyTermCut(symbol: string): string | null {
  return TERM_CUT.exec(symbol)?.[2] ?? null;
}

/** A symbol whose Assembly term is left off or cut, with each term that fits filled in; none for any other symbol. */
function termsFilledIn(symbol: string): string[] {
  const m = TERM_CUT.exec(symbol);
  return m ? assemblyTermsFrom(m[2]!).map((n) => `${m[1]}${n}`) : [];
}

/** An ordinance's symbol with its type code, "PL-UBTVQH11", and without, "UBTVQH13". */
const STANDING_ORDINANCE = /^PL-UBTVQH\d{1,2}$/u;
const STANDING_COMMITTEE_CODE = /^UBTVQH\d{1,2}$/u;

/** Symbols whose numbers carry the year: decrees, the Prime Minister's decisions and directives, circulars. */
const WITH_YEAR = /^(?:NĐ-CP|QĐ-TTg|CT-TTg|TT-|TTLT-)/u;

/** An id with the year inside: number, year, symbol. */
const YEARED_ID = /^(\d{1,5}[A-Za-z]?)\/(?:19|20)\d\d\/(\S+)$/u;

/** Symbols numbered in two series, with the year (normative) and without (individual): 23/QĐ-TTg and 23/2021/QĐ-TTg. */
const TWO_SERIES = /^(?:QĐ-TTg|CT-TTg)$/u;

/** An alias that is the id spelt otherwise: a number, then a symbol. */
const ID_ALIAS = /^\d+[A-Za-z]?(?:\/\d{4})?[-/]\S+$/u;

/** Central symbols name no organisation: an organisation on such a record is itself a conflict. */
const CENTRAL_SYMBOL = /\/(?:TW|HNTW)$|^[^/]*-(?:CP|TTg|QH\d*|UBTVQH\d*|CTN)$/u;

/** Whether two records with one id can only be one document (see CorpusIndex.joinSameDocuments). */
function sameDocument(a: DirectiveRecord, b: DirectiveRecord, terms: TermRecord[], folded: (s: string) => string): boolean {
  const orgA = a.organisation ? folded(a.organisation) : '';
  const orgB = b.organisation ? folded(b.organisation) : '';
  if (orgA !== orgB && !(CENTRAL_SYMBOL.test(a.symbol) && CENTRAL_SYMBOL.test(b.symbol))) return false;
  if (!a.date || !b.date) return !a.term || !b.term || a.term === b.term;
  if (/\/(?:TW|HNTW)$/u.test(a.symbol)) {
    if (a.date.length < 10 || b.date.length < 10) return a.date.slice(0, 4) === b.date.slice(0, 4);
    // Party numbering restarts every term: the same id in one term is one document.
    const of = (d: string) => terms.filter((t) => t.body === 'party-central' && inTerm(t, d)).map((t) => t.term);
    const x = of(a.date);
    const y = of(b.date);
    return x.length > 0 && x.some((t) => y.includes(t));
  }
  // A state number with its year ("30/2020/NĐ-CP") names one document; otherwise one year.
  return /^\d+\/\d{4}\//u.test(a.id) || a.date.slice(0, 4) === b.date.slice(0, 4);
}

/** The fields on which two records of one document disagree, for messages. */
export function differingFields(a: DirectiveRecord, b: DirectiveRecord): ('date' | 'organisation' | 'issuer' | 'kind' | 'term')[] {
  const fields = ['date', 'organisation', 'issuer', 'kind', 'term'] as const;
  return fields.filter((f) => (a[f] ?? '') !== (b[f] ?? ''));
}

/** The Central Committee term in force on a date (the later one where two overlap at a congress), or null. */
function centralTermOn(iso: IsoDate, terms: TermRecord[]): string | null {
  let found: TermRecord | null = null;
  for (const t of terms) if (t.body === 'party-central' && inTerm(t, iso) && (!found || t.start > found.start)) found = t;
  return found ? found.term : null;
}

export function inTerm(t: TermRecord, iso: IsoDate, toleranceDays = 0): boolean {
  // Asked for every citation and every term: without a tolerance the dates are compared as written,
  // with one the widened ends are worked out once per term (date arithmetic for every citation
  // was most of resolving a Party id).
  if (toleranceDays === 0) return iso >= t.start && iso <= lastDayOf(t.end);
  const [start, end] = widened(t, toleranceDays);
  return iso >= start && iso <= end;
}

// The National Assembly's terms are known by their years only ("2011"–"2016"): an end of a year or a month runs to its last
// day, so that 5/4/2016 is in khóa XIII as well as XIV (a law passed by khóa XIII on 5/4/2016 was told it was khóa XIV's
// once the term after "được Quốc hội … thông qua" was read). Compared as text, any day of the month is at most "-31".
function lastDayOf(end: string | undefined): string {
  if (!end) return '9999';
  return end.length === 4 ? `${end}-12-31` : end.length === 7 ? `${end}-31` : end;
}

const widenedTerms = new WeakMap<TermRecord, Map<number, [string, string]>>();
function widened(t: TermRecord, days: number): [string, string] {
  let byDays = widenedTerms.get(t);
  if (!byDays) widenedTerms.set(t, (byDays = new Map()));
  let ends = byDays.get(days);
  // A day widens; a year or month as the table holds it is not moved (its last day already stands for it).
  if (!ends) byDays.set(days, (ends = [t.start.length === 10 ? addDays(t.start, -days) : t.start, t.end?.length === 10 ? addDays(t.end, days) : lastDayOf(t.end)]));
  return ends;
}


// Issuers written for another that issues the kind: the Prime Minister issues no resolution or decree, so "Nghị quyết 120
// của Thủ tướng Chính phủ" is the Government's 120/NQ-CP, found so that citation-issuer-mismatch can say whose it is
// (two hundred and eighty-seventh outside probe). Written issuer → kinds (folded) → the issuer meant.
const ISSUER_MEANT: ReadonlyMap<string, { kinds: ReadonlySet<string>; meant: string }> = new Map([
  ['Thủ tướng Chính phủ', { kinds: new Set(['nghi quyet', 'nghi dinh']), meant: 'chinh phu' }],
]);

/** Whether a number-only citation's issuer (if written) fits a record. */
function issuerFits(c: Citation, r: DirectiveRecord): boolean {
  if (!c.issuer) return !r.organisation; // with no issuer named, only central (unscoped) records
  if (CENTRAL_PARTY_BODIES.has(c.issuer.name)) return CENTRAL_PARTY_BODIES.has(r.issuer) || /\/TW$/.test(r.symbol);
  const meant = ISSUER_MEANT.get(c.issuer.name);
  if (meant && c.kind && meant.kinds.has(foldName(c.kind)) && foldName(r.issuer) === meant.meant) return true;
  return foldName(r.issuer).includes(foldName(c.issuer.name)) || (r.organisation ? foldName(c.issuer.written).includes(placeOf(r.organisation) ?? '\u0000') : false);
}

function choose(c: Citation, candidates: DirectiveEntry[], ctx: ResolveContext, places: Set<string> | null, terms: TermRecord[], isPlace?: IsProvince): Resolution | null {
  let pool = candidates;
  // A report cites what was issued by its date: with no date written, a record issued later is
  // not this citation (fifth outside probe: "Nghị định 150" in a 2012 report had become
  // 150/2026/NĐ-CP, and its review "5 năm" was told it was -14 years).
  // When only later records have the number, the hover still shows one ("chưa ban hành vào ngày
  // của báo cáo"), but only as probable: no rule speaks on it.
  let onlyLater = false;
  if (!c.date) {
    const issued = pool.filter((e) => !issuedAfter(e.record, ctx.reportDate));
    if (issued.length) pool = issued;
    else onlyLater = true;
  }
  // Only later records, and the term written fits none of them: "Nghị quyết 15-NQ/TW của Bộ Chính trị (khoá VIII)" in a
  // resolution of 2012 is not the 15-NQ/TW of khóa XI or XIII (two hundred and eightieth outside probe: the hover named the
  // one of 2022). A document the corpus lacks.
  if (onlyLater && c.term && pool.every((e) => e.record.term && e.record.term !== c.term!.roman)) return null;
  const res = chooseAmong(c, pool, candidates, ctx, places, terms, isPlace);
  if (res && onlyLater) res.certainty = 'probable';
  // A day and month without a year that are not the record's ("Kế hoạch số 03-KH/TW, ngày 25/7" beside the
  // only 03-KH/TW known, of 1/12/2021): Party numbers restart every term, so this is as likely another plan
  // of that number as a wrong day — probable only (twenty-ninth outside probe: a false date error).
  if (res && res.certainty === 'exact' && c.style === 'party' && c.date && c.date.year === null && !sameDayMonth(c.date, res.entry.record.date)) res.certainty = 'probable';
  // And the one record of the number with that day and month names it, as a full date would: "Kế hoạch số 03-KH/TW,
  // ngày 25/7" is the Secretariat's plan of 25/7/2016, not that of 1/12/2021 (corpus round 86 added the first).
  if (res && res.certainty !== 'exact' && c.style === 'party' && c.date && c.date.year === null) {
    const d = c.date;
    const that = pool.filter((e) => e.record.date?.length === 10 && sameDayMonth(d, e.record.date));
    if (that.length === 1) return { entry: that[0]!, certainty: 'exact', candidates: res.candidates };
  }
  return res;
}

function chooseAmong(c: Citation, pool: DirectiveEntry[], candidates: DirectiveEntry[], ctx: ResolveContext, places: Set<string> | null, terms: TermRecord[], isPlace?: IsProvince): Resolution | null {
  // Local documents belong to one organisation: the citation's own issuer ("BTV Tỉnh ủy Hà Tĩnh")
  // or the report's province decides. Without either, only a probable match is possible.
  const local = pool.filter((e) => e.record.organisation);
  let provinceKnown = true;
  if (local.length) {
    const written = c.issuer && placeOfWritten(c.issuer.written);
    const fits = written ? (p: string | null) => p === written : places ? (p: string | null) => p !== null && places.has(p) : null;
    if (fits) {
      const fit = pool.filter((e) => !e.record.organisation || fits(placeOf(e.record.organisation)));
      if (fit.length === 0) return null; // another province's document: unknown here
      pool = fit;
    } else provinceKnown = false;
  }
  // Numbering restarts: state numbers without a year every year ("126/NQ-CP" of 2021 is not
  // that of 2026), Party numbers every term. A written date outside a record's year or term
  // means another document with the same number — one the corpus does not know.
  if (c.date?.iso && c.date.year !== null) {
    const iso = c.date.iso;
    const same = pool.filter((e) => sameNumberingPeriod(c, e.record, iso, terms));
    // With no subject written, the record's own day and month in a year one digit off, where no document of the date's
    // period has that day: "Chỉ thị số 22-CT/TW ngày 5-6-2018 của Ban Bí thư" is the directive of 5/6/2008 on labour
    // relations, not the one of 23/1/2018 (thirty-eighth session's probe 336: that one's day was offered as the fix). Two
    // years a digit off each (42-CT/TW of 24/3/2015 and of 24/3/2020 for a "24/3/2010") leave it open.
    // Only where the period has its own document of the number, whose day the date contradicts anyway: else the date may be
    // a document of that period the corpus lacks.
    if (!c.subject && same.length > 0 && !same.some((e) => e.record.date?.slice(4) === iso.slice(4))) {
      const slip = pool.filter((e) => !same.includes(e) && yearDigitSlip(e.record, iso) && !(c.issuer && otherIssuer(c.issuer.name, e.record.issuer)));
      if (slip.length === 1) return { entry: slip[0]!, certainty: provinceKnown ? 'exact' : 'probable', candidates };
    }
    if (same.length === 0) return null;
    pool = same;
  }
  // A local Party committee written as the issuer never issued a central document: "Nghị quyết
  // 13-NQ/TƯ của Tỉnh ủy (khóa XIV)" is the province's resolution, not the Central Committee's
  // 13-NQ/TW (an outside probe's warning that it was the Central Committee's was false).
  if (c.issuer && isLocalPartyCommittee(foldName(c.issuer.name))) {
    pool = pool.filter((e) => !CENTRAL_PARTY_BODIES.has(e.record.issuer));
    if (pool.length === 0) return null;
  }
  // The subject or term written may name another document with the same number (same-document.ts).
  pool = pool.filter((e) => otherDocument(c, e.record, (iso) => centralTermOn(iso, terms), isPlace) === null);
  if (pool.length === 0) return null;
  // A number the text gives alone, its one document issued after the text (see below).
  if (pool.length === 1 && afterTheText(c, ctx, [pool[0]!])) return null;
  if (pool.length === 1) return { entry: pool[0]!, certainty: provinceKnown && !farYearless(c, pool[0]!.record, ctx.reportDate) && !halfSubject(c, pool[0]!.record, candidates.length) ? 'exact' : 'probable', candidates };
  // Several documents share the id (numbering restarts each term): the written date, then the
  // term, then the report's date choose.
  if (c.date?.iso) {
    const byDate = pool.filter((e) => e.record.date === c.date!.iso);
    if (byDate.length === 1) return { entry: byDate[0]!, certainty: provinceKnown ? 'exact' : 'probable', candidates };
    const byYear = pool.filter((e) => e.record.date?.slice(0, 4) === c.date!.iso!.slice(0, 4));
    // The record's own day and month with its subject, in another year, is a slip of the year (see
    // sameNumberingPeriod), likelier than the year's document whose day differs and whose subject does not agree:
    // "Nghị quyết số 11 ngày 27-4-2017 của Bộ Chính trị về Công tác phụ nữ thời kỳ đẩy mạnh CNH-HĐH" is the 11-NQ/TW of
    // 27/4/2007, not that of 3/6/2017 (hundred-and-eleventh outside probe: told a wrong day and a wrong issuer).
    if (c.subject) {
      const agrees = (e: DirectiveEntry) => (subjectAgreement(c.subject!.text, e.record) ?? 0) >= SAME_FROM;
      const slip = pool.filter((e) => daySlip(c, e.record, c.date!.iso!));
      if (slip.length === 1 && !byYear.some(agrees)) return { entry: slip[0]!, certainty: provinceKnown ? 'exact' : 'probable', candidates };
    }
    if (byYear.length === 1) return { entry: byYear[0]!, certainty: provinceKnown ? 'exact' : 'probable', candidates };
  }
  if (c.term && c.term.scope === 'party-central') {
    const byTerm = pool.filter((e) => e.record.term === c.term!.roman);
    if (byTerm.length === 1) return { entry: byTerm[0]!, certainty: provinceKnown ? 'exact' : 'probable', candidates };
  }
  // The subject written, when it agrees with one of them only ("23-NQ/TW về tiếp tục xây dựng và
  // phát triển văn học, nghệ thuật" is the 2008 resolution, not the later one on industry).
  if (c.subject) {
    const bySubject = pool.filter((e) => (subjectAgreement(c.subject!.text, e.record) ?? 0) >= SAME_FROM);
    if (bySubject.length === 1) return { entry: bySubject[0]!, certainty: provinceKnown ? 'exact' : 'probable', candidates };
    // Of several that agree, the one whose subject holds every word written: "Nghị quyết Trung ương 8 về Chiến lược bảo vệ
    // Tổ quốc trong tình hình mới" is the plenum's 44-NQ/TW, not its 42-NQ/TW on social policy "… xây dựng và bảo vệ Tổ
    // quốc trong giai đoạn mới", two thirds of whose words agree (two hundred and sixteenth outside probe).
    const every = bySubject.length > 1 ? bySubject.filter((e) => subjectAgreement(c.subject!.text, e.record) === 1) : [];
    if (every.length === 1) return { entry: every[0]!, certainty: provinceKnown ? 'exact' : 'probable', candidates };
    // A short subject too few words to weigh ("Nghị quyết số 26 của BCT về Nghệ An"): the one record
    // holding every word of it (the 2013 resolution on Nghệ An, not the Politburo's 26-NQ/TW of 2022
    // on the whole region, which the report's date would pick).
    const whole = bySubject.length === 0 ? pool.filter((e) => subjectAgreement(c.subject!.text, e.record, 1) === 1) : [];
    if (whole.length === 1) return { entry: whole[0]!, certainty: 'probable', candidates };
  }
  if (c.idYear !== null) {
    const byYear = pool.filter((e) => e.record.date?.startsWith(String(c.idYear)));
    if (byYear.length === 1) return { entry: byYear[0]!, certainty: 'exact', candidates };
  }
  // The issuer written, when it names one of them only: "Chỉ thị 30 của Bộ Chính trị" in a review of
  // grassroots democracy is the Politburo's 30-CT/TW of 1998, not the Secretariat's of 2024, which the
  // report's date would pick (twenty-seventh outside probe).
  // Not bodies written together over a list ("Nghị quyết số 18-NQ/TW, Kết luận số 126-KL/TW, … của Bộ Chính trị, Ban Bí
  // thư", where 18-NQ/TW is the Central Committee's of 2017; two hundred and sixtieth outside probe: the Politburo's of 2007
  // was chosen): the text does not say which document is whose.
  // Nor a body written once after a list, which may be the last member's alone: "Nghị quyết số 21-NQ/TW, Kết luận số
  // 149-KL/TW của Bộ Chính trị về công tác dân số" is the Central Committee's 21-NQ/TW of 2017 (forty-seventh session's probe
  // 451: the Politburo's of 2003 was chosen); "… Nghị quyết số 27-NQ/TW; Nghị quyết số 66-NQ/TW của Bộ Chính trị" in a
  // plan of today is not the Politburo's 27-NQ/TW of 1985 (corpus round 167).
  if (c.issuer && !(c.issuers && c.issuers.length > 1) && !c.issuerShared) {
    const byIssuer = pool.filter((e) => !otherIssuer(c.issuer!.name, e.record.issuer));
    if (byIssuer.length === 1) return { entry: byIssuer[0]!, certainty: 'probable', candidates };
    // Several of that issuer: the choice is among them, never one the written issuer contradicts; and the body written
    // itself before bodies whose name only holds it: "Nghị quyết số 81 của Quốc hội" is the Assembly's 81/2023/QH15, not
    // its Standing Committee's 81/2025/UBTVQH15 that the report's date would pick (fifty-second session's probe 482).
    if (byIssuer.length > 1) {
      const itself = byIssuer.filter((e) => sameIssuer(c.issuer!.name, e.record.issuer));
      if (itself.length === 1) return { entry: itself[0]!, certainty: 'probable', candidates };
      pool = itself.length ? itself : byIssuer;
    }
  }
  // The one whose words agree by half, beside others with no words to weigh: "Nghị quyết Trung ương 5 khóa XII về doanh
  // nghiệp nhà nước (Đề án tổng kết)" is the 12-NQ/TW on state enterprises, not the 11-NQ/TW of that plenum whose subject
  // the corpus lacks (eightieth outside probe).
  if (c.subject) {
    const agreeing = pool.filter((e) => (subjectAgreement(c.subject!.text, e.record) ?? 0) >= HALF_AGREES);
    if (agreeing.length === 1) return { entry: agreeing[0]!, certainty: 'probable', candidates };
  }
  // The most recent document issued on or before the report's date is the likeliest meant.
  const before = pool.filter((e) => !e.record.date || e.record.date <= ctx.reportDate).sort((a, b) => ((b.record.date ?? '') < (a.record.date ?? '') ? -1 : 1));
  // A plenum's resolutions are of one session, days apart, none likelier by date: its first (the session's lead
  // resolution, "Nghị quyết Trung ương 4 khóa XII" the 04-NQ/TW on the Party, not 06-NQ/TW on integration five days
  // on), unless the words around choose another.
  // A resolution of the session known by its year only is of the session's day as far as that says: "2022" beside
  // "2022-06-16" is no earlier (two hundred and twentieth outside probe: 21-NQ/TW, held by its year, had come first).
  if (c.named?.kind === 'plenum' && before.length > 1) before.sort((a, b) => sessionOrder(a.record, b.record));
  // A number the text gives alone, every document of which was issued after the text: none of them is meant ("Nghị quyết số
  // 174" in an item of 29/10/2023 is not the Assembly's 174/2024/QH15; fortieth session's probe 386).
  if (before.length === 0 && afterTheText(c, ctx, pool)) return null;
  const pick = before[0] ?? pool[0]!;
  // Alternatives only for a Party id: its documents are those of the terms, which the corpus holds;
  // a bare number ("Nghị định 150") may be any year's, most of which it does not — unless a central Party
  // document is among those it may be ("tổng kết Nghị quyết 18" in 2025 is the 2017 resolution on the apparatus, not
  // the 2022 one on land; twenty-sixth outside probe), beside state ones too: "10 năm thực hiện Chỉ thị 05 … học tập
  // và làm theo Bác" is the Politburo's of 2016, which the words choose, not the Prime Minister's 05/CT-TTg of 2023 the
  // report's date picks (fifteenth session).
  // A plenum's name names each of its resolutions ("Nghị quyết Trung ương 4 khóa XII": 04-NQ/TW on the Party, 06-NQ/TW on
  // integration), which the words around choose between.
  const party = c.style === 'party' || (c.style === 'number-only' && pool.some((e) => /\/TW$/u.test(e.record.symbol))) || c.named?.kind === 'plenum';
  // A kind and number with the issuer written ("Thủ tướng Chính phủ đã ban hành Chỉ thị số 23 chỉ đạo mở cuộc tổng rà
  // soát trong 2 năm 2014-2015"): the words around choose among that issuer's documents of the number the corpus holds,
  // rather than the latest (fifty-seventh outside probe: the directive of 2013 became that of 2021 once the corpus held it).
  const issued = c.style === 'number-only' && !!c.issuer;
  if (provinceKnown && (party || issued)) return { entry: pick, certainty: 'probable', candidates, alternatives: pool };
  // A bare state number the corpus holds several of: the words around may still name one ("… ở cơ quan hành chính, đơn vị
  // sự nghiệp theo Nghị định 04" is the 04/2015/NĐ-CP on democracy there, not the 04/2019/NĐ-CP on official cars the
  // report's date picks; hundred-and-ninety-eighth outside probe), for the words only.
  if (provinceKnown && c.style === 'number-only' && pool.length > 1) return { entry: pick, certainty: 'probable', candidates, alternatives: pool, wordsOnly: true };
  return { entry: pick, certainty: 'probable', candidates };
}

const HALF_AGREES = 0.5;
// Content words of a record's subject in a row that name it, written beside a number.
const SUBJECT_RUN = 3;

/** A plenum's resolutions by date, a date known only in part equal to the full dates it begins; then by number. */
function sessionOrder(a: DirectiveRecord, b: DirectiveRecord): number {
  const x = a.date ?? '';
  const y = b.date ?? '';
  const n = Math.min(x.length, y.length);
  const byDate = n === 0 ? 0 : x.slice(0, n) < y.slice(0, n) ? -1 : x.slice(0, n) > y.slice(0, n) ? 1 : 0;
  return byDate || +a.number - +b.number;
}

// A state number without its year restarts every year ("57/NQ-CP" is a resolution of each year), so the one record of
// it the corpus holds, years before the report, is only probably the one meant when nothing else is written: "Nghị quyết
// số 57/NQ-CP" in an article of 2025 on innovation is a slip for 57-NQ/TW, not the Government's resolution of 2009
// (hundred-and-forty-eighth outside probe), and an exact match would let rules speak on that document.
const YEARLESS_REACH = 5;

/** Whether a citation by a yearless state number, with no date or subject, meets its one record from far back. */
function farYearless(c: Citation, r: DirectiveRecord, reportDate: IsoDate): boolean {
  if (c.style !== 'state' || c.idYear !== null || c.date || c.subject) return false;
  const y = Number((r.date ?? '').slice(0, 4));
  return y > 0 && Number(reportDate.slice(0, 4)) - y > YEARLESS_REACH;
}

/**
 * Whether a number the text gives alone, with no day of its own, has only documents issued after the text's own date: none
 * of them is meant ("Nghị quyết số 174" in an item of 29/10/2023 is not the Assembly's 174/2024/QH15; fortieth session's
 * probe 386). A day written with it, or a report dated by today or a banner, says nothing of the kind.
 */
function afterTheText(c: Citation, ctx: ResolveContext, pool: readonly DirectiveEntry[]): boolean {
  if (!ctx.ownDate || c.date || !(c.style === 'number-only' || (c.style === 'state' && c.idYear === null))) return false;
  return pool.every((e) => !!e.record.date && e.record.date.slice(0, 10) > ctx.reportDate);
}

/**
 * Whether a citation with nothing but a subject to say which document — a number without its symbol or year, or a Party
 * id of which the corpus holds `known` documents, several — has a subject the record does not bear out.
 *
 * A number without its symbol or year ("Nghị quyết 24 của Bộ Chính trị", "Nghị quyết số 29") names one of each term's or
 * year's documents of that number, of which the corpus may hold another's only: "Nghị quyết 24 của Bộ Chính trị về chiến
 * lược quốc phòng Việt Nam" (of 2018) shares "quốc phòng" and "Nam" with the 24-NQ/TW of 2022 on the Đông Nam Bộ region,
 * and an exact match had told a correct "Sơ kết 5 năm" that the resolution was a year old; "Nghị Quyết số 29 về Chiến lược
 * bảo vệ Tổ quốc trên không gian mạng" in an undated item had been matched, exact, to the Assembly's 29/2026/QH16, known by
 * number only (two hundred and fifty-seventh outside probe). A Party id the corpus holds several documents of, the others
 * ruled out by a subject that is not the one left's either: "Chỉ thị số 20-CT/TW của Ban Bí thư về nâng cao chất lượng,
 * hiệu quả công tác xuất bản, phát hành sách lý luận, chính trị" (of 2003) shares a quarter of its words with the 2008
 * directive on the collective economy; it had been taken for that one, exactly (two hundred and sixty-fourth).
 */
function halfSubject(c: Citation, r: DirectiveRecord, known: number): boolean {
  if (!c.subject || c.date || c.term || c.idYear !== null) return false;
  const agreement = subjectAgreement(c.subject.text, r);
  // A Party id written in full is the surer: only a subject at the border of another document's (a quarter of its words)
  // leaves it in doubt. A news sentence often runs on past the title, and a third of its words is then the title's.
  if (c.style === 'party') return known > 1 && agreement !== null && agreement <= OTHER_BELOW;
  if (c.style !== 'number-only') return false;
  // Neither most of what is written is the record's, nor half of the record's subject is written, nor three of its words
  // in a row ("Chỉ thị 15 về thúc đẩy ngoại giao kinh tế của Ban Bí thư một cách tích cực, bài bản" runs on past the
  // title of the 15-CT/TW of 2022, "về công tác ngoại giao kinh tế phục vụ phát triển đất nước").
  if (agreement !== null) return agreement < SAME_FROM && (recordCoverage(c.subject.text, r) ?? 0) < HALF_AGREES && sharedRun(c.subject.text, r) < SUBJECT_RUN;
  // No words of the record to weigh: a subject long enough to be weighed says what the record cannot confirm.
  return !r.subject && !r.name && !r.aliases?.length && weighable(c.subject.text);
}

/** Whether a record's full date has the day and month written (true when it has no full date to contradict). */
export function sameDayMonth(d: { day: number; month: number }, recordDate: string | undefined): boolean {
  if (!recordDate || recordDate.length !== 10) return true;
  return +recordDate.slice(5, 7) === d.month && +recordDate.slice(8, 10) === d.day;
}

/** Whether a folded subject names this kind and name whole ("luat viec lam", not inside "luat viec lamx"). */
function carriedOut(subject: string, name: string): boolean {
  const want = foldName(name);
  for (let at = subject.indexOf(want); at >= 0; at = subject.indexOf(want, at + 1)) {
    const after = subject.charCodeAt(at + want.length);
    if ((at === 0 || subject[at - 1] === ' ') && !(after >= 97 && after <= 122)) return true;
  }
  return false;
}

/** Whether a citation dated `iso` can be the record, given how its kind of number restarts. */
function sameNumberingPeriod(c: Citation, r: DirectiveRecord, iso: string, terms: TermRecord[]): boolean {
  const party = c.style === 'party' || (c.style === 'number-only' && /\/(?:TW|HNTW)$/.test(r.symbol));
  const of = (d: string) => centralTermsNear(d, terms);
  if (!r.date || r.date.length < 4) {
    // A record known by its term only ("12-NQ/TW", khóa XI, its day unverified): a citation dated in
    // another term is another document (tenth outside probe: 12-NQ/TW of 16/3/2022 had resolved to it).
    if (!party || !r.term) return true;
    const a = of(iso);
    return a.length === 0 ? !beforeKnownTerms(iso, terms) : a.includes(r.term);
  }
  // A state number without its year ("Nghị định số 61 ngày 16/8/2023"): the numbers restart every year
  // (twenty-fourth outside probe: it had become 61/2025/NĐ-CP, the only decree 61 the corpus had).
  // The record's own day and month in another year, with its subject, is a slip of the year, as for Party ids below:
  // "Quyết định 150/QĐ-TTg ngày 28/1/2021 … phê duyệt Chiến lược phát triển nông nghiệp và nông thôn bền vững" is the
  // decision of 28/1/2022 (hundred-and-seventy-eighth outside probe: told only "check the year").
  if ((c.style === 'state' || (c.style === 'number-only' && !party)) && c.idYear === null) return r.date.slice(0, 4) === iso.slice(0, 4) || daySlip(c, r, iso);
  if (party) {
    const a = of(iso);
    // A record known by its year only ("2003") still has its term.
    if (r.date.length < 10) return !r.term || a.length === 0 || a.includes(r.term);
    // The record's own day and month in another term's year, with the record's subject, is a slip of the year: "Nghị
    // quyết số 33-NQ/TW, ngày 28/9/2023 của Bộ Chính trị về chiến lược bảo vệ biên giới quốc gia" is the resolution of
    // 28/9/2018 (ninetieth outside probe: told "probably another document of that number"). Not without the subject:
    // the Secretariat issued a 42-CT/TW on 24/3/2015 (youth) and another on 24/3/2020 (natural disasters).
    if (daySlip(c, r, iso)) return true;
    const b = of(r.date);
    if (a.length > 0 && b.length > 0) return a.some((x) => b.includes(x));
    // A date before the first term the corpus knows (khóa VII, 1991) is of a term of its own: "nghị quyết số 20-NQ/TW ngày
    // 20 tháng 9 năm 1979" (khóa IV) is not the 20-NQ/TW of 2022 (forty-eighth session's probe 456: the hover named that
    // one). Two such dates are one term's when no more than a term's five years apart.
    if (beforeKnownTerms(iso, terms) !== beforeKnownTerms(r.date, terms)) return false;
    return a.length > 0 || b.length > 0 || Math.abs(Number(iso.slice(0, 4)) - Number(r.date.slice(0, 4))) <= 5;
  }
  return true;
}

const firstTermStart = new WeakMap<TermRecord[], string | null>();

/** Whether a date is before the first Central Committee term the corpus has (its start found once per term list). */
function beforeKnownTerms(iso: string, terms: TermRecord[]): boolean {
  let first = firstTermStart.get(terms);
  if (first === undefined) {
    first = null;
    for (const t of terms) if (t.body === 'party-central' && (first === null || t.start < first)) first = t.start;
    firstTermStart.set(terms, first);
  }
  return first !== null && iso < first;
}

const termsNear = new WeakMap<TermRecord[], Map<string, readonly string[]>>();

/**
 * The Central Committee terms of a date, with a week's overlap around a congress as for terms in citations. Asked for
 * every candidate record of every dated Party citation, of a few hundred distinct dates: remembered per term list.
 */
function centralTermsNear(iso: string, terms: TermRecord[]): readonly string[] {
  let byDate = termsNear.get(terms);
  if (!byDate) termsNear.set(terms, (byDate = new Map()));
  let out = byDate.get(iso);
  if (!out) {
    if (byDate.size >= 4096) byDate.clear();
    byDate.set(iso, (out = terms.filter((t) => t.body === 'party-central' && inTerm(t, iso, 7)).map((t) => t.term)));
  }
  return out;
}

/** Whether the full date `iso` has the record's full day and month (its year may be another). */
function ownDayMonth(r: DirectiveRecord, iso: string): boolean {
  return !!r.date && r.date.length === 10 && iso.length === 10 && iso.slice(4) === r.date.slice(4);
}

/** Whether `iso` is the record's full date with one digit of its year typed wrong ("2018" for "2008"). */
function yearDigitSlip(r: DirectiveRecord, iso: string): boolean {
  if (!ownDayMonth(r, iso)) return false;
  let diff = 0;
  for (let i = 0; i < 4; i++) if (iso[i] !== r.date![i]) diff++;
  return diff === 1;
}

/** The record's full day and month written in another year, with a subject that agrees: a slip of the year. */
function daySlip(c: Citation, r: DirectiveRecord, iso: string): boolean {
  return ownDayMonth(r, iso) && !!c.subject && (subjectAgreement(c.subject.text, r) ?? 0) >= SAME_FROM && !subjectNamesWrittenYear(c, r, iso);
}

/**
 * Whether the subject written names the year of the date written and not the record's: no slip of the year then. The
 * Government's yearly "Nghị quyết số 01/NQ-CP ngày 01 tháng 01 năm 2019 … Kế hoạch phát triển kinh tế - xã hội và Dự toán
 * ngân sách nhà nước năm 2019" is that year's resolution, issued on 1 January as the one of 2021 the corpus holds (round 135
 * made it a slip of the year, told as a wrong date).
 */
function subjectNamesWrittenYear(c: Citation, r: DirectiveRecord, iso: string): boolean {
  const text = c.subject?.text;
  if (!text || !r.date || !text.includes(iso.slice(0, 4))) return false;
  // Only a year the subject is of ("… năm 2019"), not a period's start or a horizon ("giai đoạn 2021-2030, tầm nhìn đến năm
  // 2050": the strategy of 28/1/2022 written "28/1/2021" is still a slip; probe 178).
  const years = new Set<string>();
  for (const m of text.matchAll(SUBJECT_YEAR)) years.add(m[1]!);
  return years.has(iso.slice(0, 4)) && !years.has(r.date.slice(0, 4));
}
const SUBJECT_YEAR = /(?<!đến\s{1,2})năm\s{1,2}((?:19|20)\d\d)(?!\s{0,2}[-–]\s{0,2}\d)/gu;

function placeOfWritten(written: string): string | null {
  const m = PROVINCE_OF_COMMITTEE.exec(written);
  return m ? fold(m[1]!) : null;
}
