// citation-unknown: a numbered citation the corpus does not know. Information only — a corpus is
// never complete — with "did you mean" when a close record exists: the same symbol and a number
// one keystroke away (a swapped, missing, extra or wrong digit), preferring one with the same date.

import { idMatchKey, type CorpusIndex, type DirectiveEntry } from '../corpus/corpus-index';
import type { Rule, RuleFinding } from './rule';
import { dateVi } from './util/citations';

/** Damerau–Levenshtein distance ≤ 1 between two short strings. */
export function oneEditApart(a: string, b: string): boolean {
  if (a === b) return false;
  if (Math.abs(a.length - b.length) > 1) return false;
  if (a.length === b.length) {
    const diff: number[] = [];
    for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) diff.push(i);
    if (diff.length === 1) return true;
    return diff.length === 2 && diff[1] === diff[0]! + 1 && a[diff[0]!] === b[diff[1]!] && a[diff[1]!] === b[diff[0]!];
  }
  const [s, l] = a.length < b.length ? [a, b] : [b, a];
  for (let i = 0; i < l.length; i++) if (l.slice(0, i) + l.slice(i + 1) === s) return true;
  return false;
}

/**
 * Verified records grouped by what follows their number ("-QĐ/TW", "/2021/NĐ-CP"), each with its
 * number's key: built once per corpus, so a "did you mean" looks at one symbol's records instead
 * of the whole corpus for every unknown citation.
 */
const bySuffixCache = new WeakMap<CorpusIndex, Map<string, { number: string; entry: DirectiveEntry }[]>>();
function bySuffix(corpus: CorpusIndex): Map<string, { number: string; entry: DirectiveEntry }[]> {
  let m = bySuffixCache.get(corpus);
  if (m) return m;
  m = new Map();
  for (const e of corpus.directives) {
    if (e.record.confidence === 'unverified') continue;
    const number = idMatchKey(e.record.number);
    const rest = idMatchKey(e.record.id).slice(number.length);
    const list = m.get(rest);
    if (list) list.push({ number, entry: e });
    else m.set(rest, [{ number, entry: e }]);
  }
  bySuffixCache.set(corpus, m);
  return m;
}

export const rule: Rule = {
  code: 'citation-unknown',
  defaultSeverity: 'information',
  description: { vi: 'Văn bản không có trong kho', en: 'Document not in the corpus' },
  run(ctx) {
    const out: RuleFinding[] = [];
    const reported = new Set<string>();
    ctx.reading.citations.forEach((c, i) => {
      if (!c.id || !c.idSpan || ctx.resolutions[i]) return;
      if (c.style !== 'party' && c.style !== 'state') return;
      const key = idMatchKey(c.id);
      if (reported.has(key)) return; // once per document
      reported.add(key);
      // Everything after the number must match ("/2021/NĐ-CP" is not "/2004/NĐ-CP").
      const number = idMatchKey(c.number ?? '');
      const rest = idMatchKey(c.id).slice(number.length);
      const close = (bySuffix(ctx.corpus).get(rest) ?? []).filter((x) => oneEditApart(x.number, number)).map((x) => x.entry);
      const sameDate = c.date?.iso ? close.filter((e) => e.record.date === c.date!.iso) : [];
      const sameKind = c.kind ? close.filter((e) => e.record.kind === c.kind) : close;
      const suggestions = (sameDate.length ? sameDate : sameKind).slice(0, 3);
      const local = /\/(?:[\p{Lu}Đ]*(?:TU|HU|ĐU))$/u.test(c.id) && !ctx.province;
      // The same number exists, dated in another numbering period (another year for a state
      // number, another term for a Party one): the date is the likelier mistake.
      const samePeriodless = ctx.corpus.byOfficialId(c.id).filter((e) => e.record.date && e.record.confidence !== 'unverified');
      const hint = samePeriodless.length && c.date
        ? {
            vi: ` Kho có ${samePeriodless.map((e) => `${e.record.kind} ${e.record.id} ngày ${dateVi(e.record.date)}${e.record.term ? ` (khóa ${e.record.term})` : ''}`).join('; ')}; ngày ghi ở đây thuộc kỳ đánh số khác — kiểm tra lại năm.`,
            en: ` The corpus has ${samePeriodless.map((e) => `${e.record.kind} ${e.record.id} of ${dateVi(e.record.date)}`).join('; ')}; the date written here falls in another numbering period — check the year.`,
          }
        : suggestions.length
        ? {
            vi: ` Có phải ${suggestions.map((e) => `${e.record.kind} ${e.record.id} (${dateVi(e.record.date)})`).join(' hoặc ')}?`,
            en: ` Did you mean ${suggestions.map((e) => `${e.record.kind} ${e.record.id} (${dateVi(e.record.date)})`).join(' or ')}?`,
          }
        : local
          ? { vi: ' Văn bản cấp tỉnh: kho chỉ tra được khi báo cáo ghi rõ tỉnh.', en: ' A provincial document: the corpus can only match it when the report names its province.' }
          : { vi: '', en: '' };
      out.push({
        span: c.idSpan,
        message: {
          vi: `Kho văn bản chưa có ${c.kind ? c.kind + ' ' : ''}${c.id}.${hint.vi}`,
          en: `The corpus has no ${c.kind ? c.kind + ' ' : ''}${c.id}.${hint.en}`,
        },
        fixes: suggestions.map((e, k) => ({
          title: { vi: `Sửa thành ${e.record.id}`, en: `Change to ${e.record.id}` },
          edits: [{ start: c.idSpan!.start, end: c.idSpan!.end, newText: e.record.id }],
          safe: false,
          preferred: k === 0 && suggestions.length === 1,
        })),
      });
    });
    return out;
  },
};
