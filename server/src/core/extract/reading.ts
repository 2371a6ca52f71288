// What the reader takes out of a document: the input of every rule and feature. Built once per
// document version and shared (adapters cache it by uri and version).

import { dropRanges, normalizeText, type NormalizedText } from '../text/normalize';
import type { Span } from '../types';
import { extractCitations, type Citation } from './citations';
import { findRanges, scanDates, type DateMention, type DateRange } from './dates';
import { emptyHeader, extractHeader, type ReportHeader } from './header';
import { layoutNoise } from './layout';
import { extractSections, type Section } from './sections';
import { scanTerms, type TermMention } from './terms';

export interface Reading {
  /**
   * The canonical text (NFC, LF, plain punctuation) that every reader matched on, with layout
   * noise left out (the gazette's running page headers). Map its offsets with `nt.toOriginal`.
   */
  nt: NormalizedText;
  dates: DateMention[];
  /** "từ ngày 1/10/2023 đến ngày 15/10/2023": pairs of `dates` read as one period. */
  ranges: DateRange[];
  terms: TermMention[];
  citations: Citation[];
  header: ReportHeader;
  sections: Section[];
  /** Spans where rules must not look: HTML comments and fenced code in Markdown. */
  quiet: Span[];
  /** Original spans of the layout noise left out of `nt.text` (gazette page headers). */
  layout: Span[];
}

/** Read a document. Never throws; linear in the length of the text. */
export function read(text: string): Reading {
  try {
    return readStrict(text);
  } catch {
    // A bug must not take the editor down: an empty reading is a safe answer.
    return emptyReading(text);
  }
}

/** The reading without the safety net: for tests that must see an exception if there is one. */
export function readStrict(text: string): Reading {
  return readText(text, null);
}

/**
 * The reading of one block of a report (core/blocks.ts): everything but the header, which is the
 * document's (`readHeader`). `ownNumber` is the original offset, in the block, of the report's
 * own number ("Số: 45-BC/…"), which is not a citation; -1 when the block does not hold it.
 */
export function readBlock(text: string, ownNumber: number): Reading {
  try {
    return readText(text, ownNumber);
  } catch {
    return emptyReading(text);
  }
}

/** The header of a report, from a prefix of it that ends at a block's end (see analyze.ts). */
export function readHeader(prefix: string): ReportHeader {
  try {
    const { nt } = canonicalText(prefix);
    return extractHeader(nt, scanDates(nt));
  } catch {
    return emptyHeader();
  }
}

/** The canonical text every reader matches on, with the gazette's page-break noise left out. */
export function canonicalText(text: string): { nt: NormalizedText; base: NormalizedText; noise: Span[] } {
  const base = normalizeText(text);
  const noise = layoutNoise(base.text);
  return { nt: dropRanges(base, noise), base, noise };
}

/** A whole document (`ownNumber` null: its header is read too) or a block (the header is the document's). */
function readText(text: string, ownNumber: number | null): Reading {
  const { nt, base, noise } = canonicalText(text);
  const dates = scanDates(nt);
  const terms = scanTerms(nt);
  const header = ownNumber === null ? extractHeader(nt, dates) : emptyHeader();
  const own = ownNumber ?? (header.number ? header.number.span.start : -1);
  const citations = extractCitations(nt, dates, terms, own);
  const sections = extractSections(nt);
  return {
    nt,
    dates: dates.map((d) => d.mention),
    ranges: findRanges(nt, dates),
    terms: terms.map((f) => f.mention),
    citations,
    header,
    sections,
    quiet: [],
    layout: noise.map((s) => ({ start: base.toOriginal(s.start), end: base.toOriginal(s.end) })),
  };
}

function emptyReading(text: string): Reading {
  const nt = normalizeText(text);
  return {
    nt,
    dates: [],
    ranges: [],
    terms: [],
    citations: [],
    header: emptyHeader(),
    sections: [],
    quiet: [],
    layout: [],
  };
}
