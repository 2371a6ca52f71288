// citation-subject-mismatch: the subject written is another document's of the series, one keystroke from the number
// cited. "Nghị quyết số 20-NQ/TW “Công tác dân số trong tình hình mới”" names the subject of 21-NQ/TW, passed the same
// day: 20-NQ/TW is on the people's health (two hundred and ninety-second outside probe: nothing was said). Either the number
// or the subject is the slip; the number is the likelier, as a title is copied and a number typed, so the fix offered
// writes the other's number, never applied unasked.

import type { DirectiveEntry, Resolution } from '../corpus/corpus-index';
import { subjectAgreement } from '../corpus/same-document';
import type { Citation } from '../extract/citations';
import type { Rule, RuleContext, RuleFinding } from './rule';
import { rx } from '../text/letters';
import { fold } from '../text/normalize';
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

// A period in a subject: "giai đoạn 2026-2030", "giai đoạn 2026 - 2035". Groups: from, to.
const PERIOD = /giai\s{1,2}đoạn\s{1,2}((?:19|20)\d\d)(\s{0,2}[-–]\s{0,2})((?:19|20)\d\d)(?!\d)/giu;
// A record whose subject names a phase ("giai đoạn I: từ năm 2021 đến năm 2025") may be cited by the phase's years.
const PHASE = rx(String.raw`giai\s{1,2}đoạn\s{1,2}(?:I{1,3}|IV|V|1|2|3)(?![\p{L}\p{N}])|từ\s{1,2}năm`, 'iu');
// How much of the subject's other words the record's title must hold for the period to be the only difference.
const SAME_SCHEME = 0.6;

// A review of the document's implementation before the citation: its period is the review's.
const REVIEW_BEFORE = /(?:tổng|sơ)\s{1,2}kết|\d{1,2}\s{1,2}năm\s{1,2}(?:thực\s{1,2}hiện|triển\s{1,2}khai)/iu;
const WORD = rx(String.raw`[\p{L}\p{N}]+`, 'gu');

/** The last two words of `s`, folded to lower case: what a period follows. */
function lastWords(s: string): string {
  return (s.match(WORD) ?? []).slice(-2).join(' ').toLowerCase();
}

/**
 * The period written in a subject that is not the one the record's title names: "Đề án 2415 về hỗ trợ phụ nữ khởi nghiệp
 * giai đoạn 2026-2030" is the scheme of 2026 - 2035 (thirty-eighth session's probe 329: nothing was said; the last session's
 * probe 322 had the like). Information: a period inside the record's may be a phase the text speaks of.
 */
function periodSlip(text: string, c: Citation, e: DirectiveEntry): RuleFinding | null {
  const r = e.record;
  if (!c.subject || !r.subject || PHASE.test(r.subject)) return null;
  const written = [...c.subject.text.matchAll(PERIOD)];
  const recorded = [...r.subject.matchAll(PERIOD)];
  if (written.length !== 1 || recorded.length !== 1) return null;
  const w = written[0]!;
  const [from, to] = [recorded[0]![1]!, recorded[0]![3]!];
  if (w[1] === from && w[3] === to) return null;
  // The words right before the period must be the title's: "… phát triển giáo dục và đào tạo trên địa bàn tỉnh Cao Bằng
  // giai đoạn 2020 - 2025" after "Kế hoạch triển khai thực hiện Nghị quyết số 35/NQ-CP …" is the plan's period, not the
  // resolution's (its title ends "… giáo dục và đào tạo giai đoạn 2019 - 2025").
  if (lastWords(c.subject.text.slice(0, w.index)) !== lastWords(r.subject.slice(0, recorded[0]!.index))) return null;
  // A review's years are not the document's: "sơ kết 5 năm thực hiện Nghị quyết số 21 … giai đoạn 2012 - 2017".
  if (REVIEW_BEFORE.test(text.slice(Math.max(0, c.span.start - 80), c.span.start))) return null;
  const others = c.subject.text.slice(0, w.index) + c.subject.text.slice(w.index! + w[0].length);
  const agreement = subjectAgreement(others, r, 2);
  if (agreement === null || agreement < SAME_SCHEME) return null;
  const start = c.subject.span.start + w.index! + w[0].length - w[1]!.length - w[2]!.length - w[3]!.length;
  const end = c.subject.span.start + w.index! + w[0].length;
  // The subject's text is the span's as written unless a line break was folded in it: then say nothing rather than misplace.
  if (text.slice(start, end) !== `${w[1]}${w[2]}${w[3]}`) return null;
  const mended = `${from}${w[2]}${to}`;
  const src = sourceNote(r.sources, e.origin);
  return {
    span: { start, end },
    severity: 'information',
    message: {
      vi: `${label(c, e)} ngày ${dateVi(r.date)} là giai đoạn ${from} - ${to}, không phải ${w[1]} - ${w[3]} — ${src.vi}.`,
      en: `${label(c, e)} of ${dateVi(r.date)} is for ${from} - ${to}, not ${w[1]} - ${w[3]} — ${src.en}.`,
    },
    fixes: [{ title: { vi: `Sửa thành ${mended}`, en: `Change to ${mended}` }, edits: [{ start, end, newText: mended }], safe: false, preferred: true }],
  };
}

