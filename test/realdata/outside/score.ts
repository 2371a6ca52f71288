// Scoring of vanban's reading against the hand labels of the outside evaluation set
// (test/realdata/outside/: documents from public sources other than the seeds and the gazette
// folder, see README.md). Used by `npm run bench -- realtext` (bench/realtext.bench.ts), which
// prints the figures, and by test/core/realdata/outside.test.ts, which holds them as floors.
//
// Matching rule (README.md says the same): a found citation matches a label when it starts on the
// label's line or one line either side (wrapped lines), and
//   - numbered: both normalised ids are equal (NFC, upper case, Latin Ð read as Đ, no spaces), or
//     for a number-only label ("Nghị quyết liên tịch số 102") the found number is the same;
//   - law by name: the found citation is a named law whose kind word agrees (Luật, Bộ luật,
//     Pháp lệnh, Hiến pháp) and whose folded name equals the label's or one begins with the other
//     (a reader may stop a long name earlier or later; "Luật Đất đai" and "Luật Đất đai năm 2024"
//     are the same citation);
//   - Party document by name: same kind (charter, platform, congress, plenum), and the same term,
//     plenum number and level where the label gives them.
// Each found citation matches at most one label. Labels marked `self` (a document's own number in
// its header) are neither counted as misses nor, when found, as false positives.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { LineMap } from '../../../server/src/host/output';
import { analyze, fold, resolveOptions, RULE_CODES, type CorpusIndex, type Citation, type Finding } from '../../../server/src/core/index';

export const OUTSIDE_DIR = __dirname;

/** One hand label: a reference a Vietnamese reader recognises as a citation of a document. */
export interface LabelCitation {
  /** 1-based line where the citation starts (its kind word, or its id when there is none). */
  line: number;
  /** Kind word as written, canonical case ("Nghị quyết", "Thông báo kết luận", "Luật"), or null. */
  kind: string | null;
  /** Official form ("290-QĐ/TW", "30/2020/NĐ-CP"); "#102" for a number-only mention; null for a named document without number. */
  id: string | null;
  /** The date written with the citation, ISO, or null. */
  date: string | null;
  /** The date as written. */
  dateText: string | null;
  /** The issuer as written ("Ban Thường vụ Tỉnh ủy"); alternatives accepted are joined by "||". */
  issuer: string | null;
  /** A document named rather than (or as well as) numbered. */
  named: { kind: 'law' | 'charter' | 'platform' | 'congress' | 'plenum'; name?: string; term?: string | null; plenum?: number | null; level?: 'national' | 'local' } | null;
  /** The document's own number in its header: not a citation, but not a false positive either. */
  self?: boolean;
  note?: string;
}

export interface LabelFile {
  file: string;
  reportDate: string | null;
  labelledBy: string;
  notes: string[];
  citations: LabelCitation[];
}

export interface SourceEntry {
  file: string;
  source: string;
  url?: string;
  repo?: string;
  path?: string;
  commit?: string;
  kind: string;
  date: string | null;
  excerpt: boolean;
  licence: string;
}

/** A miss or a false positive, with where it is, for the verdicts file and for debugging. */
export interface Slip {
  file: string;
  line: number;
  what: string;
}

export interface Score {
  documents: number;
  numbered: { labels: number; found: number; matched: number; falsePositives: Slip[]; misses: Slip[] };
  issuer: { labels: number; right: number; wrong: Slip[] };
  laws: { labels: number; matched: number; misses: Slip[] };
  party: { labels: number; matched: number; misses: Slip[] };
}

export function emptyScore(): Score {
  return {
    documents: 0,
    numbered: { labels: 0, found: 0, matched: 0, falsePositives: [], misses: [] },
    issuer: { labels: 0, right: 0, wrong: [] },
    laws: { labels: 0, matched: 0, misses: [] },
    party: { labels: 0, matched: 0, misses: [] },
  };
}

export function normId(s: string): string {
  return s.normalize('NFC').replace(/\u00d0/g, 'Đ').replace(/\s+/g, '').toUpperCase();
}

// Issuers compare folded, without a leading "của", a trailing term ("khóa XIII": the term is
// scored with terms, not issuers) and a trailing "Đảng" ("Ban Chấp hành Trung ương Đảng" is the
// Central Committee however it is written).
function normIssuer(s: string): string {
  return fold(s)
    .replace(/^cua /, '')
    .replace(/,? ?\(?khoa [ivxlc]+\)?$/, '')
    .replace(/ dang$/, '')
    .trim();
}

