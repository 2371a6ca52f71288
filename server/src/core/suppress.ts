// Disable comments, in Markdown and plain text alike:
//   <!-- vanban-disable-next-line citation-unknown -->
//   <!-- vanban-disable citation-unknown date-format -->  …  <!-- vanban-enable -->
// With no codes a comment applies to every rule.

import type { Finding } from './types';

const COMMENT = /<!--\s{0,4}vanban-(disable-next-line|disable|enable)((?:\s{1,4}[a-z][a-z-]{1,40}){0,20})\s{0,4}-->/g;

interface Region {
  start: number;
  end: number;
  codes: Set<string> | null;
}

export function suppressionRegions(text: string): Region[] {
  const regions: Region[] = [];
  const open = new Map<string, number>(); // code ('*' for all) → start offset
  for (const m of text.matchAll(COMMENT)) {
    const codes = m[2]!.trim() ? m[2]!.trim().split(/\s+/) : null;
    const at = m.index!;
    if (m[1] === 'disable-next-line') {
      const lineEnd = text.indexOf('\n', at + m[0].length);
      const nextStart = lineEnd < 0 ? text.length : lineEnd + 1;
      const nextEnd = text.indexOf('\n', nextStart);
      regions.push({ start: nextStart, end: nextEnd < 0 ? text.length : nextEnd, codes: codes ? new Set(codes) : null });
    } else if (m[1] === 'disable') {
      for (const c of codes ?? ['*']) if (!open.has(c)) open.set(c, at);
    } else {
      const closing = codes ?? [...open.keys()];
      for (const c of closing) {
        const s = open.get(c);
        if (s === undefined) continue;
        regions.push({ start: s, end: at, codes: c === '*' ? null : new Set([c]) });
        open.delete(c);
      }
    }
  }
  for (const [c, s] of open) regions.push({ start: s, end: text.length, codes: c === '*' ? null : new Set([c]) });
  return regions;
}

/** The word every disable comment holds: a text without it has none (no line break inside it). */
export const SUPPRESSION_MARK = 'vanban-';

export function applySuppressions(text: string, findings: Finding[]): Finding[] {
  if (!text.includes(SUPPRESSION_MARK)) return findings;
  const regions = suppressionRegions(text);
  return findings.filter(
    (f) => !regions.some((r) => f.span.start >= r.start && f.span.start <= r.end && (r.codes === null || r.codes.has(f.code))),
  );
}
