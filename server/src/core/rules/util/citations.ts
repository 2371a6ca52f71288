// What the citation rules share: which resolutions are trustworthy enough to raise a finding,
// how a record's source is named in a message, and how the report's date is judged.

import { sourceName } from '../../corpus/sources';
import { idMatchKey, type CorpusIndex, type DirectiveEntry, type Resolution } from '../../corpus/corpus-index';
import type { SourceRef } from '../../corpus/types';
import type { Citation } from '../../extract/citations';
import { formatLike, type DateMention } from '../../extract/dates';
import { NAMED_KINDS } from '../../extract/patterns';
import { dayNumber, formatVi, parseIso } from '../../text/calendar';
import type { Fix, Localized, Severity, Span } from '../../types';
import { oneEditApart } from '../../text/edit';
import type { RuleContext } from '../rule';
import { otherIssuer } from '../../corpus/same-document';

export interface ResolvedCitation {
  citation: Citation;
  index: number;
  resolution: Resolution;
  entry: DirectiveEntry;
}

/**
 * Citations resolved exactly to a record that may raise findings: not marked unverified (the
 * corpus rule: unverified facts never raise an error or a warning).
 */
export function trustedCitations(ctx: RuleContext): readonly ResolvedCitation[] {
  // Four rules ask in one analysis: worked out once for these resolutions of these citations.
  const hit = trustedCache.get(ctx.resolutions);
  if (hit && hit.citations === ctx.reading.citations) return hit.trusted;
  const out: ResolvedCitation[] = [];
  ctx.reading.citations.forEach((citation, index) => {
    const resolution = ctx.resolutions[index];
    if (!resolution || resolution.certainty !== 'exact') return;
    if (resolution.entry.record.confidence === 'unverified') return;
    out.push({ citation, index, resolution, entry: resolution.entry });
  });
  trustedCache.set(ctx.resolutions, { citations: ctx.reading.citations, trusted: out });
  return out;
}

/**
 * Citations resolved probably among documents sharing their id (Resolution.alternatives), none of
 * them unverified: a rule may speak on one when what it finds holds for every alternative.
 */
export function ambiguousCitations(ctx: RuleContext): { citation: Citation; index: number; resolution: Resolution; alternatives: DirectiveEntry[] }[] {
  const out: { citation: Citation; index: number; resolution: Resolution; alternatives: DirectiveEntry[] }[] = [];
  ctx.resolutions.forEach((resolution, index) => {
    const alternatives = usableAlternatives(resolution);
    if (alternatives) out.push({ citation: ctx.reading.citations[index]!, index, resolution: resolution!, alternatives });
  });
  return out;
}

/** A resolution's alternatives (Resolution.alternatives) when none is unverified, else null. */
export function usableAlternatives(resolution: Resolution | null | undefined): DirectiveEntry[] | null {
  const alternatives = resolution?.alternatives;
  return alternatives && !alternatives.some((e) => e.record.confidence === 'unverified') ? alternatives : null;
}

const trustedCache = new WeakMap<readonly (Resolution | null)[], { citations: readonly Citation[]; trusted: readonly ResolvedCitation[] }>();

/** The citations' full spans ordered by start (for insideSorted): what a citation covers is not prose. */
export function fullSpansByStart(citations: readonly Citation[]): Span[] {
  return citations.map((c) => c.fullSpan).sort((a, b) => a.start - b.start);
}

/**
 * A finding from a fact the index inferred from a user's document (its header) is at most a
 * warning: a sourced bundled or user record outranks inference.
 */
export function capForLayer(entry: DirectiveEntry, severity: Severity): Severity {
  if (severity !== 'error') return severity;
  // The weakest layer that speaks on the document sets the ceiling: a user record that
  // contradicts a bundled one does not silence a finding, nor lets it speak louder than the
  // weaker of the two. Facts resting only on agreeing gazette citations are at most warnings.
  const layers = [entry.origin.layer, ...entry.conflicts.map((c) => c.origin.layer)];
  if (layers.includes('user-document') || layers.includes('gazette')) return 'warning';
  return severity;
}

/**
 * "nguồn: <short title> (<site>)" in both languages, naming the first source of a record. Some
 * sources are news articles titled by their first sentence: a message names its source, it does
 * not quote the article (corpus/sources.ts).
 */