const LAW_KINDS = new Map([
  ['luat', 'luat'],
  ['bo luat', 'bo luat'],
  ['phap lenh', 'phap lenh'],
  ['hien phap', 'hien phap'],
]);

/** 1-based line of an offset (the CLI's own line map, as `vanban check` prints lines). */
function lineOf(lines: LineMap, offset: number): number {
  return lines.position(offset).line + 1;
}

interface FoundCitation {
  line: number;
  c: Citation;
  used: boolean;
}

function near(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1;
}

function numberedMatch(l: LabelCitation, f: Citation): boolean {
  if (!l.id) return false;
  if (l.id.startsWith('#')) return f.id === null && f.number !== null && f.number === l.id.slice(1);
  return f.id !== null && normId(f.id) === normId(l.id);
}

function lawMatch(l: LabelCitation, f: Citation): boolean {
  if (f.named?.kind !== 'law' || !l.named?.name) return false;
  const lk = LAW_KINDS.get(fold(l.kind ?? 'Luật'));
  const fk = LAW_KINDS.get(fold(f.kind ?? ''));
  if (lk !== fk) return false;
  if (lk === 'hien phap') return true;
  const a = fold(l.named.name);
  const b = fold(f.name?.text ?? '');
  if (!b) return false;
  return a === b || a.startsWith(b + ' ') || b.startsWith(a + ' ') || a.startsWith(b + ',') || b.startsWith(a + ',');
}

function partyMatch(l: LabelCitation, f: Citation): boolean {
  const n = l.named;
  const g = f.named;
  if (!n || !g || n.kind !== g.kind) return false;
  if (n.term && g.term !== n.term) return false;
  if (n.plenum != null && g.plenum !== n.plenum) return false;
  if (n.kind === 'congress' && (g.level ?? 'national') !== (n.level ?? 'national')) return false;
  return true;
}

/** Scores one document's reading against its labels, adding to `into`. */
export function scoreDocument(file: string, text: string, citations: readonly Citation[], labels: LabelFile, into: Score): void {
  const starts = new LineMap(text);
  const found: FoundCitation[] = citations.map((c) => ({ line: lineOf(starts, c.span.start), c, used: false }));
  const take = (l: LabelCitation, ok: (l: LabelCitation, c: Citation) => boolean): FoundCitation | null => {
    const f = found.find((x) => !x.used && near(x.line, l.line) && ok(l, x.c)) ?? null;
    if (f) f.used = true;
    return f;
  };
  into.documents++;
  // Self labels first, so a document's own number is never counted against the reader.
  for (const l of labels.citations) if (l.self) take(l, numberedMatch);
  let matched = 0;
  for (const l of labels.citations) {
    if (l.self || !l.id) continue;
    into.numbered.labels++;
    const f = take(l, numberedMatch);
    if (!f) {
      into.numbered.misses.push({ file, line: l.line, what: `${l.kind ?? ''} ${l.id}`.trim() });
      continue;
    }
    matched++;
    if (l.issuer) {
      into.issuer.labels++;
      const want = l.issuer.split('||').map(normIssuer);
      const got = f.c.issuer ? [normIssuer(f.c.issuer.written), normIssuer(f.c.issuer.name)] : [];
      if (got.some((g) => want.includes(g))) into.issuer.right++;
      else into.issuer.wrong.push({ file, line: l.line, what: `${l.id}: want "${l.issuer}", got ${f.c.issuer ? `"${f.c.issuer.written}"` : 'none'}` });
    }
  }
  for (const l of labels.citations) {
    if (l.self || l.id || !l.named) continue;
    const isLaw = l.named.kind === 'law';
    const bucket = isLaw ? into.laws : into.party;
    bucket.labels++;
    const f = take(l, isLaw ? lawMatch : partyMatch);
    if (f) bucket.matched++;
    else bucket.misses.push({ file, line: l.line, what: isLaw ? `${l.kind ?? 'Luật'} ${l.named.name ?? ''}`.trim() : `${l.named.kind}${l.named.term ? ` ${l.named.term}` : ''}${l.named.level === 'local' ? ' (local)' : ''}` });
  }
  // Precision is for numbered citations: a found id or number no label accounts for.
  let falsePositives = 0;
  for (const f of found) {
    if (f.used || (f.c.id === null && f.c.style !== 'number-only')) continue;
    falsePositives++;
    into.numbered.falsePositives.push({ file, line: f.line, what: f.c.id ?? `${f.c.kind ?? ''} ${f.c.number ?? ''}`.trim() });
  }
  into.numbered.matched += matched;
  into.numbered.found += matched + falsePositives;
}

