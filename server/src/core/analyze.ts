// The one entry point of checking: text, corpus index, options and today in; findings out.
//
// A report is read and judged block by block (paragraphs; blocks.ts), and every block's reading,
// resolutions and findings are kept in an `AnalysisCache` keyed by the block's text and by what
// the report around it says that the block's rules may see (the report's date and province, the
// header, the sections it stands in). Analysing the next version of a document with the same
// cache re-reads and re-judges only the blocks whose text or context changed; rules that weigh
// blocks against each other (rules/rule.ts: CollectingRule) judge the kept facts again, and the
// few document rules run again. A full analysis is the same function with an empty cache, so
// the incremental result is the full result by construction (test/core/incremental.test.ts
// drives random edits through both).

import { BLOCK_SIZES, splitBlocks, type Block, type BlockSizes } from './blocks';
import { Earlier, linksWithin, outsideKey, resolveAll } from './corpus/antecedent';
import { chooseByContext } from './corpus/context-choice';
import { inferredChoice, resolutionAsOf, writtenDates, type WrittenDates } from './written-time';
import { CARRIES_OUT, foldName, type CorpusIndex, type DirectiveEntry, type Resolution } from './corpus/corpus-index';
import { fold } from './text/normalize';
import type { Citation } from './extract/citations';
import { canonicalText, readBlock, readHeader, type Reading } from './extract/reading';
import { HEADER_LIMIT, reportDateOf, type ReportDateSource, type ReportHeader } from './extract/header';
import { provinceInHeader, provinceOutsideBody, provinceTally, type ProvinceTally } from './extract/scope';
import { sectionEnds, type Section } from './extract/sections';
import { detached } from './text/detached';
import { LineMap } from './text/lines';
import type { ResolvedOptions } from './options';
import { RULES } from './rules/index';
import { mergeRepeats } from './rules/util/repeats';
import type { BlockFacts, DocumentContext, Rule, RuleContext, RuleFinding } from './rules/rule';
import { shifted, shiftedFinding } from './shift';
import { applySuppressions, SUPPRESSION_MARK } from './suppress';
import type { Finding, IsoDate, Severity, Span } from './types';

export interface Analysis {
  /** The whole report's reading (assembled from the blocks' on first use). */
  readonly reading: Reading;
  /** The date the report speaks from, and where it came from. */
  reportDate: IsoDate;
  reportDateSource: ReportDateSource;
  province: string | null;
  /** Resolution of each citation (same order as reading.citations), null when unknown. */
  readonly resolutions: (Resolution | null)[];
  findings: Finding[];
}

/** A block's reading, kept by its text, with its judgements kept by their context. */
interface ReadBlock {
  reading: Reading;
  /** The places it names, counted when the header does not name the province. */
  provinces: ProvinceTally | null;
  /** Judgements used by the latest analysis, by context (a paragraph written twice may have two). */
  judged: Map<string, JudgedBlock>;
  /** Those of the analysis before, while this one looks them up. */
  before: Map<string, JudgedBlock> | null;
  /** The analysis that last touched `judged`. */
  generation: number;
  /** Whether the block holds a disable comment's word (blocks end at blank lines: none is cut). */
  marked: boolean;
  /** The latest date of a document it cites, as resolved for a report of no date (latestCitedOf). */
  cited?: { corpus: CorpusIndex; key: string; date: IsoDate | null };
  /** The same, resolved as of today, for the date a text of no date is taken to speak from. */
  citedToday?: { corpus: CorpusIndex; key: string; date: IsoDate | null };
  /** Its latest dates written in the text, not after `until` (writtenDates). */
  dated?: { until: IsoDate; dates: WrittenDates };
}

/** A block of the latest analysis: its text, where the report's own number stood in it, its key. */
interface PlacedBlock {
  text: string;
  ownHere: number;
  key: string;
  read: ReadBlock;
}

/** What the rules found in a block, kept by its text and context. */
interface JudgedBlock {
  resolutions: (Resolution | null)[];
  /** Findings of the block rules, with code and severity, in the block's offsets. */
  findings: Finding[];
  /** Facts of each collecting rule, by rule code. */
  facts: Map<string, unknown>;
  /** The findings moved to the block's last offset, and that offset. */
  placed: Finding[] | null;
  placedAt: number;
}