export function sourceNote(sources: SourceRef[] | undefined, origin?: { layer: string; file: string }): Localized {
  const s = sources?.[0];
  // Messages end with their own full stop; a title that ends with one would double it.
  const name = (s ? sourceName(s) : origin?.file ?? '').replace(/[.\s]+$/u, '');
  if (origin?.layer === 'user-document') return { vi: `theo văn bản trong kho của bạn: ${origin.file}`, en: `per a document in your corpus: ${origin.file}` };
  return name ? { vi: `nguồn: ${name}`, en: `source: ${name}` } : { vi: 'theo kho văn bản', en: 'per the corpus' };
}

/** "Quyết định 290-QĐ/TW" as a label for messages. */
export function label(c: Citation, entry?: DirectiveEntry): string {
  const kind = entry?.record.kind ?? c.kind ?? '';
  const id = entry?.record.id ?? c.id ?? c.number ?? '';
  // A record named by its title carries its kind in its id ("Nghị quyết Đại hội XIII").
  return id.startsWith(kind) ? id : `${kind} ${id}`.trim();
}

export function dateVi(iso: string | undefined): string {
  return iso ? formatVi(iso) : '?';
}

/** Whether the report's date is the text's own: its date line, or a date configured for it (not a page's, not today). */
export function ownDate(ctx: RuleContext): boolean {
  return ctx.reportDateSource === 'header' || ctx.reportDateSource === 'header-month' || ctx.reportDateSource === 'header-year' || ctx.reportDateSource === 'option';
}

/**
 * Rules that judge against the report's date speak at full severity only when the date is the
 * report's own (its date line, or a date configured for it). A draft without a date line is
 * judged against today's date, which may not be the report's: those findings are information;
 * so are those of a draft whose date line gives its year only.
 */
export function temporalSeverity(ctx: RuleContext, severity: Severity): Severity {
  // A date line with its year only is the report's, but not its day: the year's last day stands in for it.
  const loose = ctx.reportDateSource === 'today' || ctx.reportDateSource === 'banner' || ctx.reportDateSource === 'lead' || ctx.reportDateSource === 'header-year';
  return loose && (severity === 'error' || severity === 'warning') ? 'information' : severity;
}

/**
 * The text's own kind from its header ("quyết định", "kế hoạch"), as a message names it; null when the header names
 * none. The same header is in every kind of document, and a decision's date was called "the report's"
 * (hundred-and-fifth, -seventh and -twenty-seventh outside probes).
 */
export function ownKind(ctx: RuleContext): string | null {
  const kind = ctx.reading.header.kind?.text.replace(/\s+/gu, ' ').trim().toLowerCase();
  return kind && kind.length <= 30 ? kind : null;
}

export function reportDateNote(ctx: RuleContext): Localized {
  // A draft without a kind line is the report vanban is made for.
  const kind = ownKind(ctx) ?? 'báo cáo';
  const own = { vi: kind, en: kind === 'báo cáo' ? "the report's" : "the document's" };
  if (ctx.reportDateSource === 'header') return { vi: `ngày của ${own.vi} ${formatVi(ctx.reportDate)}`, en: `${own.en} date ${formatVi(ctx.reportDate)}` };
  if (ctx.reportDateSource === 'header-month') {
    const month = `${+ctx.reportDate.slice(5, 7)}/${ctx.reportDate.slice(0, 4)}`;
    return { vi: `tháng ${month} của ${own.vi} (dòng ngày chưa ghi ngày; tính đến ${formatVi(ctx.reportDate)})`, en: `${own.en} month ${month} (its date line has no day; counted to ${formatVi(ctx.reportDate)})` };
  }
  if (ctx.reportDateSource === 'header-year') {
    const year = ctx.reportDate.slice(0, 4);
    return { vi: `năm ${year} của ${own.vi} (dòng ngày chưa ghi ngày, tháng; tính đến ${formatVi(ctx.reportDate)})`, en: `${own.en} year ${year} (its date line has no day or month; counted to ${formatVi(ctx.reportDate)})` };
  }
  if (ctx.reportDateSource === 'option') return { vi: `ngày báo cáo đã cấu hình ${formatVi(ctx.reportDate)}`, en: `the configured report date ${formatVi(ctx.reportDate)}` };
  if (ctx.reportDateSource === 'dateline') return { vi: `ngày đăng của văn bản ${formatVi(ctx.reportDate)}`, en: `the text's own date ${formatVi(ctx.reportDate)}` };
  if (ctx.reportDateSource === 'lead')
    return {
      vi: `ngày ghi ở câu mở đầu ${formatVi(ctx.reportDate)} (ngày của sự kiện; văn bản có thể viết sau đó)`,
      en: `the date the text opens with ${formatVi(ctx.reportDate)} (the event's day; the text may be later)`,
    };
  if (ctx.reportDateSource === 'banner')
    return {
      vi: `ngày ghi ở đầu trang ${formatVi(ctx.reportDate)} (có thể là ngày xem trang, không phải ngày của văn bản)`,
      en: `the date at the top of the page ${formatVi(ctx.reportDate)} (perhaps the day it was read, not the text's date)`,
    };
  return {
    vi: `hôm nay ${formatVi(ctx.reportDate)} (báo cáo chưa có dòng "…, ngày … tháng … năm …")`,
    en: `today ${formatVi(ctx.reportDate)} (the draft has no date line)`,
  };
}

