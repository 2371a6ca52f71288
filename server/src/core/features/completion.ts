// Completion while drafting: offsets in, plain items out (the adapter makes LSP items).
//
// What the text before the cursor asks for, tried in this order:
//   1. the date line of the header ("Hà Tĩnh, ngày") → today's date written as NĐ 30 and
//      HD 36 want it (day < 10 and months 1–2 padded with a zero, other months not);
//   2. a document number after a kind word or "số" ("Quyết định số 29", "Nghị quyết 2",
//      "Kết luận số", "…290-QĐ/") → corpus records whose number fits, each twice: the number and
//      symbol alone, and the full citation;
//   3. any other words being typed ("Phó Trưởng ban Dân v", "Ủy ban MTTQ", "quy che dan van")
//      → titles, organisations, people and documents, found without diacritics.
//
// Editors filter completion items again on their side, by `filterText` against the text in the
// item's range, without folding accents: "quy che" would hide "Quy chế". And VS Code does not ask
// again for every keystroke: when the writer starts a new word while the list shows ("Quyết định
// số" → " 2"), it keeps the earlier answer's items and filters them itself. So an item's
// filterText is the text it replaces continued by the rest of the item when the typed text is a
// prefix of it (see continuationFilter), else exactly the typed text; the list is marked
// incomplete so the editor asks again as the writer types within a word.

import { idMatchKey, type CorpusIndex } from '../corpus/corpus-index';
import { searchIndexOf, idKey, tokens, type DirectiveDoc, type NameDoc, type SearchHit } from '../corpus/search';
import { KIND_WORDS } from '../extract/patterns';
import { fold } from '../text/normalize';
import type { Localized, Span } from '../types';
import type { DocumentContext } from './context';
import { both, citationText, directiveCard, issuerText, md, officialAt, officialCard, officialTitle, shortDate, sourcesLine, statusAt, statusLine, statusWeight } from './describe';
import { hasClass, IS_LETTER, IS_NUMBER } from '../text/letters';

export type CompletionKind = 'directive' | 'citation' | 'title' | 'organisation' | 'official' | 'date';

/** What an item is about, so its documentation can be made when the editor shows it. */
export type CompletionRef =
  | { type: 'directive'; key: string }
  | { type: 'title'; name: string }
  | { type: 'organisation'; name: string }
  | { type: 'official'; name: string }
  | { type: 'date' };

export interface CompletionEntry {
  label: string;
  kind: CompletionKind;
  /** One line next to the label. */
  detail: Localized;
  /** Markdown; left out with `documentation: false` (see completionDocumentation). */
  documentation?: Localized;
  ref: CompletionRef;
  /** The text that replaces `replace`; snippet syntax when `snippet` is true. */
  insertText: string;
  snippet: boolean;
  /** The same text without placeholders, for clients without snippets. */
  plainText: string;
  /** Original offsets; always ends at the cursor. */
  replace: Span;
  /** Exactly the text in `replace` (see the comment at the top). */
  filterText: string;
  sortText: string;
}

export interface CompletionList {
  items: CompletionEntry[];
  /** Always true: the editor must ask again on the next keystroke (see above). */
  isIncomplete: boolean;
}

export interface CompletionOptions {
  /** Most records offered (each directive gives two items). Default 20. */
  limit?: number;
  /**
   * Make each item's Markdown now (default true). An editor shows one item's documentation at a
   * time, so the server leaves it out and answers completionItem/resolve instead.
   */
  documentation?: boolean;
}

// ---- The text before the cursor, folded, with a map back ---------------------------------

interface Folded {
  /** Lower case, no diacritics, đ → d, Word's spaces and dashes made plain. */
  f: string;
  /** Original offset of each folded character, plus one past the end. */
  map: number[];
}

function foldWithMap(s: string, base: number): Folded {
  let f = '';
  const map: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!;
    const code = ch.charCodeAt(0);
    if (code >= 0x300 && code <= 0x36f) continue; // combining marks of NFD text
    let c: string;
    if (ch === '\u00a0' || ch === '\t') c = ' ';
    else if (ch === '\u2013' || ch === '\u2014' || ch === '\u2010' || ch === '\u2011') c = '-';
    else {
      c = ch.normalize('NFD')[0]!.toLowerCase();
      if (c === 'đ' || c === 'ð') c = 'd';
      if (c.length !== 1) c = '?';
    }
    f += c;
    map.push(base + i);
  }
  map.push(base + s.length);
  return { f, map };
}

