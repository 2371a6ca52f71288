// section-missing: a báo cáo tổng kết or sơ kết without the customary parts — results; limitations
// and causes; lessons learnt; directions, tasks and solutions; proposals (conventions §4.2: no
// official template exists, these are the parts real reviews ask for). One information finding,
// on the header's kind line ("BÁO CÁO") or the first line, lists what is missing.
//
// A text is judged only when it is such a report — the header's subject says "tổng kết"/"sơ
// kết", or its first line or first heading says "báo cáo" and "tổng kết"/"sơ kết" — and has at
// least two section headings (a news article about a review conference is not a report).
// Parts are looked for in section titles and in short heading-like lines (bold, capitals, or
// ending with ":"), with diacritics folded; each part has several customary names, so a part
// written under another of them counts as present.

import { boundedMemo } from '../text/memo';
import { fold } from '../text/normalize';
import type { Localized, Span } from '../types';
import type { CollectingRule } from './rule';
import { hasClass, IS_LOWER, IS_UPPER } from '../text/letters';
import { isSpaceCode } from './util/text';

interface Part {
  name: Localized;
  re: RegExp;
}

// Patterns on folded text (no diacritics, đ → d, lower case).
const PARTS: Part[] = [
  { name: { vi: 'kết quả', en: 'results' }, re: /ket qua|tinh hinh|uu diem|danh gia|thanh tuu|nhung viec da lam/u },
  { name: { vi: 'hạn chế, nguyên nhân', en: 'limitations and causes' }, re: /han che|khuyet diem|ton tai|yeu kem|nguyen nhan|vuong mac|bat cap/u },
  { name: { vi: 'bài học kinh nghiệm', en: 'lessons learnt' }, re: /bai hoc|kinh nghiem/u },
  { name: { vi: 'phương hướng, nhiệm vụ, giải pháp', en: 'directions, tasks and solutions' }, re: /phuong huong|nhiem vu|giai phap|dinh huong|muc tieu/u },
  { name: { vi: 'đề xuất, kiến nghị', en: 'proposals and recommendations' }, re: /de xuat|kien nghi|de nghi/u },
];

const REVIEW = /tong ket|so ket/u;

/**
 * Short lines that look like headings even without a number: "**Bài học kinh nghiệm**", "HẠN CHẾ",
 * "Kiến nghị:". Asked for every line of every block: each line is judged by its code units, and
 * only a heading is sliced (a gazette document is thousands of short lines; slicing, trimming and
 * four expressions on each was 7 % of checking the gazette folder).
 */
export function headingLines(t: string): string[] {
  const out: string[] = [];
  for (let pos = 0; pos < t.length; ) {
    let nl = t.indexOf('\n', pos);
    if (nl < 0) nl = t.length;
    const from = pos;
    pos = nl + 1;
    if (nl - from > 400) continue; // no heading, even with its marks and indentation
    // The trimmed line [a, b), and the bare line [c, b) without its leading marks.
    let a = from;
    let b = nl;
    while (a < b && isSpaceCode(t.charCodeAt(a))) a++;
    while (b > a && isSpaceCode(t.charCodeAt(b - 1))) b--;
    if (b - a < 4 || b - a > 120) continue;
    let c = a;
    while (c < b && c - a < 20 && isBareMark(t.charCodeAt(c))) c++;
    if (isHeadingLike(t, a, c, b)) out.push(t.slice(c, b));
  }
  return out;
}

const BOLD = /^(?:\*\*|__).{2,116}(?:\*\*|__):?$/u;

/** Whether the trimmed line [a, b) with its bare part from `c` reads as a heading. */
function isHeadingLike(t: string, a: number, c: number, b: number): boolean {
  // "Kiến nghị:" (short)
  if (t.charCodeAt(b - 1) === 58 && b - c <= 80) return true;
  // "## Kết quả": one to six "#" and a space.
  let h = a;
  while (h < b && t.charCodeAt(h) === 35) h++;
  if (h > a && h - a <= 6 && h < b && isSpaceCode(t.charCodeAt(h))) return true;
  // "**Bài học**", "__Kiến nghị__:" — the expression decides (it counts code points).
  const m = t.charCodeAt(c);
  if ((m === 42 || m === 95) && t.charCodeAt(c + 1) === m && BOLD.test(t.slice(c, b))) return true;
  // "HẠN CHẾ": a capital and no small letter.
  let capital = false;
  for (let i = c; i < b; i++) {
    const k = t.charCodeAt(i);
    if (hasClass(k, IS_LOWER)) return false;
    if (hasClass(k, IS_UPPER)) capital = true;
  }
  return capital;
}