/** The full days (YYYY-MM-DD) a record allows for a date field, its own first: a year or a month alone is not compared. */
// A full day, "2011-05-14", not a year or a month alone.
const FULL_DAY = /^\d{4}-\d{2}-\d{2}$/;

export function fullDays(entry: DirectiveEntry, field: 'date' | 'effective'): string[] {
  return allowedValues(entry, field).filter((x) => FULL_DAY.test(x));
}

// "Luật sửa đổi, bổ sung (một số điều) của …" opening the clause the citation stands in.
const AMENDING_TITLE = /[Ll]uật\s{1,2}(?:[Ss]ửa\s{1,2}đổi,?\s{1,2}bổ\s{1,2}sung|[Ss]ửa\s{1,2}đổi)[^.;\n]{0,40}?của\s[^.;\n]*$/u;

/**
 * The full days a trusted citation's written date is judged against (citation-date-mismatch), or none when its date is
 * not judged; date-invalid leaves the impossible dates judged here to that rule, so one slip is told once. Not judged:
 * - a congress's resolution, the charter, the platform: a date after the name is nearly always the next clause's ("…
 *   Nghị quyết Đại hội XII của Đảng, ngày 15/5/2016, Tổng Bí thư … đã ký"; probe 7 once the congress resolutions were
 *   recorded), and writers date them by the congress's opening day or the publication as often as by the vote. Laws
 *   keep the check;
 * - a law named in an amending law's title, the date after the list being the amending law's: "Luật sửa đổi, bổ sung một
 *   số điều của Luật Đất đai số 31/2024/QH15, Luật Nhà ở số 27/2023/QH15, … ngày 29 tháng 6 năm 2024" (forty-fifth
 *   outside probe: a false error, on the căn cứ every land decision of late 2024 writes).
 */
export function judgedDays(ctx: RuleContext, c: Citation, entry: DirectiveEntry): string[] {
  if (c.style === 'named' && c.named?.kind !== 'law') return [];
  if (c.dateShared && AMENDING_TITLE.test(ctx.text.slice(Math.max(0, c.span.start - 300), c.span.start))) return [];
  return fullDays(entry, 'date');
}

// The President promulgates a law or an ordinance within fifteen days of its passing (Hiến pháp 2013, Điều 85 and 88),
// and some texts cite it by that day: "Luật doanh nghiệp ngày 08 tháng 12 năm 2014" for the law passed on 26/11/2014, in
// two consolidated texts of the labour ministry. A căn cứ names the day of passing, so it is still a slip, but a
// likelier-explained one than a wrong day: citation-date-mismatch says so, as a warning.
const PROMULGATION_DAYS = 15;

/** Whether `written` falls in the fortnight after a law's passing day `passed`: perhaps its promulgation day. */
export function promulgationDay(entry: DirectiveEntry, passed: string, written: string): boolean {
  if (!NAMED_KINDS.has(entry.record.kind)) return false;
  const a = parseIso(passed);
  const b = parseIso(written);
  if (!a || !b) return false;
  const gap = dayNumber(b.y, b.m, b.d) - dayNumber(a.y, a.m, a.d);
  return gap > 0 && gap <= PROMULGATION_DAYS;
}

/** " (các nguồn ghi: …)" after the record's day when its sources give more than one; nothing otherwise. */
export function sourcesGive(days: readonly string[]): Localized {
  if (days.length < 2) return { vi: '', en: '' };
  const list = days.map(dateVi).join('; ');
  return { vi: ` (các nguồn ghi: ${list})`, en: ` (sources give ${list})` };
}

/**
 * One fix for each day a record allows, written in the form of the date it replaces ("25/3/2010" → "25/2/2010");
 * part of "fix all" only when the sources agree on one day.
 */
export function dayFixes(d: DateMention, days: readonly string[]): Fix[] {
  return days.map((iso, i) => ({
    title: { vi: `Sửa thành ngày ${formatLike(d, iso)}`, en: `Change the date to ${formatLike(d, iso)}` },
    edits: [{ start: d.span.start, end: d.span.end, newText: formatLike(d, iso) }],
    safe: days.length === 1,
    preferred: i === 0,
  }));
}

