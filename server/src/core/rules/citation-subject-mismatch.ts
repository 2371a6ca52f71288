// citation-subject-mismatch: the subject written is another document's of the series, one keystroke from the number
// cited. "Nghị quyết số 20-NQ/TW “Công tác dân số trong tình hình mới”" names the subject of 21-NQ/TW, passed the same
// day: 20-NQ/TW is on the people's health (two hundred and ninety-second outside probe: nothing was said). Either the number
// or the subject is the slip; the number is the likelier, as a title is copied and a number typed, so the fix offered
// writes the other's number, never applied unasked.

import type { DirectiveEntry } from '../corpus/corpus-index';
import { subjectAgreement } from '../corpus/same-document';
import type { Citation } from '../extract/citations';
import type { Rule, RuleContext, RuleFinding } from './rule';
import { dateVi, label, numberNeighbours, sourceNote, trustedCitations } from './util/citations';

// How much of the written subject a record must share to be named by it (subjectAgreement: the share of the subject's
// words the record's title holds, or 1 when a clause is the title word for word), and how little the cited one may.
const OTHER_FROM = 0.85;
const OWN_AT_MOST = 0.5;
// A subject as a message quotes it: without the "về" that opens most of them.
const bare = (subject: string): string => subject.replace(/^về\s+/u, '');

/** The one record of the citation's series one keystroke away in number whose title the subject written is; else null. */
function namedSibling(ctx: RuleContext, c: Citation, cited: readonly DirectiveEntry[]): DirectiveEntry | null {
  if (!c.subject) return null;
  // A day written that is not the cited document's: citation-date-mismatch speaks, naming the document of that day ("Nghị
  // định số 66/2023/NĐ-CP ngày 07 tháng 12 năm 2023 … danh hiệu Gia đình văn hóa" is 86/2023/NĐ-CP; one finding, not two).
  if (c.date?.iso && cited.every((e) => e.record.date !== c.date!.iso)) return null;
  // Every record the citation may be must disagree with its subject: the subject then is not the cited document's.
  for (const e of cited) {
    const own = subjectAgreement(c.subject.text, e.record, 2);
    if (own === null || own > OWN_AT_MOST) return null;
  }
  const kind = cited[0]!.record.kind;
  let found: DirectiveEntry | null = null;
  for (const x of numberNeighbours(ctx.corpus, c)) {
    const r = x.record;
    if (r.kind !== kind) continue;
    // What else is written must fit it: its day, its term.
    if (c.date?.iso && c.date.iso !== r.date) continue;
    if (c.term && c.term.scope !== 'local' && r.term && r.term !== c.term.roman) continue;
    // Near the cited ones in time: a series' numbers restart with every term (Party) or year (state).
    if (!cited.some((e) => e.record.date && r.date && Math.abs(+e.record.date.slice(0, 4) - +r.date.slice(0, 4)) <= 1)) continue;
    const other = subjectAgreement(c.subject.text, r, 2);
    if (other === null || other < OTHER_FROM) continue;
    if (found && found !== x) return null;
    found = x;
  }
  return found;
}

export const rule: Rule = {
  code: 'citation-subject-mismatch',
  defaultSeverity: 'warning',
  description: { vi: 'Trích yếu là của một văn bản khác cùng loạt', en: "The subject written is another document's of the series" },
  run(ctx) {
    const out: RuleFinding[] = [];
    // The exact resolutions, and the probable ones with every document of the id they were chosen among: the subject must
    // be none of them ("Nghị quyết số 20 - NQ/TW" with no date is one of four 20-NQ/TW, none on population).
    const judged: { c: Citation; cited: readonly DirectiveEntry[] }[] = trustedCitations(ctx).map((t) => ({ c: t.citation, cited: [t.entry] }));
    ctx.resolutions.forEach((r, i) => {
      if (!r || r.certainty === 'exact') return;
      const cited = r.alternatives ?? r.candidates;
      if (cited.length && !cited.some((e) => e.record.confidence === 'unverified')) judged.push({ c: ctx.reading.citations[i]!, cited });
    });
    // A subject written once after a list is the members' together ("Quyết định 217-QĐ/TW, Quyết định 218-QĐ/TW … về giám
    // sát, phản biện xã hội; góp ý xây dựng Đảng …": each has a part of it): never one member's slip.
    const subjectAt = new Map<number, number>();
    for (const c of ctx.reading.citations) if (c.subject) subjectAt.set(c.subject.span.start, (subjectAt.get(c.subject.span.start) ?? 0) + 1);
    for (const { c, cited } of judged) {
      if (!c.subject || subjectAt.get(c.subject.span.start)! > 1) continue;
      const sibling = namedSibling(ctx, c, cited);
      if (!sibling || !c.subject || !c.idSpan || !c.number) continue;
      const r = sibling.record;
      const own = cited.length === 1 ? cited[0]!.record : null;
      const src = sourceNote(r.sources, sibling.origin);
      const ownVi = own?.subject ? `; ${label(c, cited[0])} là về “${bare(own.subject)}”` : '';
      const ownEn = own?.subject ? `; ${label(c, cited[0])} is on “${bare(own.subject)}”` : '';
      out.push({
        span: c.subject.span,
        message: {
          vi: `Trích yếu “${bare(c.subject.text)}” là của ${label(c, sibling)} ngày ${dateVi(r.date)}${ownVi}. Có lẽ số ${c.number} viết nhầm — ${src.vi}.`,
          en: `The subject “${bare(c.subject.text)}” is that of ${label(c, sibling)} of ${dateVi(r.date)}${ownEn}. The number ${c.number} is probably a slip — ${src.en}.`,
        },
        fixes: [
          {
            title: { vi: `Sửa số thành ${r.number} (${label(c, sibling)})`, en: `Change the number to ${r.number} (${label(c, sibling)})` },
            edits: [{ start: c.idSpan.start, end: c.idSpan.start + c.number.length, newText: r.number }],
            safe: false,
            preferred: true,
          },
        ],
      });
    }
    return out;
  },
};
