// citation-format: a Party number written in another form than "số-ký hiệu/cơ quan" (Hướng dẫn
// 36-HD/VPTW): state order "217/QĐ-TW", a slash for the hyphen "66/QĐ/TW", spaces "100 - KL/TW".
// Real pages carry all three (conventions §1.8). Fix: the official form.

import type { Rule, RuleFinding } from './rule';

const WHAT = {
  'state-order': { vi: 'viết theo kiểu văn bản nhà nước', en: 'written in the state order' },
  slash: { vi: 'dùng dấu "/" thay cho dấu "-"', en: 'uses "/" instead of "-"' },
  spacing: { vi: 'có khoảng trắng trong số ký hiệu', en: 'has spaces inside the number and symbol' },
} as const;

export const rule: Rule = {
  code: 'citation-format',
  defaultSeverity: 'warning',
  description: { vi: 'Số, ký hiệu văn bản của Đảng viết sai thể thức', en: 'Party number and symbol in a non-standard form' },
  run(ctx) {
    const out: RuleFinding[] = [];
    for (const c of ctx.reading.citations) {
      if (!c.malformed || !c.idSpan || !c.id) continue;
      // Spaces and line breaks come from Word and PDF copies: a hint, not a warning.
      const severity = c.malformed === 'spacing' ? 'hint' : 'warning';
      const w = WHAT[c.malformed];
      out.push({
        span: c.idSpan,
        severity,
        message: {
          vi: `Số ký hiệu "${c.idText}" ${w.vi}; thể thức của Đảng là "${c.id}" (Hướng dẫn 36-HD/VPTW).`,
          en: `"${c.idText}" ${w.en}; the Party form is "${c.id}" (Guide 36-HD/VPTW).`,
        },
        fixes: [{ title: { vi: `Sửa thành ${c.id}`, en: `Change to ${c.id}` }, edits: [{ start: c.idSpan.start, end: c.idSpan.end, newText: c.id }], safe: true, preferred: true }],
      });
    }
    return out;
  },
};
