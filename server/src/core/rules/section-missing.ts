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

import { detached } from '../text/detached';
import { fold } from '../text/normalize';
import type { Localized, Span } from '../types';
import type { CollectingRule } from './rule';
import { rx } from '../text/letters';

const ANY_CAPITAL = rx(String.raw`\p{Lu}`, 'u');
const ANY_SMALL_LETTER = rx(String.raw`\p{Ll}`, 'u');
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

/** Short lines that look like headings even without a number: "**Bài học kinh nghiệm**", "HẠN CHẾ", "Kiến nghị:". */
function headingLines(t: string): string[] {
  const out: string[] = [];
  for (let pos = 0; pos < t.length; ) {
    let nl = t.indexOf('\n', pos);
    if (nl < 0) nl = t.length;
    const long = nl - pos > 400; // no heading, even with its marks and indentation
    const raw = long ? '' : t.slice(pos, nl);
    pos = nl + 1;
    const line = raw.trim();
    if (line.length < 4 || line.length > 120) continue;
    const bare = line.replace(/^[#>\s]{1,20}/u, '');
    const bold = /^(?:\*\*|__).{2,116}(?:\*\*|__):?$/u.test(bare);
    const caps = ANY_CAPITAL.test(bare) && !ANY_SMALL_LETTER.test(bare);
    const colon = /:$/u.test(bare) && bare.length <= 80;
    const markdownHeading = /^#{1,6}\s/u.test(line);
    if (bold || caps || colon || markdownHeading) out.push(bare);
  }
  return out;
}

interface Facts {
  /** Which customary parts the block's heading-like lines name: bit k for PARTS[k]. */
  parts: number;
  /** The block's first line without Markdown marks: where a report without a kind line is flagged. */
  first: { text: string; start: number; end: number } | null;
}

// The first line without Markdown heading or emphasis marks.
const FIRST_LINE = /^[\s#>*_]{0,200}([^\n]{0,300}[^\s*_])/u;

// The parts a section title names, by title: the judge asks for every heading at every analysis.
const byTitle = new Map<string, number>();
function titleParts(title: string): number {
  let mask = byTitle.get(title);
  if (mask === undefined) {
    mask = partsNamed([fold(title)]);
    if (byTitle.size >= 4096) byTitle.clear();
    byTitle.set(detached(title), mask);
  }
  return mask;
}

function partsNamed(titles: readonly string[]): number {
  let mask = 0;
  PARTS.forEach((p, k) => {
    if (titles.some((x) => p.re.test(x))) mask |= 1 << k;
  });
  return mask;
}

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
      parts: partsNamed(headingLines(t).map(fold)),
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
