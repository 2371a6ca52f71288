// What the index learns from a user's document: its own header defines it (number, date,
// issuer, kind, subject — as every gazette text and report begins), and the citations inside it
// are evidence of how a document is cited, counted, never taken as fact.

import { parseId, type Citation } from '../extract/citations';
import { KIND_WORDS } from '../extract/patterns';
import type { ReportHeader } from '../extract/header';
import { read } from '../extract/reading';
import type { IsoDate } from '../types';
import { idMatchKey, type Evidence } from './corpus-index';
import type { DirectiveRecord } from './types';

export interface Learned {
  /** The document's own record, when its header gives at least kind, number and symbol. */
  record: DirectiveRecord | null;
  /** Ids cited with the date written, for evidence. */
  cited: { key: string; date: IsoDate | null }[];
}

function titleCaseBody(s: string): string {
  // "BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI" → "Bộ Lao động - Thương binh và Xã hội" is not
  // derivable without a dictionary; keep the capitals but collapse spaces.
  return s.replace(/\s+/g, ' ').trim();
}

/**
 * The date a document's own date line gives, as much of it as is written: a day left blank for the signature is no day of
 * the document ("ngày    tháng 10 năm 2021": October 2021; "ngày    tháng    năm 2026": 2026), though the check dates such a
 * draft the period's last day (a gazette text whose date line was blank had been learned as of 31/12/2026, and the texts
 * citing it with their day were told they misdated it).
 */
function dateAsWritten(pd: NonNullable<ReportHeader['placeDate']>): string {
  const iso = pd.date.iso!;
  return pd.blankMonth ? iso.slice(0, 4) : pd.blankDay ? iso.slice(0, 7) : iso;
}

export function learnFromDocument(text: string, file: string): Learned {
  const r = read(text);
  const h = r.header;
  let record: DirectiveRecord | null = null;
  if (h.number && h.kind) {
    const id = parseId(h.number.id);
    if (id && id.id && id.number && id.symbol) {
      const kindWord = KIND_WORDS.find((k) => k.toUpperCase() === h.kind!.text.replace(/\s+/g, ' ')) ?? h.kind.text;
      record = {
        type: 'directive',
        id: id.id,
        kind: kindWord,
        number: id.number,
        symbol: id.symbol,
        issuer: h.issuingBody ? titleCaseBody(h.issuingBody.text) : '',
        ...(h.placeDate?.date.iso ? { date: dateAsWritten(h.placeDate) } : {}),
        ...(h.subject ? { subject: h.subject.text } : {}),
        sources: [{ title: file, note: 'header of a document in the user corpus' }],
        confidence: 'reported',
      };
    }
  }
  const cited = r.citations
    .filter((c: Citation) => c.id && !(h.number && c.span.start === h.number.span.start))
    .map((c) => ({ key: idMatchKey(c.id!), date: c.date?.iso ?? null }));
  return { record, cited };
}

/** Fold learned citations of many files into evidence per id. */
export function addEvidence(into: Map<string, Evidence>, learned: Learned, file: string): void {
  for (const c of learned.cited) {
    let e = into.get(c.key);
    if (!e) into.set(c.key, (e = { count: 0, dates: {}, files: [] }));
    e.count++;
    if (c.date) e.dates[c.date] = (e.dates[c.date] ?? 0) + 1;
    if (e.files.length < 5 && !e.files.includes(file)) e.files.push(file);
  }
}
