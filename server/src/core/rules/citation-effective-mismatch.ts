// citation-effective-mismatch: the day a cited law (or any document the corpus knows the effective day
// of) took effect, written after it, differs from the record's: "Luật Dân quân tự vệ (sửa đổi) được Quốc
// hội thông qua tháng 11/2019 và có hiệu lực thi hành từ ngày 1/7/2019" — the law of 22/11/2019 took
// effect on 1/7/2020 (fiftieth outside probe). Reports state these days often ("Luật Thực hiện dân chủ ở
// cơ sở … có hiệu lực từ ngày 01/7/2023"), and a wrong one reads as a wrong fact about the law.
//
// Precision first — the day is the citation's only when nothing else can own it:
//   - it follows "(có) hiệu lực (thi hành) (kể) từ (ngày)" in the citation's own sentence, with no other
//     citation between them ("Nghị định số 59/2023/NĐ-CP quy định chi tiết … Luật Thực hiện dân chủ ở cơ sở,
//     có hiệu lực thi hành từ ngày 15/8/2023" is the decree's day: the law stands in its title);
//   - a law named in another document's title ("… của Luật …", "thi hành Luật …"), or after another citation
//     in its sentence, is never judged;
//   - "hết hiệu lực", "không còn hiệu lực" are another fact (the day a text ended).
// Days the sources disagree on are all accepted — but a day a later text changed is accepted only in a text written
// before the change: the land law of 2024 was to take effect on 1/1/2025 (its Điều 252) until Luật 43/2024/QH15 of
// 29/6/2024 brought it forward to 1/8/2024, so "có hiệu lực thi hành từ ngày 01 tháng 01 năm 2025" in a text of 2025 is
// told (outside probe 416), with the law that changed it.

import { rx } from '../text/letters';
import type { Rule, RuleFinding } from './rule';
import type { DirectiveEntry } from '../corpus/corpus-index';
import { dateVi, dayFixes, fullDays, label, sourceNote, sourcesGive, trustedCitations } from './util/citations';

// The words right before the day, at the end of a window that stops before it.
const EFFECTIVE_BEFORE = rx(String.raw`(?<![\p{L}])hiệu\s{1,2}lực(?:\s{1,2}thi\s{1,2}hành)?(?:\s{1,2}(?:kể\s{1,2})?từ)?(?:\s{1,2}ngày)?\s{1,2}$`, 'iu');
const ENDED_BEFORE = rx(String.raw`(?<![\p{L}])(?:hết|không\s{1,2}còn|chấm\s{1,2}dứt)\s{1,2}(?:\p{L}+\s{1,2}){0,1}hiệu\s{1,2}lực`, 'iu');
// The citation named in the title of the document before it.
// Or the text a document replaces: "Nghị định này thay thế Nghị định số 159/2013/NĐ-CP … và có hiệu lực thi hành kể từ
// ngày 01/12/2020" is the new decree's day (123rd outside probe: told as the old decree's, wrong).
const IN_TITLE_BEFORE = rx(String.raw`(?<![\p{L}])(?:của|thi\s{1,2}hành|hướng\s{1,2}dẫn|chi\s{1,2}tiết|theo|thay\s{1,2}(?:thế|cho))\s{1,2}$`, 'iu');
// An article, clause or point named right before the citation ("Điều 27 Nghị định …", "khoản 2 Điều 5 của Luật …").
const PROVISION_BEFORE = rx(String.raw`(?<![\p{L}])(?:[Đđ]iều|khoản|điểm)\s{1,2}[\p{L}\d]{1,4}\s{1,2}(?:của\s{1,2})?$`, 'u');
const REPLACED_BY = rx(String.raw`(?<![\p{L}])(?:thay\s{1,2}thế\s{1,2}(?:bằng|bởi)|thay\s{1,2}bằng)(?![\p{L}])`, 'iu');
// Words that set a changed day as the first plan, not as the day.
const FIRST_PLAN = rx(String.raw`(?<![\p{L}])(?:dự\s{1,2}kiến|ban\s{1,2}đầu|trước\s{1,2}đây|lẽ\s{1,2}ra|theo\s{1,2}kế\s{1,2}hoạch)(?![\p{L}])`, 'iu');
// The citation's sentence ends here.
const SENTENCE_END = /[.;!?](?=\s)|\n/u;
const WINDOW = 200;

/** The effective days a later text changed before `asOf` (ISO day → the change), from the record's conflict on the field. */
function changedDays(entry: DirectiveEntry, asOf: string): Map<string, { until: string; by: string }> {
  const out = new Map<string, { until: string; by: string }>();
  for (const c of entry.record.conflicts ?? [])
    if (c.field === 'effective') for (const v of c.values) if (v.until && v.changedBy && v.until < asOf) out.set(v.value, { until: v.until, by: v.changedBy });
  return out;
}