export function readSources(): SourceEntry[] {
  return JSON.parse(fs.readFileSync(path.join(OUTSIDE_DIR, 'sources.json'), 'utf8')) as SourceEntry[];
}

export function readLabels(): LabelFile[] {
  const dir = path.join(OUTSIDE_DIR, 'labels');
  return fs
    .readdirSync(dir)
    .filter((n) => n.endsWith('.json'))
    .sort()
    .map((n) => JSON.parse(fs.readFileSync(path.join(dir, n), 'utf8')) as LabelFile);
}

/** A reviewed error or warning ("file:line:code"), with its verdict (verdicts.md says why at length). */
export interface Verdict {
  finding: string;
  verdict: 'real' | 'false-alarm';
  why: string;
  /** Reviewed ahead: a real mistake the code of main does not report yet (allowed, not required). */
  notYetReported?: boolean;
}

export function readVerdicts(): Verdict[] {
  return JSON.parse(fs.readFileSync(path.join(OUTSIDE_DIR, 'verdicts.json'), 'utf8')) as Verdict[];
}

/** The set's errors and warnings against the reviewed verdicts. */
export function judge(loud: SetFigures['loud'], verdicts: Verdict[]): { falseAlarms: string[]; real: string[]; unreviewed: string[]; realMissing: string[] } {
  const keys = loud.map((x) => `${x.file}:${x.line}:${x.code}`);
  const byKey = new Map(verdicts.map((v) => [v.finding, v]));
  return {
    falseAlarms: keys.filter((k) => byKey.get(k)?.verdict === 'false-alarm'),
    real: keys.filter((k) => byKey.get(k)?.verdict === 'real'),
    unreviewed: keys.filter((k) => !byKey.has(k)),
    realMissing: verdicts.filter((v) => v.verdict === 'real' && !v.notYetReported && !keys.includes(v.finding)).map((v) => v.finding),
  };
}

export function readDoc(file: string): string {
  return fs.readFileSync(path.join(OUTSIDE_DIR, 'docs', file), 'utf8');
}

export interface SetFigures {
  score: Score;
  /** Findings on every document of the set, by severity and code. */
  findings: { error: Record<string, number>; warning: Record<string, number>; information: Record<string, number>; hint: Record<string, number> };
  /** Every error and warning, with where it is (for verdicts.md). */
  loud: { file: string; line: number; code: string; severity: string; message: string }[];
  /** Found numbered citations (all documents) and how many resolve to a corpus record. */
  resolution: { citations: number; resolved: number };
}

// Undated documents (drafts without a date line) are read as of this day: the set's documents
// are of November 2025 to January 2026.
const FALLBACK_DATE = '2026-01-15';

/** Reads every document of the set with `corpus`, scores the labelled ones, counts findings. */
export function measureSet(corpus: CorpusIndex): SetFigures {
  const sources = readSources();
  const labels = new Map(readLabels().map((l) => [l.file, l]));
  const score = emptyScore();
  const findings: SetFigures['findings'] = { error: {}, warning: {}, information: {}, hint: {} };
  const loud: SetFigures['loud'] = [];
  const resolution = { citations: 0, resolved: 0 };
  const { options } = resolveOptions(undefined, RULE_CODES);
  for (const s of sources) {
    const text = readDoc(s.file);
    const a = analyze(text, corpus, options, s.date ?? FALLBACK_DATE);
    const starts = new LineMap(text);
    const lab = labels.get(s.file);
    if (lab) scoreDocument(s.file, text, a.reading.citations, lab, score);
    a.reading.citations.forEach((c, i) => {
      if (c.id === null) return;
      resolution.citations++;
      if (a.resolutions[i]) resolution.resolved++;
    });
    for (const x of a.findings as Finding[]) {
      const bucket = findings[x.severity];
      bucket[x.code] = (bucket[x.code] ?? 0) + 1;
      if (x.severity === 'error' || x.severity === 'warning') loud.push({ file: s.file, line: lineOf(starts, x.span.start), code: x.code, severity: x.severity, message: x.message.vi });
    }
  }
  return { score, findings, loud, resolution };
}

export function ratio(n: number, d: number): number {
  return d === 0 ? 1 : n / d;
}