/** "#", ">" or white space: what a bare heading line drops from its start. */
function isBareMark(c: number): boolean {
  return c === 35 || c === 62 || isSpaceCode(c);
}

interface Facts {
  /** Which customary parts the block's heading-like lines name: bit k for PARTS[k]. */
  parts: number;
  /** The block's first line without Markdown marks: where a report without a kind line is flagged. */
  first: { text: string; start: number; end: number } | null;
}

// The first line without Markdown heading or emphasis marks.
const FIRST_LINE = /^[\s#>*_]{0,200}([^\n]{0,300}[^\s*_])/u;

// The parts a section title or heading-like line names, by its text: the judge asks for every
// heading at every analysis, and documents of one kind repeat the same heading lines
// ("QUYẾT ĐỊNH:", "Nơi nhận:").
const titleParts = boundedMemo(4096, (title) => {
  const folded = fold(title);
  let mask = 0;
  PARTS.forEach((p, k) => {
    if (p.re.test(folded)) mask |= 1 << k;
  });
  return mask;
});

export const rule: CollectingRule<Facts> = {
  code: 'section-missing',
  scope: 'collect',
  defaultSeverity: 'information',
  description: { vi: 'Báo cáo tổng kết, sơ kết thiếu phần thường có', en: 'Review report without a customary part' },
  collect(ctx) {
    const nt = ctx.reading.nt;
    const t = nt.text;
    const m = FIRST_LINE.exec(t);
    const start = m ? m.index + m[0].length - m[1]!.length : 0;
    return {
      parts: headingLines(t).reduce((mask, line) => mask | titleParts(line), 0),
      first: m ? { text: m[1]!, start: nt.toOriginal(start), end: nt.toOriginal(start + m[1]!.length) } : null,
    };
  },
  judge(parts, doc) {
    const { header, sections } = doc;
    if (sections.length < 2) return [];
    const head = parts[0];
    const firstLineMatch = head?.facts.first ?? null;
    const firstLine = firstLineMatch ? fold(firstLineMatch.text) : '';
    const firstHeading = sections[0] ? fold(`${sections[0].label} ${sections[0].title}`) : '';
    const isReview =
      header.reportType !== null ||
      (header.subject !== null && REVIEW.test(fold(header.subject.text))) ||
      (/bao cao/u.test(firstLine) && REVIEW.test(firstLine)) ||
      (/bao cao/u.test(firstHeading) && REVIEW.test(firstHeading));
    if (!isReview) return [];
    // The kind line of a report that is not a báo cáo (a kế hoạch for a review) is not ours.
    if (header.kind && !/^BÁO\sCÁO$/u.test(header.kind.text.replace(/\s+/gu, ' '))) return [];

    let named = 0;
    for (const s of sections) named |= titleParts(s.title);
    for (const p of parts) named |= p.facts.parts;
    const missing = PARTS.filter((_p, k) => !(named & (1 << k)));
    if (missing.length === 0) return [];

    let span: Span;
    if (header.kind) span = header.kind.span;
    else if (firstLineMatch && head) span = { start: head.offset + firstLineMatch.start, end: head.offset + firstLineMatch.end };
    else return [];
    const type = header.reportType ?? (/so ket/u.test(firstLine + firstHeading) ? 'sơ kết' : 'tổng kết');
    return [
      {
        span,
        message: {
          vi: `Báo cáo ${type} chưa có phần: ${missing.map((p) => p.name.vi).join('; ')}. Báo cáo ${type} thường gồm kết quả; hạn chế, nguyên nhân; bài học kinh nghiệm; phương hướng, nhiệm vụ, giải pháp; đề xuất, kiến nghị.`,
          en: `This ${type === 'sơ kết' ? 'interim review' : 'final review'} report has no part on: ${missing.map((p) => p.name.en).join('; ')}. Such reports usually have results; limitations and causes; lessons learnt; directions, tasks and solutions; proposals.`,
        },
      },
    ];
  },
};