export const rule: Rule = {
  code: 'citation-effective-mismatch',
  defaultSeverity: 'warning',
  description: { vi: 'Ngày có hiệu lực viết sai so với kho văn bản', en: 'Effective date differs from the corpus record' },
  run(ctx) {
    const out: RuleFinding[] = [];
    const t = ctx.text;
    const cites = ctx.reading.citations;
    for (const { citation: c, index, entry } of trustedCitations(ctx)) {
      const changed = changedDays(entry, ctx.reportDate);
      const allowed = fullDays(entry, 'effective').filter((iso) => !changed.has(iso));
      if (allowed.length === 0) continue;
      const from = c.fullSpan.end;
      const rest = t.slice(from, from + WINDOW);
      const stop = SENTENCE_END.exec(rest);
      const to = from + (stop ? stop.index : rest.length);
      // Another citation before the day may own it; one before this citation in its sentence may hold it in its title.
      const next = cites.find((o, k) => k !== index && o.span.start >= from && o.span.start < to);
      const limit = next ? next.span.start : to;
      // Any citation before this one in its sentence may be the document whose title names it ("Luật số
      // 52/2019/QH14 … sửa đổi, bổ sung một số điều của Luật Cán bộ, công chức và Luật Viên chức, có hiệu lực kể
      // từ ngày 01 tháng 7 năm 2020" is the amending law's day, not the Luật Viên chức's).
      if (c.named?.amended || cites.some((o, k) => k !== index && o.span.end <= c.span.start && !SENTENCE_END.test(t.slice(o.span.end, c.span.start)))) continue;
      if (IN_TITLE_BEFORE.test(t.slice(Math.max(0, c.span.start - 20), c.span.start))) continue;
      // Provisions named before the citation own the day: "… quy định tại điểm m khoản 3 Điều 6, điểm b khoản 1 Điều 27 Nghị định
      // 168/2024/NĐ-CP có hiệu lực thi hành kể từ ngày 01 tháng 01 năm 2026" (thirty-eighth session's probe 343: told the
      // decree's own day, 1/1/2025).
      if (PROVISION_BEFORE.test(t.slice(Math.max(0, c.span.start - 30), c.span.start))) continue;
      // The first day after "hiệu lực …" (the day it was passed may come first: "… thông qua ngày 22/11/2019 và có
      // hiệu lực thi hành từ ngày …").
      const d = ctx.reading.dates.find((x) => x.span.start >= from && x.span.end <= limit && EFFECTIVE_BEFORE.test(t.slice(Math.max(from, x.span.start - 60), x.span.start)));
      if (!d || d.problem || d.year === null || ENDED_BEFORE.test(t.slice(from, d.span.start))) continue;
      // The texts that replaced it own the day: "Luật Giao thông đường bộ năm 2008 đã chính thức được thay thế bằng hai đạo
      // luật mới có hiệu lực từ ngày 1 tháng 1 năm 2025" (outside probe 208, once corpus round 154 gave the 2008 law its day).
      if (REPLACED_BY.test(t.slice(from, d.span.start))) continue;
      if (allowed.some((iso) => iso === d.iso)) continue;
      // A law named without its year or date, whose day written is before the law the name resolved to was passed, is an
      // earlier law of the name: "Luật Phòng, chống bạo lực gia đình (BLGĐ) có hiệu lực thi hành từ ngày 1-7-2008" is the
      // law of 2007, not of 2022 (hundred-and-eightieth outside probe: told the 2022 law's day).
      if (c.style === 'named' && !c.named?.year && !c.date && entry.record.date && d.iso && d.iso.slice(0, entry.record.date.length) < entry.record.date) continue;
      const right = allowed[0]!;
      const written = t.slice(d.span.start, d.span.end);
      const src = sourceNote(entry.record.sources, entry.origin);
      const was = d.iso ? changed.get(d.iso) : undefined;
      // The writer who says it was the first plan knows of the change: "Theo dự kiến ban đầu, Luật đất đai 2024 sẽ có hiệu
      // lực từ ngày 01/01/2025. Tuy nhiên, … có hiệu lực sớm hơn" (outside set 057).
      if (was && FIRST_PLAN.test(t.slice(Math.max(0, c.span.start - WINDOW), d.span.start))) continue;
      if (was) {
        const by = ctx.corpus.byOfficialId(was.by)[0]?.record.kind;
        out.push({
          span: d.span,
          message: {
            vi: `${label(c, entry)} có hiệu lực từ ngày ${dateVi(right)}: ngày "${written}" là ngày ghi ban đầu, đã được ${by ? `${by} ` : ''}${was.by} (${dateVi(was.until)}) thay đổi — ${src.vi}.`,
            en: `${label(c, entry)} took effect on ${dateVi(right)}: "${written}" was its first day, changed by ${by ? `${by} ` : ''}${was.by} (${dateVi(was.until)}) — ${src.en}.`,
          },
          fixes: dayFixes(d, allowed),
        });
        continue;
      }
      const others = sourcesGive(allowed);
      out.push({
        span: d.span,
        message: {
          vi: `${label(c, entry)} có hiệu lực từ ngày ${dateVi(right)}${others.vi}, không phải "${written}" — ${src.vi}.`,
          en: `${label(c, entry)} took effect on ${dateVi(right)}${others.en}, not "${written}" — ${src.en}.`,
        },
        fixes: dayFixes(d, allowed),
      });
    }
    return out;
  },
};