/**
 * The days a record's conflict keeps from one source only, against its own day given by two or more: "Chỉ thị số
 * 03-CT/TW ngày 15-4-2011" where three pages give 14/5/2011 and one 15/4/2011 (hundred-and-ninety-second outside probe:
 * the one page's day, kept beside the others, made the slip pass in silence). Both stay in the record, and a citation
 * with such a day is told the day most sources give, as a warning. Not a law's: a law has a day of passing and one of
 * promulgation, and sources give either.
 */
export function minorityDays(entry: DirectiveEntry): string[] {
  const r = entry.record;
  if (!r.date || NAMED_KINDS.has(r.kind)) return [];
  const out: string[] = [];
  for (const c of r.conflicts ?? []) {
    if (c.field !== 'date') continue;
    const own = c.values.find((v) => v.value === r.date);
    if (!own || own.sources.length < 2) continue;
    for (const v of c.values) if (v.value !== r.date && v.sources.length === 1 && FULL_DAY.test(v.value)) out.push(v.value);
  }
  return out;
}

/** Values a record allows for a field: its own and those of sources that disagree. */
export function allowedValues(entry: DirectiveEntry, field: 'date' | 'issuer' | 'term' | 'kind' | 'effective'): string[] {
  const own = entry.record[field];
  const out = own ? [own] : [];
  // A conflict lists the record's own value among the others: each value once.
  for (const c of entry.record.conflicts ?? []) if (c.field === field) for (const v of c.values) if (!out.includes(v.value)) out.push(v.value);
  // Other records of the same document (another layer, another record file): each is a source.
  for (const c of entry.conflicts) {
    const v = c.record[field];
    if (v && !out.includes(v)) out.push(v);
  }
  return out;
}

/** A state id that carries its year, in three parts: number, year, symbol ("02/2025/TT-BLĐTBXH", "76/2025/UBTVQH15"). */
export const ID_WITH_YEAR = /^([^/]+)\/((?:19|20)\d\d)\/(.+)$/u;

/**
 * Whether a citation names the report itself: its own number, written again in a title line or a
 * legal portal's "Số hiệu" row (seventh and eighth outside probes: "Nghị quyết 76/2025/UBTVQH15 …"
 * above that resolution's own text was told to cite itself in full).
 */
export function isOwnNumber(c: Citation, ctx: RuleContext): boolean {
  const own = ctx.reading.header.number?.id;
  return !!own && !!c.id && idMatchKey(c.id) === idMatchKey(own);
}

/**
 * "sửa đổi, bổ sung (một số điều) theo/bởi/tại": the words that name the instrument that amended a document cited
 * before it ("… được sửa đổi, bổ sung bởi Nghị định số 111/2025/NĐ-CP"). citation-superseded reads the amended
 * document as cited through its amendment, citation-incomplete asks nothing of the instrument.
 */
export const AMENDED_BY_WORDS = String.raw`sửa\s{1,2}đổi(?:,?\s{1,2}bổ\s{1,2}sung)?(?:\s{1,2}một\s{1,2}số\s{1,2}điều)?\s{1,2}(?:theo|bởi|tại)`;

// A number in digits only (key form: no leading zero), as a slip of one keystroke reaches it.
const DIGITS = /^\d{1,5}$/u;

/**
 * The verified records of a citation's series (what follows the number: "-NQ/TW", "/2023/NĐ-CP") whose number, all digits,
 * is one keystroke from the one written (itself all digits): the documents a slip of the number would have named (citation-date-mismatch's
 * day of another document, citation-subject-mismatch's subject of another).
 */
export function numberNeighbours(corpus: CorpusIndex, c: Citation): DirectiveEntry[] {
  if (!c.id || !c.number || !DIGITS.test(c.number)) return [];
  const number = idMatchKey(c.number);
  const suffix = idMatchKey(c.id).slice(number.length);
  return oneEditAway(corpus, suffix, number).filter((x) => DIGITS.test(x.number)).map((x) => x.entry);
}

/**
 * The one verified document of the Party centre ("…/TW") numbered `written`, of exactly the day `iso`, that is not of the
 * citation's own symbol (`id`: the citation's, or the record a number given alone resolved to) — or, with no id (a
 * number alone the corpus did not resolve), not of the kind written nor of another issuer than the one written: "Kết luận số 81(-KL/TW) ngày 18/7/2025 của Bộ Chính trị" names the
 * Politburo's Thông báo kết luận 81-TB/TW of that day (forty-fourth session's probe 429), the kinds a writer confuses
 * sharing one number series each. Null when none, or more than one.
 */
