// Section headings of a report: "PHẦN THỨ NHẤT", "I. KẾT QUẢ …", "1. …", "1.1. …", "a) …",
// possibly behind Markdown heading or emphasis marks. They make the outline and folding ranges
// and let section-missing see which customary parts a report has.

import type { NormalizedText } from '../text/normalize';
import type { Span } from '../types';
import { rx } from '../text/letters';

export interface Section {
  /** 0 PHẦN, 1 I., 2 1., 3 1.1., 4 a). */
  level: number;
  /** "I.", "1.", "a)", "PHẦN THỨ NHẤT". */
  label: string;
  title: string;
  /** The heading line. */
  span: Span;
  /** To the line before the next heading of the same or a higher level (or the end). */
  range: Span;
}

const PATTERNS: { level: number; re: RegExp }[] = [
  // "Phần lớn …" opens many a sentence: in lower case only "Phần thứ …" or "Phần I" is a heading.
  { level: 0, re: rx(String.raw`^(PHẦN\s(?:THỨ\s)?[\p{Lu}\d]{1,10}|Phần\s(?:thứ\s\p{Ll}{1,6}|[IVXL\d]{1,6}))(?![\p{L}\p{N}])\s{0,3}[:.-]?\s{0,3}(.{0,200})$`, 'u') },
  { level: 1, re: /^([IVXL]{1,6}\.)\s{1,3}(\S.{0,200})$/u },
  { level: 3, re: /^(\d{1,2}\.\d{1,2}\.?)\s{1,3}(\S.{0,200})$/u },
  { level: 2, re: /^(\d{1,2}\.)\s{1,3}(\S.{0,200})$/u },
  { level: 4, re: /^([a-zđ]\))\s{1,3}(\S.{0,200})$/u },
];

// Marks around a heading in Markdown (# ## > * _) and plain indentation, as character codes.
function isLead(c: number): boolean {
  return c === 32 || c === 9 || c === 35 || c === 62 || c === 42 || c === 95;
}
function isTrail(c: number): boolean {
  return c === 32 || c === 9 || c === 42 || c === 95;
}

export function extractSections(nt: NormalizedText): Section[] {
  const t = nt.text;
  const found: { level: number; label: string; title: string; start: number; end: number }[] = [];
  let pos = 0;
  while (pos <= t.length) {
    const nl = t.indexOf('\n', pos);
    const end = nl < 0 ? t.length : nl;
    if (end - pos <= 260) {
      // Trim by hand: a trailing-whitespace regex backtracks quadratically on a line of spaces.
      let a = pos;
      let b = end;
      while (a < b && a - pos < 10 && isLead(t.charCodeAt(a))) a++;
      while (b > a && isTrail(t.charCodeAt(b - 1))) b--;
      const c = t.charCodeAt(a);
      // Only lines that start like a label are tried: P(hần), a Roman numeral, a digit, "a)".
      const maybe = c === 80 || c === 73 || c === 86 || c === 88 || c === 76 || (c >= 48 && c <= 57) || (b - a > 2 && t.charCodeAt(a + 1) === 41);
      if (maybe) {
        const line = t.slice(a, b);
        for (const p of PATTERNS) {
          const m = p.re.exec(line);
          if (m) {
            found.push({ level: p.level, label: m[1]!, title: m[2]!.replace(/[*_]+/gu, '').trim(), start: a, end: b });
            break;
          }
        }
      }
    }
    if (nl < 0) break;
    pos = nl + 1;
  }
  const o = (i: number) => nt.toOriginal(i);
  const ends = sectionEnds(found, t.length);
  return found.map((f, i) => ({ level: f.level, label: f.label, title: f.title, span: { start: o(f.start), end: o(f.end) }, range: { start: o(f.start), end: o(ends[i]!) } }));
}

/**
 * Where each heading's section ends: just before the next heading of its level or above (never
 * before the heading's own end), else at `end`. Headings in order, `start`/`end` their line.
 */
export function sectionEnds(headings: readonly { level: number; start: number; end: number }[], end: number): number[] {
  return headings.map((h, i) => {
    for (let j = i + 1; j < headings.length; j++) if (headings[j]!.level <= h.level) return Math.max(h.end, headings[j]!.start - 1);
    return end;
  });
}