/**
 * What one document's analyses keep between versions. Give the same cache to the analyses of one
 * document (the server keeps one per open document); a new cache is a full analysis. Entries not
 * used by the latest analysis are dropped, so the cache holds about one version's blocks.
 */
export class AnalysisCache {
  /** How the text is cut into blocks: tests cut at every paragraph to show it does not matter. */
  constructor(readonly sizes: BlockSizes = BLOCK_SIZES) {}
  private corpus: CorpusIndex | null = null;
  private options: ResolvedOptions | null = null;
  readings = new Map<string, ReadBlock>();
  /** The latest analysis's blocks by their start, and that text's length (see `analyze`). */
  placed = new Map<number, PlacedBlock>();
  length = 0;
  generation = 0;
  header: { prefix: string; header: ReportHeader } | null = null;
  /** What the latest analysis did: blocks in all, blocks read again, blocks judged again. */
  readonly last = { blocks: 0, read: 0, judged: 0 };
  /**
   * Each citation's resolution in a kept block, for the report date and province of `resolvedFor`:
   * a resolution depends on nothing else (the citation, its block's text, the corpus), and a
   * re-check asked again for the ones a short reference finds after it (a tenth of its time).
   */
  resolved = new WeakMap<Citation, Resolution | null>();
  resolvedFor = '';
  /** For a text with no date of its own, the resolutions as of the date it is taken to speak from (`resolvedAsOf`). */
  resolvedInferred = new WeakMap<Citation, Resolution | null>();
  resolvedAsOf = '';

  /** Drop the judgements when the corpus or the options changed (readings do not depend on them). */
  prepare(corpus: CorpusIndex, options: ResolvedOptions): void {
    if (this.corpus !== corpus || this.options !== options) {
      for (const r of this.readings.values()) r.judged = new Map();
      this.resolved = new WeakMap();
      this.resolvedInferred = new WeakMap();
      this.corpus = corpus;
      this.options = options;
    }
  }
}

const CONTEXT_SEP = '\u0000';
// The report dates that are the text's own day (ResolveContext.ownDate); not today's, nor a site's banner.
const OWN_DATE_SOURCES: ReadonlySet<ReportDateSource> = new Set(['header', 'option', 'dateline', 'lead']);

/** A block's reading, nothing judged yet. */
function newRead(t: string, ownHere: number): ReadBlock {
  return { reading: readBlock(t, ownHere), provinces: null, judged: new Map(), before: null, generation: 0, marked: t.includes(SUPPRESSION_MARK) };
}

/**
 * `p` when it is the block `b` of `text`: the same length, the same characters, own number alike.
 * Compared as `slice === text`, which V8 does as one memory comparison (startsWith went character by
 * character, slower than the hashing it was to save).
 */
function samePlaced(p: PlacedBlock | undefined, text: string, b: Block, ownHere: number): PlacedBlock | undefined {
  return p && p.ownHere === ownHere && p.text.length === b.end - b.start && text.slice(b.start, b.end) === p.text ? p : undefined;
}

