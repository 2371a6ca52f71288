// citation-term-mismatch: a central term that does not fit the citation's date ("Bộ Chính trị
// khóa XI" with a 2010 date: 2010 is khóa X), or the record's term. The term table is corpus data
// (corpus/terms.json). A khóa after a provincial body is the province's own numbering and is not
// judged against the national table.

import { inTerm } from '../corpus/corpus-index';
import type { Citation } from '../extract/citations';
import { romanValue, toRoman } from '../extract/terms';
import { NA_ISSUER_CODE } from '../extract/patterns';
import type { TermRecord } from '../corpus/types';
import type { Rule, RuleFinding } from './rule';
import { capForLayer, dateVi, fullDays, label, sourceNote } from './util/citations';

// Around a congress the outgoing and incoming bodies overlap by a few days (conventions §2.1).
const TOLERANCE_DAYS = 7;

function span(t: TermRecord): string {
  return `${dateVi(t.start)} – ${t.end ? dateVi(t.end) : 'nay'}`;
}

export const rule: Rule = {
  code: 'citation-term-mismatch',
  defaultSeverity: 'error',
  description: { vi: 'Khóa không khớp ngày ban hành', en: 'Term (khóa) does not fit the date' },
  run(ctx) {
    const out: RuleFinding[] = [];
    const seen = new Set<number>();
    // The terms of each body, gathered once per document rather than for every citation.
    const termsOf = new Map<string, TermRecord[]>();
    const termsOfBody = (body: string): TermRecord[] => {
      let terms = termsOf.get(body);
      if (!terms) termsOf.set(body, (terms = ctx.corpus.terms.map((t) => t.record).filter((t) => t.body === body)));
      return terms;
    };
    // A term written once after a list is every member's (extract/citations/lists.ts): how many citations share each.
    const sharing = new Map<number, number>();
    for (const c of ctx.reading.citations) if (c.term) sharing.set(c.term.span.start, (sharing.get(c.term.span.start) ?? 0) + 1);
    ctx.reading.citations.forEach((c, i) => {
      const idTerm = idYearOutsideTerm(c, termsOfBody);
      if (idTerm) out.push(idTerm);
      const tm = c.term;
      if (!tm || seen.has(tm.span.start)) return;
      if (tm.scope !== 'party-central' && tm.scope !== 'national-assembly') return;
      const body = tm.scope;
      const res = ctx.resolutions[i];
      const entry = res && res.certainty === 'exact' && res.entry.record.confidence !== 'unverified' ? res.entry : null;
      const recordDate = entry?.record.date && /^\d{4}-\d{2}-\d{2}$/.test(entry.record.date) ? entry.record.date : null;
      const date = c.date?.iso ?? recordDate;
      const terms = termsOfBody(body);
      if (terms.length === 0) return;
      const romanStart = tm.span.end - tm.written.length;
      // Safe for "Fix all" only when the corpus confirms the document: otherwise the date may be
      // the mistyped part ("290-QĐ/TW ngày 25/2/2012 … khóa X" — the year is wrong, not the term).
      const fix = (roman: string) => ({
        title: { vi: `Sửa thành khóa ${roman}`, en: `Change to term ${roman}` },
        edits: [{ start: romanStart, end: tm.span.end, newText: roman }],
        safe: entry !== null,
        preferred: true,
      });
      if (date) {
        if (terms.some((t) => t.term === tm.roman && inTerm(t, date, TOLERANCE_DAYS))) return;
        // The term written is the record's own and the day written is not: the date is the slip, which
        // citation-date-mismatch tells with its fix ("Ngày 27/4/2014, Bộ Chính trị … (khóa X) đã ban hành Nghị quyết số
        // 11-NQ/TW" for that of 27/4/2007; two hundred and twenty-first outside probe: told to change the term).
        if (entry && c.date?.iso && entry.record.term === tm.roman && recordDate && !fullDays(entry, 'date').includes(c.date.iso)) return;
        // So for the Assembly's law the text names, whose record's day falls in the term written, whatever the certainty: "Luật
        // Biên phòng Việt Nam được Quốc hội … khóa XIV, kỳ họp thứ 10 thông qua ngày 11 tháng 11 năm 2022" is the law of
        // 11/11/2020 with a wrong year (two hundred and ninety-fifth outside probe: told both the year and the term).
        const named = res?.entry.record.date?.length === 10 ? res.entry.record.date : null;
        if (body === 'national-assembly' && named && c.date?.iso && c.date.iso !== named && terms.some((t) => t.term === tm.roman && inTerm(t, named, TOLERANCE_DAYS))) return;
        const at = terms.filter((t) => inTerm(t, date, 0));
        if (at.length === 0) return; // outside the table: nothing known
        // Shared by a list, the numeral may be right for another member: each member that does not fit is told, and no
        // fix changes the numeral under the others.
        const shared = (sharing.get(tm.span.start) ?? 0) > 1;
        if (!shared) seen.add(tm.span.start);
        const t = at[0]!;
        const src = sourceNote(t.sources);
        // Shared, the member is named (the day alone would not say which), and a warning: the writer may have meant the
        // term for the last member only.
        const byName = !c.date?.iso || shared;
        const from = byName ? `${label(c, entry ?? undefined)} (ngày ${dateVi(date)})` : `ngày ${dateVi(date)}`;
        const listNote = shared ? { vi: ' (khóa ghi chung sau danh sách)', en: ' (the term written once after the list)' } : { vi: '', en: '' };
        const severity = entry && !c.date ? capForLayer(entry, 'error') : 'error';
        out.push({
          span: tm.span,
          severity: shared ? 'warning' : severity,
          message: {
            vi: `${from} thuộc ${at.map((x) => `khóa ${x.term} (${span(x)})`).join(' hoặc ')}, không phải khóa ${tm.roman}${listNote.vi} — ${src.vi}.`,
            en: `${byName ? `${label(c, entry ?? undefined)} (${dateVi(date)})` : dateVi(date)} falls in ${at.map((x) => `term ${x.term} (${span(x)})`).join(' or ')}, not term ${tm.roman}${listNote.en} — ${src.en}.`,
          },
          fixes: at.length === 1 && !shared ? [fix(t.term)] : [],
        });
        return;
      }
      // With no date to judge by: a term two or more after the one of the report's date ("Nghị quyết số
      // 43-NQ/TW của Ban Chấp hành Trung ương Đảng (khóa XVIII)" in 2024; eighty-sixth outside probe). The
      // next one is written before it begins: "nhân sự Ban Chấp hành Trung ương khóa XIV" in 2025,
      // "bầu cử đại biểu Quốc hội khóa XVI" in 2025.
      const current = terms.filter((t) => inTerm(t, ctx.reportDate, 0));
      const latest = Math.max(...current.map((t) => romanValue(t.term) ?? 0));
      if (current.length && tm.value > latest + 1) {
        seen.add(tm.span.start);
        const t = current.find((x) => romanValue(x.term) === latest)!;
        const when = ctx.reportDateSource === 'today' ? { vi: 'hôm nay', en: 'today' } : { vi: 'ngày của văn bản', en: "the text's date" };
        const src = sourceNote(t.sources);
        out.push({
          span: tm.span,
          severity: 'error',
          message: {
            vi: `Chưa có khóa ${tm.roman}: ${when.vi} (${dateVi(ctx.reportDate)}) là khóa ${t.term} (${span(t)}) — ${src.vi}.`,
            en: `There is no term ${tm.roman} yet: ${when.en} (${dateVi(ctx.reportDate)}) falls in term ${t.term} (${span(t)}) — ${src.en}.`,
          },
        });
        return;
      }
      if (entry?.record.term && entry.record.term !== tm.roman && body === 'party-central') {
        seen.add(tm.span.start);
        const src = sourceNote(entry.record.sources, entry.origin);
        out.push({
          span: tm.span,
          severity: capForLayer(entry, 'error'),
          message: {
            vi: `${label(c, entry)} ban hành trong khóa ${entry.record.term}, không phải khóa ${tm.roman} — ${src.vi}.`,
            en: `${label(c, entry)} belongs to term ${entry.record.term}, not term ${tm.roman} — ${src.en}.`,
          },
          fixes: [fix(entry.record.term)],
        });
      }
    });
    return out;
  },
};

