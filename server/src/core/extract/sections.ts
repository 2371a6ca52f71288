// Section headings of a report: "PHẦN THỨ NHẤT", "I. KẾT QUẢ …", "1. …", "1.1. …", "a) …",
// possibly behind Markdown heading or emphasis marks. They make the outline and folding ranges
// and let section-missing see which customary parts a report has.

import type { NormalizedText } from '../text/normalize';
import type { Span } from '../types';

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
  { level: 0, re: /^(PHẦN\s(?:THỨ\s)?[\p{Lu}\d]{1,10}|Phần\s(?:thứ\s)?[\p{L}\d]{1,10})\s{0,3}[:.-]?\s{0,3}(.{0,200})$/u },
  { level: 1, re: /^([IVXL]{1,6}\.)\s{1,3}(\S.{0,200})$/u },
  { level: 3, re: /^(\d{1,2}\.\d{1,2}\.?)\s{1,3}(\S.{0,200})$/u },
  { level: 2, re: /^(\d{1,2}\.)\s{1,3}(\S.{0,200})$/u },
  { level: 4, re: /^([a-zđ]\))\s{1,3}(\S.{0,200})$/u },
];

export function extractSections(nt: NormalizedText): Section[] {
  const t = nt.text;
  const found: { level: number; label: string; title: string; start: number; end: number }[] = [];
  let pos = 0;
  while (pos <= t.length) {
    const nl = t.indexOf('\n', pos);
    const end = nl < 0 ? t.length : nl;
    if (end - pos <= 260) {
      const raw = t.slice(pos, end);
      const lead = /^[\s#>*_]{0,10}/u.exec(raw)![0].length;
      const line = raw.slice(lead).replace(/[\s*_]+$/u, '');
      for (const p of PATTERNS) {
        const m = p.re.exec(line);
        if (m) {
          found.push({ level: p.level, label: m[1]!, title: m[2]!.replace(/[*_]+/gu, '').trim(), start: pos + lead, end: pos + lead + line.length });
          break;
        }
      }
    }
    if (nl < 0) break;
    pos = nl + 1;
  }
  const o = (i: number) => nt.toOriginal(i);
  return found.map((f, i) => {
    let rangeEnd = t.length;
    for (let j = i + 1; j < found.length; j++) {
      if (found[j]!.level <= f.level) {
        rangeEnd = Math.max(f.end, found[j]!.start - 1);
        break;
      }
    }
    return { level: f.level, label: f.label, title: f.title, span: { start: o(f.start), end: o(f.end) }, range: { start: o(f.start), end: o(rangeEnd) } };
  });
}