export function analyze(text: string, corpus: CorpusIndex, options: ResolvedOptions, today: IsoDate, given?: AnalysisCache): Analysis {
  // Without a cache nothing is kept for a next version (the CLI, a one-off check): blocks are not
  // keyed by their text and context, which would only cost hashing the whole text.
  const keep = given !== undefined;
  const cache = given ?? new AnalysisCache();
  cache.prepare(corpus, options);
  const blocks = splitBlocks(text, cache.sizes);
  const header = headerOf(text, blocks, cache);
  const own = header.number ? header.number.span.start : -1;

  const fresh = { blocks: blocks.length, read: 0, judged: 0 };
  // 1. Read each block (kept by its text). A block the latest analysis had at the same place, or
  // moved by the length the text changed, is compared with that block's text: hashing every
  // block's text to look it up was a tenth of a re-check.
  const readings = new Map<string, ReadBlock>();
  const placed = new Map<number, PlacedBlock>();
  const moved = text.length - cache.length;
  const read: ReadBlock[] = [];
  for (const b of blocks) {
    const ownHere = own >= b.start && own < b.end ? own - b.start : -1;
    if (!keep) {
      read.push(newRead(text.slice(b.start, b.end), ownHere));
      fresh.read++;
      continue;
    }
    let at = samePlaced(cache.placed.get(b.start), text, b, ownHere) ?? samePlaced(cache.placed.get(b.start - moved), text, b, ownHere);
    if (!at) {
      // Kept across versions: a copy, not a view that would keep this whole version alive.
      const t = detached(text.slice(b.start, b.end));
      const key = ownHere < 0 ? t : `${t}${CONTEXT_SEP}${ownHere}`;
      let r = readings.get(key) ?? cache.readings.get(key);
      if (!r) {
        r = newRead(t, ownHere);
        fresh.read++;
      }
      at = { text: t, ownHere, key, read: r };
    }
    readings.set(at.key, at.read);
    placed.set(b.start, at);
    read.push(at.read);
  }
  cache.readings = readings;
  cache.placed = placed;
  cache.length = text.length;

  // 2. What the report says of itself.
  const { date: reportDate, source: reportDateSource } = reportDateOf(header, options.reportDate, today);
  // The corpus's province names are asked for only when the header's body does not name one.
  const province =
    provinceInHeader(text, header) ??
    provinceOutsideBody(header, () => read.map((r) => (r.provinces ??= provinceTally(r.reading.nt.text))), corpus.provinceTest());
  const sections = assembleSections(text, blocks, read);
  // A citation of a block's text resolved, the words around it choosing among documents of one id: as of the report's
  // date (today, for a text with no date of its own), kept across analyses while that date and the province stay.
  const subject = header.subject ? foldName(header.subject.text) : null;
  const carriesOut = subject && CARRIES_OUT.test(subject) ? subject : null;
  const todayContext = { reportDate, province, ownDate: OWN_DATE_SOURCES.has(reportDateSource), ...(carriesOut ? { carriesOut } : {}) };
  // A law's own text names itself: "Quốc hội ban hành Luật Việc làm." under "Luật số: 74/2025/QH15" is that law, not the one
  // of 2013 it replaces (three hundred and twelfth and sixteenth outside probes: the law before it was taken).
  const ownLawEntry = ownLaw(header, corpus);
  const todayFor = `${reportDate}${CONTEXT_SEP}${todayContext.ownDate ? 1 : 0}${CONTEXT_SEP}${province ?? ''}${CONTEXT_SEP}${ownLawEntry?.key ?? ''}${CONTEXT_SEP}${carriesOut ?? ''}`;
  if (cache.resolvedFor !== todayFor) {
    cache.resolved = new WeakMap();
    cache.resolvedFor = todayFor;
  }
  const todayMemo = cache.resolved;
  const resolveToday = (c: Citation, text: string): Resolution | null => {
    let r = todayMemo.get(c);
    if (r === undefined) todayMemo.set(c, (r = (ownLawEntry && itself(c, ownLawEntry)) || chooseByContext(corpus.resolve(c, todayContext), c, text, reportDate)));
    return r;
  };
  // A text with no date of its own is taken, for choosing among documents of one number, to speak from a year after the
  // latest past date it writes (written-time.ts), not from today: a news item of 2020 on congresses means the directive
  // of 2019, not the one of 2024. (Not from the documents it cites: a text of 2024 may cite only a resolution of 2018.)
  // It is no earlier than the documents it cites for sure, though: a text citing "Quy định số 41-QĐ/TW" (of 3/11/2021) and
  // the 2009 regulation it replaced is of 2021 or later, and its "Căn cứ Điều lệ Đảng" the charter of 2011, not of 2006
  // (two hundred and thirty-third outside probe).
  const citedByToday = () => latestCitedOf(read, corpus, `${reportDate}${CONTEXT_SEP}${province ?? ''}`, reportDate, resolveToday, 'citedToday');
  const undated = reportDateSource === 'today';
  const past = undated ? latestOf(read, reportDate, 'past') : null;
  const cited = undated ? citedByToday() : null;
  const asOf = undated ? (later(resolutionAsOf(past, reportDate), cited) ?? reportDate) : reportDate;
  // Laws named without their year: the latest passed by the time the text speaks of — the end of its latest past day or
  // month — not a year on (ResolveContext.lawsAsOf).
  const lawsAsOf = asOf !== reportDate && past ? later(latestOf(read, reportDate, 'pastEnd'), cited) : null;
  const resolvedFor = `${asOf}${CONTEXT_SEP}${lawsAsOf ?? ''}${CONTEXT_SEP}${province ?? ''}${CONTEXT_SEP}${ownLawEntry?.key ?? ''}${CONTEXT_SEP}${carriesOut ?? ''}`;
  let resolveIn = resolveToday;
  if (asOf !== reportDate) {
    if (cache.resolvedAsOf !== resolvedFor) {
      cache.resolvedInferred = new WeakMap();
      cache.resolvedAsOf = resolvedFor;
    }
    const memo = cache.resolvedInferred;
    const asOfContext = { reportDate: asOf, province, ...(lawsAsOf ? { lawsAsOf } : {}), ...(carriesOut ? { carriesOut } : {}) };
    resolveIn = (c, text) => {
      let r = memo.get(c);
      if (r === undefined) memo.set(c, (r = (ownLawEntry && itself(c, ownLawEntry)) || inferredChoice(chooseByContext(corpus.resolve(c, asOfContext), c, text, asOf), resolveToday(c, text), c)));
      return r;
    };
  }
  const leadDate = reportDateSource === 'today' ? leadDateOf(blocks, read) : null;
  const latestDate = reportDateSource === 'today' ? later(latestOf(read, reportDate, 'any'), latestCitedOf(read, corpus, resolvedFor, reportDate, resolveIn)) : null;
  // Whether a text with no date of its own gives a day without its year anywhere ("Ngày 27/9, …"): a news item of some year.
  const yearlessDay = reportDateSource === 'today' && read.some((r) => r.reading.dates.some((d) => d.year === null));
  const context = [reportDate, reportDateSource, province ?? '', today, headerKey(header), leadDate ?? '', latestDate ?? '', asOf, yearlessDay ? 'y' : ''].join(CONTEXT_SEP);

  // 3. Judge each block (kept by its text and the context its rules see).
  const enabled = RULES.filter((r) => options.rules[r.code]?.enabled !== false);
  const parts: JudgedBlock[] = [];
  const open = sectionCursor(sections);
  const generation = ++cache.generation;
  // Citations with an id in the blocks before, for short references ("Nghị quyết 25") to point at
  // (or, with none before, the first after).
  const earlier = new Earlier(
    read.map((r) => r.reading.citations),
    (c, k) => resolveIn(c, read[k]!.reading.nt.original),
  );
  blocks.forEach((b, k) => {
    const inBlock = open(b);
    const blockSections = inBlock.map((s) => clipSection(s, b));
    const citations = read[k]!.reading.citations;
    // The block's text is the reading's key: here only what the report around it says.
    const key = keep ? `${context}${CONTEXT_SEP}${overlapKey(header, b)}${CONTEXT_SEP}${sectionsKey(blockSections)}${CONTEXT_SEP}${outsideKey(citations, earlier)}` : '';
    const rb = read[k]!;
    if (rb.generation !== generation) {
      rb.before = rb.judged;
      rb.judged = new Map();
      rb.generation = generation;
    }
    let j = keep ? (rb.judged.get(key) ?? rb.before!.get(key)) : undefined;
    if (!j) {
      const r = read[k]!.reading;
      const reading: Reading = { ...r, header: shifted(header, -b.start), sections: blockSections };
      const resolutions = linksWithin(reading.citations, resolveAll(reading.citations, (c) => resolveIn(c, r.nt.original), earlier, r.nt.original), r.nt.original);
      // The block's text as read (kept judgements' closures hold the context: not a view of this version).
      const ctx: RuleContext = { text: r.nt.original, reading, corpus, options, reportDate, today, province, resolutions, reportDateSource, leadDate, latestDate, yearlessDay };
      j = { resolutions, findings: [], facts: new Map(), placed: null, placedAt: 0 };
      fresh.judged++;
      for (const rule of enabled) {
        if (rule.scope === 'document') continue;
        if (rule.scope === 'collect') j.facts.set(rule.code, rule.collect(ctx));
        else for (const f of rule.run(ctx)) j.findings.push(stamped(rule, f, options));
      }
    }
    if (keep) rb.judged.set(key, j);
    parts.push(j);
    earlier.remember(citations, j.resolutions);
  });
  for (const rb of read) rb.before = null;
  Object.assign(cache.last, fresh);

  // 4. The report's findings: the blocks', then the collecting and document rules'.
  const findings: Finding[] = [];
  blocks.forEach((b, k) => {
    const j = parts[k]!;
    if (j.findings.length === 0) return;
    if (!j.placed || j.placedAt !== b.start) {
      j.placed = j.findings.map((f) => shiftedFinding(f, b.start));
      j.placedAt = b.start;
    }
    for (const f of j.placed) findings.push(f);
  });
  let lines: LineMap | null = null;
  const lineAt = (o: number) => (lines ??= new LineMap(text)).position(o).line + 1;
  const doc: DocumentContext = { text, corpus, options, reportDate, reportDateSource, today, province, header, sections, lineAt };
  const whole = lazyReading(text, header, sections, blocks, read);
  let resolutions: (Resolution | null)[] | null = null;
  const allResolutions = () => (resolutions ??= parts.flatMap((j) => j.resolutions));
  for (const rule of enabled) {
    if (rule.scope === 'collect') {
      const facts: BlockFacts<unknown>[] = blocks.map((b, k) => ({ offset: b.start, facts: parts[k]!.facts.get(rule.code) }));
      for (const f of rule.judge(facts, doc)) findings.push(stamped(rule, f, options));
    } else if (rule.scope === 'document') {
      const ctx: RuleContext = { text, reading: whole, corpus, options, reportDate, today, province, get resolutions() { return allResolutions(); }, reportDateSource, leadDate, latestDate, yearlessDay };
      for (const f of rule.run(ctx)) findings.push(stamped(rule, f, options));
    }
  }
  // Rule codes are ASCII: compared by code unit (localeCompare asked ICU for each tie, and the
  // report's two thousand findings made it a tenth of a re-check's own work).
  findings.sort((a, b) => a.span.start - b.span.start || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  return {
    reading: whole,
    reportDate,
    reportDateSource,
    province,
    get resolutions() {
      return allResolutions();
    },
    // Suppressions first: a comment that silences the first mention leaves the others to speak.
    findings: mergeRepeats(read.some((r) => r.marked) ? applySuppressions(text, findings) : findings),
  };
}

/**
 * A rule's finding given its rule's code and its severity, in place: what `run` and `judge` return
 * is theirs to give (kept findings are handed out as copies, shift.ts; a finding citation-unknown
 * hands out again unchanged gets the same code and severity again).
 */
function stamped(rule: Rule, f: RuleFinding, options: ResolvedOptions): Finding {
  const out = f as Finding;
  const severity = severityOf(rule.defaultSeverity, f.severity, options.rules[rule.code]?.severity ?? null);
  out.code = rule.code;
  out.severity = severity;
  return out;
}

/**
 * The header, read from the blocks that hold the first HEADER_LIMIT characters (and some more:
 * the canonical text may be shorter than the original), kept while that prefix is unchanged.
 */
function headerOf(text: string, blocks: readonly Block[], cache: AnalysisCache): ReportHeader {
  let end = 0;
  for (const b of blocks) {
    end = b.end;
    if (end >= 2 * HEADER_LIMIT) break;
  }
  const piece = text.slice(0, end);
  if (cache.header?.prefix === piece) return cache.header.header;
  // Kept in the cache, and the header's strings are pieces of it: a copy, not a view of this version.
  const prefix = detached(piece);
  const header = readHeader(prefix);
  cache.header = { prefix, header };
  return header;
}

/**
 * What block rules read of the header besides where its parts lie (overlapKey): the kind line
 * (date-future). The date line reaches them as the report's date, the issuing body as its
 * province (both in the context). Its subject and the rest are for collecting and document
 * rules, so typing in the title does not judge the whole report again.
 */
// How far the opening lines of a text reach: a news item's headline and lead.
const LEAD_LIMIT = 1200;

/** The first full date of the text's opening lines outside citations (RuleContext.leadDate). */
function leadDateOf(blocks: readonly Block[], read: readonly ReadBlock[]): IsoDate | null {
  for (let k = 0; k < blocks.length && blocks[k]!.start < LEAD_LIMIT; k++) {
    const { dates, citations } = read[k]!.reading;
    for (const d of dates) {
      if (blocks[k]!.start + d.span.start >= LEAD_LIMIT) break;
      if (!d.iso || d.problem || citations.some((c) => d.span.start >= c.fullSpan.start && d.span.end <= c.fullSpan.end)) continue;
      return d.iso;
    }
  }
  return null;
}

/**
 * The latest date, not after `until`, of a document the text cites by its id or name, as the corpus
 * dates it (exact resolutions only): a report with no date line that cites Kết luận 01-KL/TW (of
 * 18/5/2021) was written after it. Kept with each block's reading for the context it was worked out in.
 */
function latestCitedOf(read: readonly ReadBlock[], corpus: CorpusIndex, key: string, until: IsoDate, resolve: (c: Citation, text: string) => Resolution | null, slot: 'cited' | 'citedToday' = 'cited'): IsoDate | null {
  let latest: IsoDate | null = null;
  for (const r of read) {
    const kept = r[slot];
    if (kept?.corpus !== corpus || kept.key !== key) {
      let date: IsoDate | null = null;
      for (const c of r.reading.citations) {
        if (!c.id && c.style !== 'named') continue;
        // A law named without its year resolves to the one in force on the report's date — today, for a
        // text with no date: no evidence of the text's own time (a 2019 resolution citing "Luật Thanh tra"
        // was taken for a text of 2025, after the law of that year, and told a ministry was gone).
        // An amending law whose title lists the laws it amends is the one law of that title, whatever the day: it is
        // evidence ("Quốc hội đã thông qua Luật sửa đổi, bổ sung một số điều của Luật Mặt trận Tổ quốc Việt Nam, Luật Công
        // đoàn, Luật Thanh niên, …" is of 2025 or later; two hundred and fifty-ninth outside probe: "Hiến pháp năm 2013" had
        // made it a text of 2014, and the laws it amends those in force then).
        if (c.named?.kind === 'law' && !c.named.year && !c.date && !c.named.amendedOn && !c.named.citedOn && !AMENDS_SEVERAL.test(c.name?.text ?? '')) continue;
        // Nor the Party's charter or platform without theirs: today's is the latest version ("Căn cứ Điều lệ Đảng" in a
        // working rule of 2006 would make it a text of 2011 or later).
        if ((c.named?.kind === 'charter' || c.named?.kind === 'platform') && !c.named.year) continue;
        const res = resolve(c, r.reading.nt.original);
        const d = res?.certainty === 'exact' ? res.entry.record.date : undefined;
        if (d && d.length === 10 && d <= until && (date === null || d > date)) date = d;
      }
      r[slot] = { corpus, key, date };
    }
    latest = later(latest, r[slot]!.date);
  }
  return latest;
}

// "sửa đổi, bổ sung một số điều của Luật A, Luật B …": an amending law's title naming two laws or more.
const AMENDS_SEVERAL = /^sửa đổi,? bổ sung\b.*\b(?:Bộ )?[Ll]uật .+,\s*(?:và\s+)?(?:Bộ )?[Ll]uật /u;

function later(a: IsoDate | null, b: IsoDate | null): IsoDate | null {
  return a === null ? b : b === null || a >= b ? a : b;
}

/** The latest date the blocks write (`any`) or their latest past date (`past`), not after `until` (writtenDates). */
function latestOf(read: readonly ReadBlock[], until: IsoDate, which: keyof WrittenDates): IsoDate | null {
  let latest: IsoDate | null = null;
  for (const r of read) {
    // Kept with the block: an edit re-reads one paragraph, and the scan of every other was a tenth of
    // a re-check.
    if (r.dated?.until !== until) r.dated = { until, dates: writtenDates(r.reading, until) };
    latest = later(latest, r.dated.dates[which]);
  }
  return latest;
}

function headerKey(h: ReportHeader): string {
  return h.kind?.text ?? '';
}

/** Where the header's parts lie in a block that holds some of them (block rules skip them). */
function overlapKey(h: ReportHeader, b: Block): string {
  let out = '';
  for (const part of [h.issuingBody, h.number, h.placeDate, h.kind, h.subject])
    if (part && part.span.end > b.start && part.span.start < b.end) out += `${part.span.start - b.start},${part.span.end - b.start};`;
  return out;
}

function sectionsKey(sections: readonly Section[]): string {
  let out = '';
  for (const s of sections) out += `${s.level}|${s.label}|${s.title}|${s.span.start},${s.span.end}|${s.range.start},${s.range.end};`;
  return out;
}

/** A section as a block sees it: its heading and range cut to the block, in the block's offsets. */
function clipSection(s: Section, b: Block): Section {
  const clip = (x: Span): Span => ({ start: Math.max(x.start, b.start) - b.start, end: Math.max(Math.min(x.end, b.end), b.start) - b.start });
  return { level: s.level, label: s.label, title: s.title, span: clip(s.span), range: clip(s.range) };
}

/** The sections a block stands in, block after block, in order. */
function sectionCursor(sections: readonly Section[]): (b: Block) => Section[] {
  let next = 0;
  let active: Section[] = [];
  return (b) => {
    while (next < sections.length && sections[next]!.range.start < b.end) active.push(sections[next++]!);
    active = active.filter((s) => s.range.end > b.start);
    return active;
  };
}

/**
 * The report's sections: the headings the blocks found, each running to the line before the next
 * heading of the same or a higher level, or to the end.
 */
function assembleSections(text: string, blocks: readonly Block[], read: readonly ReadBlock[]): Section[] {
  const headings: Section[] = [];
  blocks.forEach((b, k) => {
    for (const s of read[k]!.reading.sections) headings.push({ ...s, span: { start: s.span.start + b.start, end: s.span.end + b.start } });
  });
  const ends = sectionEnds(headings.map((h) => ({ level: h.level, ...h.span })), text.length);
  return headings.map((h, i) => ({ ...h, range: { start: h.span.start, end: ends[i]! } }));
}

/** The whole report's reading, each part assembled from the blocks' when first asked for. */
function lazyReading(text: string, header: ReportHeader, sections: Section[], blocks: readonly Block[], read: readonly ReadBlock[]): Reading {
  const gather = <T>(pick: (r: Reading) => readonly T[]) => (): T[] => {
    const out: T[] = [];
    blocks.forEach((b, k) => {
      for (const x of pick(read[k]!.reading)) out.push(shifted(x, b.start));
    });
    return out;
  };
  const parts: { [K in 'nt' | 'citations' | 'dates' | 'ranges' | 'terms' | 'layout']: () => Reading[K] } = {
    nt: () => canonicalText(text).nt,
    citations: gather((r) => r.citations),
    dates: gather((r) => r.dates),
    ranges: gather((r) => r.ranges),
    terms: gather((r) => r.terms),
    layout: gather((r) => r.layout),
  };
  const reading = { header, sections, quiet: [] } as Partial<Reading>;
  for (const [name, make] of Object.entries(parts)) {
    let value: unknown;
    let made = false;
    Object.defineProperty(reading, name, {
      enumerable: true,
      get: () => {
        if (!made) {
          value = make();
          made = true;
        }
        return value;
      },
    });
  }
  return reading as Reading;
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

// A National Assembly's number: a law's own, when its header gives one.
const LAW_OWN_ID = /\/QH1\d$/u;

/** The law whose text this is, when its header's number is a law's the corpus holds under a name. */
function ownLaw(header: ReportHeader, corpus: CorpusIndex): DirectiveEntry | null {
  const id = header.number?.id;
  if (!id || !LAW_OWN_ID.test(id)) return null;
  const held = corpus.byOfficialId(id).filter((e) => e.record.kind === 'Luật' && !!e.record.name);
  return held.length === 1 ? held[0]! : null;
}

/** A law named by the text's own name, without a year, date or number of its own: the text's law itself. */
function itself(c: Citation, own: DirectiveEntry): Resolution | null {
  if (c.style !== 'named' || c.named?.kind !== 'law' || c.kind !== 'Luật' || !c.name || c.named.year || c.date || c.named.amended || c.named.amendment) return null;
  if (fold(c.name.text) !== fold(own.record.name!)) return null;
  return { entry: own, certainty: 'exact', candidates: [own] };
}
