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

import { fold } from '../text/normalize';
import type { Localized, Span } from '../types';
import type { Rule } from './rule';

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
  for (const raw of t.split('\n')) {
    const line = raw.trim();
    if (line.length < 4 || line.length > 120) continue;
    const bare = line.replace(/^[#>\s]{1,20}/u, '');
    const bold = /^(?:\*\*|__).{2,116}(?:\*\*|__):?$/u.test(bare);
    const caps = /\p{Lu}/u.test(bare) && !/\p{Ll}/u.test(bare);
    const colon = /:$/u.test(bare) && bare.length <= 80;
    const markdownHeading = /^#{1,6}\s/u.test(line);
    if (bold || caps || colon || markdownHeading) out.push(bare);
  }
  return out;
}

export const rule: Rule = {
  code: 'section-missing',
  defaultSeverity: 'information',
  description: { vi: 'Báo cáo tổng kết, sơ kết thiếu phần thường có', en: 'Review report without a customary part' },
  run(ctx) {
    const r = ctx.reading;
    const t = r.nt.text;
    if (r.sections.length < 2) return [];
    // The first line without Markdown heading or emphasis marks.
    const firstLineMatch = /^[\s#>*_]{0,200}([^\n]{0,300}[^\s*_])/u.exec(t);
    const firstLine = firstLineMatch ? fold(firstLineMatch[1]!) : '';
    const firstHeading = r.sections[0] ? fold(`${r.sections[0].label} ${r.sections[0].title}`) : '';
    const isReview =
      r.header.reportType !== null ||
      (r.header.subject !== null && REVIEW.test(fold(r.header.subject.text))) ||
      (/bao cao/u.test(firstLine) && REVIEW.test(firstLine)) ||
      (/bao cao/u.test(firstHeading) && REVIEW.test(firstHeading));
    if (!isReview) return [];
    // The kind line of a report that is not a báo cáo (a kế hoạch for a review) is not ours.
    if (r.header.kind && !/^BÁO\sCÁO$/u.test(r.header.kind.text.replace(/\s+/gu, ' '))) return [];

    const titles = [...r.sections.map((s) => fold(s.title)), ...headingLines(t).map(fold)];
    const missing = PARTS.filter((p) => !titles.some((x) => p.re.test(x)));
    if (missing.length === 0) return [];

    let span: Span;
    if (r.header.kind) span = r.header.kind.span;
    else if (firstLineMatch) {
      const start = firstLineMatch.index + firstLineMatch[0].length - firstLineMatch[1]!.length;
      span = { start: r.nt.toOriginal(start), end: r.nt.toOriginal(start + firstLineMatch[1]!.length) };
    } else return [];
    const type = r.header.reportType ?? (/so ket/u.test(firstLine + firstHeading) ? 'sơ kết' : 'tổng kết');
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