// A congress and its ordinal in a subject: "tiến tới Đại hội đại biểu toàn quốc lần thứ XIV của Đảng". Groups: 1 the words
// between "Đại hội" and "lần thứ", 2 the ordinal.
const CONGRESS_ORDINAL = rx(String.raw`Đại\s{1,2}hội((?:\s{1,2}[\p{L}]{1,12}){0,6}?)\s{1,2}lần\s{1,2}thứ\s{1,2}([IVXL]{1,6})(?![\p{L}\p{N}])`, 'giu');

/**
 * The congress written in a subject that is not the one the record's title names: "Chỉ thị số 35-CT/TW, ngày 14/6/2024 của
 * Bộ Chính trị về đại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XVI của Đảng" — the directive is
 * for the XIV Congress (forty-ninth session's probe 461: nothing was said). The same congress words, another ordinal, and
 * the rest of the title the record's.
 */
function ordinalSlip(text: string, c: Citation, e: DirectiveEntry): RuleFinding | null {
  const r = e.record;
  if (!c.subject || !r.subject) return null;
  const written = [...c.subject.text.matchAll(CONGRESS_ORDINAL)];
  const recorded = [...r.subject.matchAll(CONGRESS_ORDINAL)];
  if (written.length !== 1 || recorded.length !== 1) return null;
  const w = written[0]!;
  const want = recorded[0]![2]!.toUpperCase();
  if (w[2]!.toUpperCase() === want || fold(w[1]!).trim() !== fold(recorded[0]![1]!).trim()) return null;
  const others = c.subject.text.slice(0, w.index) + c.subject.text.slice(w.index! + w[0].length);
  const agreement = subjectAgreement(others, r, 2);
  if (agreement === null || agreement < SAME_SCHEME) return null;
  const start = c.subject.span.start + w.index! + w[0].length - w[2]!.length;
  const end = start + w[2]!.length;
  if (text.slice(start, end) !== w[2]) return null;
  const src = sourceNote(r.sources, e.origin);
  return {
    span: { start, end },
    severity: 'warning',
    message: {
      vi: `${label(c, e)} ngày ${dateVi(r.date)} là về Đại hội${recorded[0]![1]} lần thứ ${want}, không phải lần thứ ${w[2]} — ${src.vi}.`,
      en: `${label(c, e)} of ${dateVi(r.date)} is on congress ${want} (“Đại hội${recorded[0]![1]} lần thứ ${want}”), not ${w[2]} — ${src.en}.`,
    },
    fixes: [{ title: { vi: `Sửa thành ${want}`, en: `Change to ${want}` }, edits: [{ start, end, newText: want }], safe: false, preferred: true }],
  };
}