/** "38/2022/QH14": a National Assembly number whose year falls outside its own term (years of the table, both ends kept). */
function idYearOutsideTerm(c: Citation, termsOfBody: (body: string) => readonly TermRecord[]): RuleFinding | null {
  if (c.style !== 'state' || c.idYear === null || !c.issuerCode || !c.idSpan) return null;
  const m = NA_ISSUER_CODE.exec(c.issuerCode);
  if (!m) return null;
  const roman = toRoman(+m[1]!);
  const t = termsOfBody('national-assembly').find((x) => x.term === roman);
  if (!t) return null; // a term the table does not hold: nothing known
  const from = +t.start.slice(0, 4);
  const to = t.end ? +t.end.slice(0, 4) : Infinity;
  if (c.idYear >= from && c.idYear <= to) return null;
  const years = t.end ? `${from} – ${to}` : `từ ${from}`;
  const yearsEn = t.end ? `${from}–${to}` : `from ${from}`;
  return {
    span: c.idSpan,
    severity: 'warning',
    message: {
      vi: `Số ${c.id} mang năm ${c.idYear} nhưng ký hiệu ${c.issuerCode} là Quốc hội khóa ${roman} (${years}); năm hoặc khóa trong số hiệu có lẽ viết nhầm.`,
      en: `${c.id} carries the year ${c.idYear} but ${c.issuerCode} is the National Assembly of term ${roman} (${yearsEn}); the year or the term in the number is probably mistyped.`,
    },
  };
}
