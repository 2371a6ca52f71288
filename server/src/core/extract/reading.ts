// What the reader takes out of a document: the input of every rule and feature. Built once per
// document version and shared (adapters cache it by uri and version).

import { normalizeText, type NormalizedText } from '../text/normalize';
import type { Span } from '../types';
import { extractCitations, type Citation } from './citations';
import { extractDates, type DateMention } from './dates';
import { extractHeader, type ReportHeader } from './header';
import { extractSections, type Section } from './sections';
import { extractTerms, type TermMention } from './terms';

export interface Reading {
  nt: NormalizedText;
  dates: DateMention[];
  terms: TermMention[];
  citations: Citation[];
  header: ReportHeader;
  sections: Section[];
  /** Spans where rules must not look: HTML comments and fenced code in Markdown. */
  quiet: Span[];
}

/** Read a document. Never throws; linear in the length of the text. */
export function read(text: string): Reading {
  const nt = normalizeText(text);
  const dates = extractDates(nt);
  const terms = extractTerms(nt);
  const header = extractHeader(nt, dates);
  const citations = extractCitations(nt, dates, terms, header);
  const sections = extractSections(nt);
  return { nt, dates, terms, citations, header, sections, quiet: [] };
}