/** Whether two laws are one law's versions or an amendment and the law it amends: a name one of them took from the other. */
function related(a: DirectiveEntry, b: DirectiveEntry): boolean {
  const links = (x: DirectiveEntry) => [...(x.record.replacedBy ?? []), ...(x.record.replaces ?? [])].map((s) => s.id);
  if (links(a).includes(b.record.id) || links(b).includes(a.record.id)) return true;
  const [na, nb] = [fold(a.record.name ?? ''), fold(b.record.name ?? '')];
  return !!na && !!nb && (na.includes(nb) || nb.includes(na));
}

/**
 * A law cited by another law's name and this one's number: "Luật Tổ chức chính quyền địa phương số 75/2025/QH15" — 75/2025/QH15
 * amends the Law on Advertising, the local government law of that year is 72/2025/QH15 (forty-second session's probe 392: only
 * the hover said so). Only when the name written is another law's in the corpus, and that law is neither a version of the
 * cited one nor amends it nor is amended by it: "Luật Phòng cháy và chữa cháy số 55/2024/QH15" writes the name of the law
 * 55/2024/QH15 replaced, and "Luật sửa đổi, bổ sung một số điều của Bộ luật Hình sự số 100/2015/QH13" names the code's
 * amendment with the code's number — both say what they mean.
 */
function lawNamedOtherwise(ctx: RuleContext, c: Citation, res: Resolution): RuleFinding | null {
  const m = res.mismatch;
  if (m?.field !== 'name' || !c.kind || !c.idSpan) return null;
  const named = ctx.corpus.lawsByName(c.kind, m.written);
  if (named.length === 0 || named.includes(res.entry) || named.some((e) => e.record.confidence === 'unverified' || related(e, res.entry))) return null;
  // The laws of that name, the latest first; the fix is the one passed by the report's date, of the year the number gives
  // if one is, and comes first in the message.
  const latest = [...named].sort((a, b) => ((a.record.date ?? '') < (b.record.date ?? '') ? 1 : -1));
  const passed = latest.filter((e) => e.record.date && e.record.date <= ctx.reportDate);
  const fix = (c.idYear !== null ? passed.find((e) => e.record.date!.startsWith(String(c.idYear))) : undefined) ?? passed[0];
  const r = res.entry.record;
  const title = (e: DirectiveEntry) => `${e.record.kind} ${e.record.name ?? ''}`.trim();
  const list = (fix ? [fix, ...latest.filter((e) => e !== fix)] : latest).map((e) => `${e.record.id} (${dateVi(e.record.date)})`);
  const src = sourceNote(r.sources, res.entry.origin);
  const written = `${c.kind} ${m.written}`;
  return {
    span: c.span,
    message: {
      vi: `Số ${r.id} là ${title(res.entry)} ngày ${dateVi(r.date)}, không phải ${written}; ${written} là số ${list.join(' hoặc ')} — ${src.vi}.`,
      en: `${r.id} is the ${title(res.entry)} of ${dateVi(r.date)}, not the ${written}; the ${written} is ${list.join(' or ')} — ${src.en}.`,
    },
    fixes: fix
      ? [
          {
            title: { vi: `Sửa số thành ${fix.record.id}`, en: `Change the number to ${fix.record.id}` },
            edits: [{ start: c.idSpan.start, end: c.idSpan.end, newText: fix.record.id }],
            safe: false,
            preferred: true,
          },
        ]
      : [],
  };
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
    for (const t of trustedCitations(ctx)) {
      const f = lawNamedOtherwise(ctx, t.citation, t.resolution);
      if (f) out.push(f);
    }
    for (const { c, cited } of judged) {
      if (!c.subject || subjectAt.get(c.subject.span.start)! > 1) continue;
      if (cited.length === 1) {
        const f = periodSlip(ctx.text, c, cited[0]!) ?? ordinalSlip(ctx.text, c, cited[0]!);
        if (f) {
          out.push(f);
          continue;
        }
      }
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