export function centralKindOfDay(corpus: CorpusIndex, c: Citation, written: string, iso: string, id: string | null): DirectiveEntry | null {
  if (iso.length !== 10 || !DIGITS.test(written) || (id !== null && !id.endsWith('/TW'))) return null;
  const number = idMatchKey(written);
  const own = id === null ? null : idMatchKey(id).slice(idMatchKey(id).indexOf('-'));
  let found: DirectiveEntry | null = null;
  for (const [suffix, list] of recordsBySuffix(corpus)) {
    if (suffix === own || !suffix.endsWith('/TW')) continue;
    for (const x of list) {
      const r = x.entry.record;
      if (x.number !== number || r.date !== iso) continue;
      if (id === null && (r.kind === c.kind || (c.issuer && otherIssuer(c.issuer.name, r.issuer)))) continue;
      if (found) return null;
      found = x.entry;
    }
  }
  return found;
}

/** The fix that writes a document's kind and id in place of the kind and number written ("Thông báo số 81-TB/TW"). */
export function kindAndNumberFix(c: Citation, r: { kind: string; id: string }): Fix {
  const fixed = `${r.kind} số ${r.id}`;
  return { title: { vi: `Sửa thành ${fixed}`, en: `Change to ${fixed}` }, edits: [{ start: c.kindSpan?.start ?? c.idSpan!.start, end: c.idSpan!.end, newText: fixed }], safe: false };
}

/**
 * Verified records grouped by what follows their number ("-QĐ/TW", "/2021/NĐ-CP"), each with its
 * number's key: built once per corpus, so a "did you mean" (citation-unknown, and citation-date-mismatch's slip of a
 * number) looks at one symbol's records instead of the whole corpus for every citation it asks about.
 */
const bySuffixCache = new WeakMap<CorpusIndex, Map<string, { number: string; entry: DirectiveEntry }[]>>();
export function recordsBySuffix(corpus: CorpusIndex): Map<string, { number: string; entry: DirectiveEntry }[]> {
  let m = bySuffixCache.get(corpus);
  if (m) return m;
  m = new Map();
  for (const e of corpus.directives) {
    if (e.record.confidence === 'unverified') continue;
    const number = idMatchKey(e.record.number);
    const rest = idMatchKey(e.record.id).slice(number.length);
    const list = m.get(rest);
    if (list) list.push({ number, entry: e });
    else m.set(rest, [{ number, entry: e }]);
  }
  bySuffixCache.set(corpus, m);
  return m;
}

/**
 * The records of a suffix whose number is one keystroke from `number` (oneEditApart), in the suffix's order. Asked for every
 * citation the corpus does not know, and a suffix holds up to a thousand numbers ("/QĐ-TTG"): rather than comparing each,
 * the numbers are indexed once by themselves and each of their one-character deletions — two strings one edit apart
 * (a change, an insertion, a deletion, two neighbours swapped) always share such a key — and only those met are compared.
 */
const byDeletionCache = new WeakMap<CorpusIndex, Map<string, Map<string, number[]>>>();
export function oneEditAway(corpus: CorpusIndex, suffix: string, number: string): { number: string; entry: DirectiveEntry }[] {
  const list = recordsBySuffix(corpus).get(suffix);
  if (!list) return [];
  let perSuffix = byDeletionCache.get(corpus);
  if (!perSuffix) byDeletionCache.set(corpus, (perSuffix = new Map()));
  let index = perSuffix.get(suffix);
  if (!index) {
    index = new Map();
    for (let i = 0; i < list.length; i++)
      for (const k of deletionKeys(list[i]!.number)) {
        const at = index.get(k);
        if (at) at.push(i);
        else index.set(k, [i]);
      }
    perSuffix.set(suffix, index);
  }
  const met = new Set<number>();
  for (const k of deletionKeys(number)) for (const i of index.get(k) ?? []) met.add(i);
  const out: { number: string; entry: DirectiveEntry }[] = [];
  for (const i of [...met].sort((a, b) => a - b)) if (oneEditApart(list[i]!.number, number)) out.push(list[i]!);
  return out;
}

/** A string and each string one of its characters removed gives, each once. */
function deletionKeys(s: string): Set<string> {
  const keys = new Set<string>([s]);
  for (let i = 0; i < s.length; i++) keys.add(s.slice(0, i) + s.slice(i + 1));
  return keys;
}