const KINDS_FOLDED = [...new Set(KIND_WORDS.map(fold))]
  .sort((a, b) => b.length - a.length)
  .map((k) => k.replace(/ /g, String.raw`\s{1,2}`))
  .join('|');

// "<kind> [số] 29", "số 29", "290-qd/t", "30/2020/n" at the end of the folded window.
const NUMBER_AT_END = new RegExp(
  String.raw`(?:(?<![a-z])(${KINDS_FOLDED})\s{1,3}(?:so\s{0,2}:?\s{0,2})?|(?<![a-z])(so)\s{0,2}:?\s{0,2})?(?<![a-z0-9/\-])(\d{1,5}[a-z]?)(?:\s?([-/])\s?([a-z0-9/\-]{0,24}))?$`,
  'd',
);
// "<kind> số", "<kind> số ", "<kind> " with no number yet.
const KIND_AT_END = new RegExp(String.raw`(?<![a-z])(${KINDS_FOLDED})(\s{1,3}so(?:\s{0,2}:?\s{0,2})|\s{1,2})$`);
// The header's date line: "Hà Tĩnh, ngày" or "ngày" alone on its line (after emphasis marks).
const DATE_LINE = /^[\s*_>#]{0,8}(?:([a-z][a-z .]{0,40}),\s{1,2})?(ngay(?:\s{1,2}\d{0,2})?)$/;
// Where a phrase starts: after punctuation or a spaced dash.
const CLAUSE_BREAK = /[,;:()"“”!?[\]{}]|\.(?=\s)|\s-\s/g;

export function complete(text: string, offset: number, corpus: CorpusIndex, ctx: DocumentContext, opts: CompletionOptions = {}): CompletionList {
  const limit = opts.limit ?? 20;
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const from = Math.max(lineStart, offset - 200);
  const w = foldWithMap(text.slice(from, offset), from);
  const items: CompletionEntry[] = [];
  const src = (s: number) => text.slice(s, offset);

  // 1. The date line.
  if (from === lineStart) {
    const m = DATE_LINE.exec(w.f);
    if (m) {
      const at = w.map[m.index + m[0].length - m[2]!.length]!;
      const line = dateLine(ctx.today);
      items.push({
        label: line,
        kind: 'date',
        detail: both('Hôm nay, viết theo dòng ngày tháng của văn bản', "Today, written as a document's date line"),
        ref: { type: 'date' },
        insertText: line,
        snippet: false,
        plainText: line,
        replace: { start: at, end: offset },
        filterText: src(at),
        sortText: '0000',
      });
      return finish(items, corpus, ctx, opts);
    }
  }

  const search = searchIndexOf(corpus);
  const place = ctx.province ? fold(ctx.province) : null;
  // The report's province and, after the 2025 mergers, the former provinces of its new unit.
  const places = ctx.province ? corpus.provincePlaces(ctx.province, ctx.reportDate) : null;
  const placeOk = (d: DirectiveDoc) => !places || !d.place || places.has(d.place);

  // 2. A document number.
  const num = NUMBER_AT_END.exec(w.f);
  if (num && (num[1] || num[2] || (num[4] && idLike(num[4], num[5] ?? '')))) {
    const kindKey = num[1] ? num[1].replace(/\s+/g, ' ') : null;
    const numberKey = num[3]!.replace(/^0+(?=\d)/, '');
    const typedId = num[4] ? idKey(`${num[3]}${num[4]}${num[5] ?? ''}`) : null;
    const idStart = w.map[num.indices![3]![0]]!;
    const filter = (d: DirectiveDoc) => placeOk(d) && (typedId === null || (d.numberKey === numberKey && d.idKey.startsWith(typedId)));
    const docs = search.byNumberPrefix(numberKey, kindKey, filter, 60);
    const ranked = docs
      .map((d) => ({ d, s: rankDirective(d, corpus, ctx, place) + (d.numberKey === numberKey ? 40 : -3 * (d.numberKey.length - numberKey.length)) }))
      .sort((a, b) => b.s - a.s || a.d.index - b.d.index)
      .slice(0, limit);
    ranked.forEach(({ d }, i) => items.push(...directiveItems(d, corpus, ctx, { start: idStart, end: offset }, src(idStart), i, '')));
    return finish(items, corpus, ctx, opts);
  }
  const kindOnly = KIND_AT_END.exec(w.f);
  if (kindOnly) {
    const kindKey = kindOnly[1]!.replace(/\s+/g, ' ');
    const lead = /\s$/.test(w.f) ? '' : ' ';
    const docs = search.byKindWord(kindKey, place, placeOk, 60);
    const ranked = docs
      .map((d) => ({ d, s: rankDirective(d, corpus, ctx, place) }))
      .sort((a, b) => b.s - a.s || a.d.index - b.d.index)
      .slice(0, limit);
    ranked.forEach(({ d }, i) => items.push(...directiveItems(d, corpus, ctx, { start: offset, end: offset }, '', i, lead)));
    return finish(items, corpus, ctx, opts);
  }

  // 3. Words: titles, organisations, people, documents.
  if (!hasClass(text.charCodeAt(offset - 1), IS_LETTER | IS_NUMBER)) return { items, isIncomplete: true };
  let clauseStart = 0;
  for (const m of w.f.matchAll(CLAUSE_BREAK)) clauseStart = m.index + m[0].length;
  const words: number[] = [];
  for (const m of w.f.slice(clauseStart).matchAll(/\S+/g)) if (/[a-z0-9]/.test(m[0])) words.push(clauseStart + m.index);
  const tail = words.slice(-8);
  for (const typos of [false, true]) {
    for (let k = typos ? Math.min(tail.length, 4) : tail.length; k >= (typos ? 2 : 1); k--) {
      const start = w.map[tail[tail.length - k]!]!;
      const query = text.slice(start, offset);
      const q = tokens(fold(query));
      if (q.join('').length < 3) continue;
      const found = phraseItems(query, k, corpus, ctx, place, { start, end: offset }, src(start), typos, limit);
      if (found.length) return finish(found, corpus, ctx, opts);
    }
  }
  return { items, isIncomplete: true };
}

/** Without a kind word, "290-qd" and "30/2020/nd" are ids; "25/2/2010" is a date. */
function idLike(sep: string, rest: string): boolean {
  if (sep === '-') return /^[a-z]/.test(rest);
  return /^(?:19|20)\d\d\/[a-z]/.test(rest) || /^[a-z]/.test(rest);
}

/** "ngày 05 tháng 3 năm 2026": day < 10 and months 1–2 padded (NĐ 30, Phụ lục I). */
export function dateLine(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const dd = d < 10 ? `0${d}` : String(d);
  const mm = m <= 2 ? `0${m}` : String(m);
  return `ngày ${dd} tháng ${mm} năm ${y}`;
}

function rankDirective(d: DirectiveDoc, corpus: CorpusIndex, ctx: DocumentContext, place: string | null): number {
  const r = d.entry.record;
  let s = 0;
  // The report's own province first, then central documents, then unplaced local ones.
  if (d.place) s += place && d.place === place ? 30 : -5;
  else s += 10;
  s += statusWeight(statusAt(r, ctx.reportDate));
  const ev = corpus.evidence.get(idMatchKey(r.id));
  if (ev) s += Math.min(20, 6 * Math.log2(1 + ev.count));
  if (r.confidence === 'unverified' || r.confidence === 'conflict') s -= 3;
  // Records a person read and sourced before those a program derived from the gazette, even a
  // replaced one: "Quyết định số 29…" is 290-QĐ/TW (replaced in 2021) before a 2005 decision of
  // the Prime Minister. The largest other weights are replaced −15 and evidence +20.
  if (d.entry.origin.layer === 'gazette') s -= 40;
  return s;
}

function clip(s: string, n: number): string {
  return s.length > n ? `${s.slice(0, n - 1)}…` : s;
}

function rankText(i: number, sub: string): string {
  return `${String(i).padStart(4, '0')}${sub}`;
}

/** Two items for a directive: the number and symbol, then the full citation. */
function directiveItems(d: DirectiveDoc, corpus: CorpusIndex, ctx: DocumentContext, replace: Span, typed: string, rank: number, lead: string): CompletionEntry[] {
  const r = d.entry.record;
  const st = statusLine(r, ctx.reportDate, corpus);
  const date = r.date ? shortDate(r.date) : '';
  const what = [r.kind, date, issuerText(r)].filter(Boolean).join(' · ');
  const full = citationText(r, false);
  const ref: CompletionRef = { type: 'directive', key: d.entry.key };
  return [
    { label: r.id, kind: 'directive', detail: both(`${what} — ${st.vi}`, `${what} — ${st.en}`), ref, insertText: lead + r.id, snippet: false, plainText: lead + r.id, replace, filterText: typed, sortText: rankText(rank, 'a') },
    { label: clip(full, 90), kind: 'citation', detail: both('Trích dẫn đầy đủ', 'Full citation'), ref, insertText: lead + full, snippet: false, plainText: lead + full, replace, filterText: typed, sortText: rankText(rank, 'b') },
  ];
}

function phraseItems(
  query: string,
  words: number,
  corpus: CorpusIndex,
  ctx: DocumentContext,
  place: string | null,
  replace: Span,
  typed: string,
  typos: boolean,
  limit: number,
): CompletionEntry[] {
  const search = searchIndexOf(corpus);
  const names = search.searchNames(query, { anchored: true, typos, limit });
  // One word says too little to pick documents from a large corpus; two or more do. Other
  // provinces' documents are dropped after the search (a filter would slow its scan), and so are
  // documents where the words are scattered rather than read as a phrase.
  const directives =
    words >= 2
      ? search.searchDirectives(query, { typos, limit: limit * 2, maxScan: 20000 }).filter((h) => (!place || !h.doc.place || h.doc.place === place) && h.phrase >= 0.3)
      : [];
  const scored: { s: number; make: (rank: number) => CompletionEntry[] }[] = [];
  for (const h of names) scored.push({ s: (1 - h.score) * 100 + h.exact, make: (rank) => [nameItem(h, ctx, replace, typed, rank)] });
  for (const h of directives) {
    const bonus = Math.max(-20, Math.min(20, rankDirective(h.doc, corpus, ctx, place) / 2));
    scored.push({ s: (1 - h.score) * 100 + h.exact + h.phrase * 10 + bonus, make: (rank) => directiveTextItems(h.doc, corpus, ctx, replace, typed, rank) });
  }
  scored.sort((a, b) => b.s - a.s);
  return scored.slice(0, limit).flatMap((x, i) => x.make(i));
}

/** A document found by its words: "Quyết định số 290-QĐ/TW", and the full citation. */
function directiveTextItems(d: DirectiveDoc, corpus: CorpusIndex, ctx: DocumentContext, replace: Span, typed: string, rank: number): CompletionEntry[] {
  const r = d.entry.record;
  const st = statusLine(r, ctx.reportDate, corpus);
  const short = `${r.kind} số ${r.id}`;
  const full = citationText(r, true);
  const subject = r.subject ? ` — ${clip(r.subject, 60)}` : '';
  const when = `${issuerText(r)}${r.date ? ` · ${shortDate(r.date)}` : ''}`;
  const ref: CompletionRef = { type: 'directive', key: d.entry.key };
  return [
    { label: `${r.kind} ${r.id}${subject}`, kind: 'directive', detail: both(`${when} — ${st.vi}`, `${when} — ${st.en}`), ref, insertText: short, snippet: false, plainText: short, replace, filterText: typed, sortText: rankText(rank, 'a') },
    { label: clip(full, 90), kind: 'citation', detail: both('Trích dẫn đầy đủ', 'Full citation'), ref, insertText: full, snippet: false, plainText: full, replace, filterText: typed, sortText: rankText(rank, 'b') },
  ];
}

function snippetEscape(s: string): string {
  return s.replace(/[$}\\]/g, '\\$&');
}

/** Organisations of a province, district or commune take the place's name after them. */
function localSuffix(scope: string): boolean {
  return scope === 'province' || scope === 'district' || scope === 'commune';
}

function nameItem(h: SearchHit<NameDoc>, ctx: DocumentContext, replace: Span, typed: string, rank: number): CompletionEntry {
  const d = h.doc;
  const base = { replace, filterText: typed, sortText: rankText(rank, 'a') };
  if (d.kind === 'title') {
    const r = d.entry.record;
    return { ...base, label: r.canonical, kind: 'title', detail: both('Chức danh', 'Title'), ref: { type: 'title', name: r.canonical }, insertText: r.canonical, snippet: false, plainText: r.canonical };
  }
  if (d.kind === 'organisation') {
    const r = d.entry.record;
    const local = localSuffix(r.scope);
    // The report's province is the likely one; a district or commune is not known.
    const placeName = local && r.scope === 'province' && ctx.province ? ctx.province : null;
    return {
      ...base,
      label: local ? `${r.name} …` : r.name,
      kind: 'organisation',
      detail: both('Cơ quan, tổ chức', 'Organisation'),
      ref: { type: 'organisation', name: r.name },
      insertText: local ? `${snippetEscape(r.name)} \${1:${placeName ? snippetEscape(placeName) : '…'}}` : r.name,
      snippet: local,
      plainText: local && placeName ? `${r.name} ${placeName}` : r.name,
    };
  }
  const records = d.entries.map((e) => e.record);
  const at = officialAt(records, ctx.reportDate);
  const title = at ? officialTitle(at.record) : '';
  const when = at && at.fit !== 'span' ? ` (${shortDate(at.record.asOf)})` : '';
  return { ...base, label: d.name, kind: 'official', detail: both(`${title}${when}`, `${title}${when}`), ref: { type: 'official', name: d.name }, insertText: d.name, snippet: false, plainText: d.name };
}

/**
 * The filter text of an item whose text continues what was typed: the typed text followed by the
 * rest of the item ("29" → "290-QĐ/TW"; "" → " 290-QĐ/TW" after "Quyết định số"), so the editor's
 * own prefix filtering, which it applies to items it keeps from an earlier answer when the writer
 * goes on typing, keeps exactly the items the text still leads to. Where the server matched loosely
 * (words skipped, another spelling), the typed text itself: every fresh item then matches the
 * typed text exactly, equally well, and keeps the server's order.
 */
export function continuationFilter(typed: string, target: string): string {
  const t = foldWithMap(typed, 0).f;
  const g = foldWithMap(target, 0);
  if (t.length === 0) return target || typed;
  if (!g.f.startsWith(t)) return typed;
  return typed + target.slice(g.map[t.length]!);
}

function finish(items: CompletionEntry[], corpus: CorpusIndex, ctx: DocumentContext, opts: CompletionOptions): CompletionList {
  for (const it of items) it.filterText = continuationFilter(it.filterText, it.plainText);
  if (opts.documentation !== false) {
    const cache = new Map<string, Localized | null>();
    for (const it of items) {
      const k = JSON.stringify(it.ref);
      if (!cache.has(k)) cache.set(k, completionDocumentation(it.ref, corpus, ctx));
      const doc = cache.get(k);
      if (doc) it.documentation = doc;
    }
  }
  return { items, isIncomplete: true };
}

/** The Markdown of an item, made when the editor shows it (completionItem/resolve). */
export function completionDocumentation(ref: CompletionRef, corpus: CorpusIndex, ctx: DocumentContext): Localized | null {
  switch (ref.type) {
    case 'date':
      return both(
        'Ngày dưới 10 và tháng 1, 2 viết thêm số 0 ở trước; tháng 3 đến 12 không thêm (Nghị định 30/2020/NĐ-CP, Phụ lục I; các ví dụ của Hướng dẫn 36-HD/VPTW).',
        'Days below 10 and months 1 and 2 take a leading zero; months 3 to 12 do not (Decree 30/2020/NĐ-CP, Appendix I; the examples of Guide 36-HD/VPTW).',
      );
    case 'directive': {
      const e = corpus.get(ref.key);
      return e ? directiveCard(e, corpus, ctx.reportDate) : null;
    }
    case 'official': {
      const records = corpus.officials.filter((e) => e.record.name === ref.name).map((e) => e.record);
      return records.length ? officialCard(records, ctx.reportDate) : null;
    }
    case 'title': {
      const r = corpus.titles.find((e) => e.record.canonical === ref.name)?.record;
      if (!r) return null;
      const vi = [`**${md(r.canonical)}**`, ''];
      const en = [`**${md(r.canonical)}**`, ''];
      if (r.variants?.length) {
        vi.push(`Cách viết khác: ${r.variants.map(md).join('; ')}`, '');
        en.push(`Other spellings: ${r.variants.map(md).join('; ')}`, '');
      }
      vi.push(`Nguồn: ${sourcesLine(r.sources)}`);
      en.push(`Sources: ${sourcesLine(r.sources)}`);
      return { vi: vi.join('\n'), en: en.join('\n') };
    }
    case 'organisation': {
      const r = corpus.organisations.find((e) => e.record.name === ref.name)?.record;
      if (!r) return null;
      const local = localSuffix(r.scope);
      const vi = [`**${md(r.name)}**${local ? ' …' : ''}`, ''];
      const en = [`**${md(r.name)}**${local ? ' …' : ''}`, ''];
      if (r.abbreviations?.length) {
        vi.push(`Viết tắt: ${r.abbreviations.map(md).join('; ')}`, '');
        en.push(`Abbreviations: ${r.abbreviations.map(md).join('; ')}`, '');
      }
      if (r.until) {
        vi.push(`Tồn tại đến ${shortDate(r.until)}${r.successor ? `; kế tục: ${md(r.successor)}` : ''}`, '');
        en.push(`Existed until ${shortDate(r.until)}${r.successor ? `; succeeded by ${md(r.successor)}` : ''}`, '');
      }
      vi.push(`Nguồn: ${sourcesLine(r.sources)}`);
      en.push(`Sources: ${sourcesLine(r.sources)}`);
      return { vi: vi.join('\n'), en: en.join('\n') };
    }
  }
}
