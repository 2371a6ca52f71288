// Look documents up: a query in (an id, a number, words of the subject or a name; with or
// without diacritics), matching directives out as plain objects, best first. Answers the
// `vanban.lookup` command, which any LSP client can call; VS Code shows it as a Quick Pick.

import type { CorpusIndex } from '../corpus/corpus-index';
import { idKey, searchIndexOf, type DirectiveDoc } from '../corpus/search';
import { KIND_WORDS } from '../extract/patterns';
import { fold } from '../text/normalize';
import type { IsoDate, Localized } from '../types';
import { citationText, issuerText, statusLine } from './describe';

export interface LookupHit {
  /** CorpusIndex key: unique even when two documents share an id. */
  key: string;
  id: string;
  kind: string;
  date: string | null;
  issuer: string;
  subject: string | null;
  status: Localized | null;
  /** The full citation in the customary form, ready to insert. */
  citation: string;
  /** 1 best … 0. */
  score: number;
}

export interface LookupOptions {
  limit?: number;
  /** Status is told as of this date (the report's date, or today). */
  reportDate: IsoDate;
  /** The report's province: its local documents only (others' local documents are left out). */
  province?: string | null;
}

const KIND_PREFIX = new RegExp(
  String.raw`^(${[...new Set(KIND_WORDS.map(fold))].sort((a, b) => b.length - a.length).join('|')})\s{1,3}(?:so\s{0,2}:?\s{0,2})?(?=\d)`,
);

export function lookup(corpus: CorpusIndex, query: string, opts: LookupOptions): LookupHit[] {
  const limit = Math.max(1, Math.min(opts.limit ?? 50, 500));
  const search = searchIndexOf(corpus);
  // The report's province and, after the 2025 mergers, the former provinces of its new unit.
  const places = opts.province ? corpus.provincePlaces(opts.province, opts.reportDate) : null;
  const placeOk = (d: DirectiveDoc) => !places || !d.place || places.has(d.place);
  let q = fold(query).trim();
  let docs: { d: DirectiveDoc; score: number }[];
  if (q === '') {
    docs = search.topDirectives(limit, placeOk).map((d, i, all) => ({ d, score: 1 - i / Math.max(1, all.length) }));
  } else {
    let kindKey: string | null = null;
    const k = KIND_PREFIX.exec(q);
    if (k) {
      kindKey = k[1]!;
      q = q.slice(k[0].length);
    }
    const id = /^(\d{1,5}[a-z]?)(?:\s?[-/].*)?$/.exec(q);
    if (id) {
      const numberKey = id[1]!.replace(/^0+(?=\d)/, '');
      const typed = q.length > id[1]!.length ? idKey(q) : null;
      const found = search.byNumberPrefix(numberKey, kindKey, (d) => placeOk(d) && (!typed || (d.numberKey === numberKey && d.idKey.startsWith(typed))), limit * 2);
      docs = found
        .map((d) => ({ d, s: (d.numberKey === numberKey ? 10 : 0) + d.prior }))
        .sort((a, b) => b.s - a.s || a.d.index - b.d.index)
        .map((x, i, all) => ({ d: x.d, score: 1 - i / Math.max(1, all.length) }));
    } else {
      docs = search
        .searchDirectives(query, { typos: true, limit: limit * 2, filter: (d) => placeOk(d) && (!kindKey || d.kindKey === kindKey) })
        .map((h) => ({ d: h.doc, score: 1 - h.score }));
    }
  }
  return docs.slice(0, limit).map(({ d, score }) => {
    const r = d.entry.record;
    return {
      key: d.entry.key,
      id: r.id,
      kind: r.kind,
      date: r.date ?? null,
      issuer: issuerText(r),
      subject: r.subject ?? null,
      status: statusLine(r, opts.reportDate, corpus),
      citation: citationText(r, true),
      score: Math.round(score * 1000) / 1000,
    };
  });
}
