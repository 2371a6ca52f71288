// citation-inconsistent: one document cited with different details in one draft (two dates, two
// issuers, two terms). Points at the other place. Where the corpus has the fact, the mismatch
// rules already say which is right, so this rule speaks only about facts the corpus lacks.

import { idMatchKey } from '../corpus/corpus-index';
import { fold } from '../text/normalize';
import type { Citation } from '../extract/citations';
import { issuerKey } from './util/issuers';
import type { Rule, RuleFinding } from './rule';
import { dateVi } from './util/citations';

type Field = 'date' | 'issuer' | 'term';

const FIELDS: { field: Field; get: (c: Citation) => string | null; key?: (v: string) => string; show: (v: string) => string; vi: string; en: string }[] = [
  { field: 'date', get: (c) => c.date?.iso ?? null, show: dateVi, vi: 'ngày', en: 'date' },
  // Issuers compare without case, diacritics or punctuation ("Bộ Lao động - Thương binh và Xã hội"
  // and "Bộ Lao động Thương binh và Xã hội" are one body).
  { field: 'issuer', get: (c) => c.issuer?.name ?? null, key: issuerKey, show: (v) => v, vi: 'cơ quan ban hành', en: 'issuer' },
  { field: 'term', get: (c) => (c.term?.scope === 'party-central' ? c.term.roman : null), show: (v) => `khóa ${v}`, vi: 'khóa', en: 'term' },
];

export const rule: Rule = {
  code: 'citation-inconsistent',
  defaultSeverity: 'warning',
  description: { vi: 'Cùng một văn bản được trích khác nhau', en: 'One document cited with different details' },
  run(ctx) {
    const out: RuleFinding[] = [];
    const firstBy = new Map<string, Map<Field, { value: string; c: Citation }>>();
    ctx.reading.citations.forEach((c, i) => {
      if (!c.id) return;
      const res = ctx.resolutions[i];
      const key = res ? res.entry.key : idMatchKey(c.id);
      const record = res?.certainty === 'exact' ? res.entry.record : null;
      let seen = firstBy.get(key);
      if (!seen) firstBy.set(key, (seen = new Map()));
      for (const f of FIELDS) {
        const v = f.get(c);
        if (!v) continue;
        if (record && record[f.field]) continue; // the corpus knows: a mismatch rule speaks
        const first = seen.get(f.field);
        if (!first) {
          seen.set(f.field, { value: v, c });
          continue;
        }
        if (first.value === v || (f.key && f.key(first.value) === f.key(v))) continue;
        const partSpan = f.field === 'date' ? c.date!.span : f.field === 'issuer' ? c.issuer!.span : c.term!.span;
        const firstSpan = f.field === 'date' ? first.c.date!.span : f.field === 'issuer' ? first.c.issuer!.span : first.c.term!.span;
        if (partSpan.start === firstSpan.start) continue; // a list's shared part
        out.push({
          span: partSpan,
          message: {
            vi: `${c.id} được ghi ${f.vi} ${f.show(v)} ở đây nhưng ${f.show(first.value)} ở chỗ trước; kiểm tra lại cho thống nhất.`,
            en: `${c.id} is given the ${f.en} ${f.show(v)} here but ${f.show(first.value)} earlier; make them agree.`,
          },
          related: [{ span: firstSpan, message: { vi: `${c.id}: ${f.vi} ${f.show(first.value)}`, en: `${c.id}: ${f.en} ${f.show(first.value)}` } }],
        });
      }
    });
    return out;
  },
};
