// citation-date-mismatch: the date written with a citation differs from the record's date.
// Fix: the record's date in the writer's own format ("25/3/2010" → "25/2/2010").

import { formatLike } from '../extract/dates';
import type { Citation } from '../extract/citations';
import type { DirectiveEntry } from '../corpus/corpus-index';
import { subjectAgreement } from '../corpus/same-document';
import type { DirectiveRecord } from '../corpus/types';
import type { Fix, TextEdit } from '../types';
import type { Rule, RuleContext, RuleFinding } from './rule';
import { explainDateProblem } from './util/date-problem';
import { capForLayer, dateVi, dayFixes, judgedDays, label, minorityDays, numberNeighbours, centralKindOfDay, kindAndNumberFix, promulgationDay, sourceNote, sourcesGive, trustedCitations } from './util/citations';

const EFFECTIVE_NOTE = { vi: ' (đó là ngày có hiệu lực)', en: ' (that is the day it took effect)' };
const PROMULGATION_NOTE = {
  vi: ' (có lẽ là ngày công bố: Chủ tịch nước công bố luật trong 15 ngày sau khi thông qua; căn cứ ghi ngày thông qua)',
  en: ' (perhaps the day it was promulgated, within 15 days of its passing; a legal basis gives the day it was passed)',
};

// Where a sentence ends, for the words after a citation.
const SENTENCE_STOP = /[.;!?\n]/u;
// Documents of the day written offered as the number meant, at most.
const MAX_SLIPS = 3;

// The words before a law named with a year that make the year the period carried out or reported on.
const CARRIED_OUT_BEFORE = /(?:thực hiện|thi hành|triển khai|áp dụng|sửa đổi,?\s{1,2}bổ sung)\s{1,2}(?:các\s{1,2})?$/iu;

export const rule: Rule = {
  code: 'citation-date-mismatch',
  defaultSeverity: 'error',
  description: { vi: 'Ngày ban hành viết sai so với kho văn bản', en: 'Citation date differs from the corpus record' },
  run(ctx) {
    const out: RuleFinding[] = [];
    const seen = new Set<number>();
    for (const { citation: c, entry } of trustedCitations(ctx)) {
      const d = c.date;
      if (!d || seen.has(d.span.start)) continue;
      // The number's year the slip, its twin of the day's year known on the very day written: told below, as such, though
      // the corpus holds the number of the year written too ("Nghị định số 08/2020/NĐ-CP ngày 10/01/2022" is 08/2022/NĐ-CP,
      // not the decree of 2020 on bailiffs; round 165 brought that one in).
      if (yearTwin(ctx, c)) continue;
      // The page's own day in brackets after a headline, "Luật Giao dịch điện tử (30/06/2023)" above the text (the header
      // took it as the page's date): the day it was posted, not the law's (thirty-eighth session's probe 339: a false warning).
      if (ctx.reportDateSource === 'dateline' && d.iso === ctx.reportDate && ctx.text[d.span.start - 1] === '(' && ctx.text[d.span.end] === ')') continue;
      const allowed = judgedDays(ctx, c, entry);
      if (allowed.length === 0) continue;
      // Compare what is written: a date with no year is compared on day and month only; an
      // impossible date ("31/4/2018") is compared on its numbers too, so the fix can mend it.
      const fitsDay = (iso: string) => {
        const [y, m, day] = iso.split('-').map(Number);
        return day === d.day && m === d.month && (d.year === null || d.year === y);
      };
      const fits = allowed.some(fitsDay);
      if (fits) {
        // A minority day differs from the record's own, so a full date that fits one does not fit the other.
        if (d.year !== null && minorityDays(entry).some(fitsDay)) {
          seen.add(d.span.start);
          const right = entry.record.date!;
          const written = ctx.text.slice(d.span.start, d.span.end);
          const src = sourceNote(entry.record.sources, entry.origin);
          out.push({
            span: d.span,
            severity: 'warning',
            message: {
              vi: `${label(c, entry)} ban hành ngày ${dateVi(right)} theo phần lớn nguồn; chỉ một nguồn ghi "${written}" — ${src.vi}.`,
              en: `${label(c, entry)} is dated ${dateVi(right)} by most sources; only one gives "${written}" — ${src.en}.`,
            },
            fixes: dayFixes(d, [right]).map((f) => ({ ...f, safe: false })),
          });
        }
        continue;
      }
      seen.add(d.span.start); // a date shared by a list is judged once
      const right = allowed[0]!;
      const written = ctx.text.slice(d.span.start, d.span.end);
      const src = sourceNote(entry.record.sources, entry.origin);
      const others = sourcesGive(allowed);
      // The day it took effect, written for the day it was issued: say so, the writer has that day from somewhere.
      // An impossible date says why, date-invalid leaving it to this finding ("31/6/2015": June has 30 days).
      const impossible = d.problem ? explainDateProblem(d.problem) : null;
      const promulgated = !!d.iso && allowed.some((iso) => promulgationDay(entry, iso, d.iso!));
      const effective =
        entry.record.effective === d.iso
          ? EFFECTIVE_NOTE
          : impossible
            ? { vi: ` (ngày không có thật: ${impossible.vi})`, en: ` (no such day: ${impossible.en})` }
            : promulgated
              ? PROMULGATION_NOTE
              : { vi: '', en: '' };
      // The date may be right and the number mistyped: another document of the kind, with a number one keystroke away,
      // has exactly the day written ("Nghị định số 09/2022/NĐ-CP ngày 10/01/2022" for 08/2022/NĐ-CP; "66/2023/NĐ-CP ngày
      // 07 tháng 12 năm 2023" for 86/2023; hundred-and-sixty-first and sixty-second outside probes: only the date was
      // told, and its fix made the citation worse). Both readings are offered, neither applied by "Sửa tất cả".
      const slips = d.iso && !impossible && !promulgated && !effective.vi ? numberSlips(ctx, c, entry, d.iso) : [];
      const slip = slips[0] ?? null;
      // A number that carries a year the day written is not in: the year in the number may be the slip, not the day ("Quyết
      // định 36/2018/QĐ-TTg ngày 29/7/2017 về việc thành lập Khu kinh tế Thái Bình" is 36/2017/QĐ-TTg; the gazette: the fix
      // offered only the day of the 2018 decision on international agreements).
      // Not when the day and month are the record's ("… ngày 04 tháng 8 năm 2028" for 4/8/2025: the year of the day is the
      // slip), nor for a day after the text's own, nor the year after the number's (a law or ordinance published the next
      // year); two years after it or more, either may be the slip ("Nghị định số 95/2010/NĐ-CP ngày 22/8/2013" in a labour
      // circular of the gazette is 95/2013/NĐ-CP: once the corpus held 95/2010, only its day of 2010 was offered).
      const yearSlip =
        !slip &&
        !impossible &&
        c.idYear !== null &&
        d.year !== null &&
        (d.year < c.idYear || d.year > c.idYear + 1) &&
        !!d.iso &&
        d.iso <= ctx.reportDate &&
        !allowed.some((iso) => iso.slice(5) === d.iso!.slice(5));
      // Or the kind: the Party centre's document of another kind with this number and exactly the day written.
      const twin = !slip && !yearSlip && d.iso && !impossible && c.number ? centralKindOfDay(ctx.corpus, c, c.number, d.iso, c.id ?? entry.record.id) : null;
      // A law named with the day and month of another law of the name, in another year: the year may be the slip
      // ("Luật Ban hành văn bản quy phạm pháp luật ngày 19 tháng 2 năm 2015" beside its own citation of 64/2025/QH15 of
      // 19/2/2025; fifty-third session's probe 486: only the day of the law of 2015 was offered).
      const namesake = !slip && !twin && !impossible && !promulgated ? namesakeOfDay(ctx, c, entry) : null;
      const slipNote = slip
        ? {
            vi: `; hoặc số hiệu bị gõ nhầm: ngày ${dateVi(d.iso!)} là ngày của ${slips.map((x) => `${x.record.kind} ${x.record.id}`).join(' và ')}`,
            en: `; or the number is mistyped: ${dateVi(d.iso!)} is the date of ${slips.map((x) => `${x.record.kind} ${x.record.id}`).join(' and ')}`,
          }
        : twin
          ? { vi: `; ngày ${dateVi(d.iso!)} là ngày của ${twin.record.kind} ${twin.record.id}${twin.record.subject ? ` ${twin.record.subject}` : ''} — có phải văn bản này?`, en: `; ${dateVi(d.iso!)} is the date of ${twin.record.kind} ${twin.record.id}${twin.record.subject ? ` (${twin.record.subject})` : ''} — is that the one meant?` }
          : yearSlip
          ? { vi: `; hoặc năm ${c.idYear} trong số hiệu viết nhầm (ngày ghi thuộc năm ${d.year})`, en: `; or the year ${c.idYear} in the number is mistyped (the day written is in ${d.year})` }
          : namesake
            ? { vi: `; hoặc năm viết nhầm: ${namesake.kind} ${namesake.name ?? ''} số ${namesake.id} ban hành ngày ${dateVi(namesake.date!)}`.replace(/\s{2,}/gu, ' '), en: `; or the year is mistyped: ${namesake.id} was passed on ${dateVi(namesake.date!)}` }
            : { vi: '', en: '' };
      const fixes = dayFixes(d, allowed).map((f) => (slip || yearSlip || twin || namesake ? { ...f, safe: false } : f));
      if (namesake) fixes.unshift(...dayFixes(d, [namesake.date!]).map((f) => ({ ...f, safe: false })));
      for (const x of slips) fixes.push({ title: { vi: `Sửa số hiệu thành ${x.record.id}`, en: `Change the number to ${x.record.id}` }, edits: [x.edit], safe: false });
      if (twin && c.idSpan) fixes.push(kindAndNumberFix(c, twin.record));
      out.push({
        span: d.span,
        severity: capForLayer(entry, promulgated ? 'warning' : 'error'),
        message: {
          vi: `${label(c, entry)} ban hành ngày ${dateVi(right)}${others.vi}, không phải "${written}"${effective.vi}${slipNote.vi} — ${src.vi}.`,
          en: `${label(c, entry)} is dated ${dateVi(right)}${others.en}, not "${written}"${effective.en}${slipNote.en} — ${src.en}.`,
        },
        fixes,
      });
    }
    // A law cited by name with the day and month of the text in force but another year ("Luật Cán bộ,
    // công chức ngày 13 tháng 11 năm 2018" for the law of 13/11/2008): the resolver chose the text in
    // force that year, a probable match with the year as a mismatch, and nothing was said (nineteenth
    // outside probe). Only a year slip is told: another day and month may be a text the corpus lacks —
    // the gazette's "Luật Doanh nghiệp ngày 26 tháng 11 năm 2014", or an amending law cited by the
    // name of the law it amends — and would be a false alarm.
    ctx.reading.citations.forEach((c, i) => {
      const d = c.date;
      const res = ctx.resolutions[i];
      if (c.style !== 'named' || c.named?.kind !== 'law' || !d?.iso || c.named.year || c.named.amendment || c.named.amended || seen.has(d.span.start)) return;
      if (!res || res.mismatch?.field !== 'year' || res.entry.record.confidence === 'unverified' || res.entry.record.date?.length !== 10) return;
      const r = res.entry.record;
      const date = r.date!;
      if (date === d.iso || date.slice(5) !== d.iso.slice(5)) return;
      seen.add(d.span.start);
      const written = ctx.text.slice(d.span.start, d.span.end);
      const src = sourceNote(r.sources, res.entry.origin);
      const fixed = formatLike(d, date);
      // The law of that day and month passed later than the year written, or not yet in force on the day written, is no
      // law in force then (Luật Ngân sách nhà nước of 25/6/2015 took effect on 1/1/2017).
      const which =
        date > d.iso || (r.effective && r.effective > d.iso)
          ? { vi: `${c.kind} ${r.name ?? ''} số ${r.id} ban hành`, en: `${r.id} was passed` }
          : { vi: `${c.kind} ${r.name ?? ''} có hiệu lực khi đó là số ${r.id}, ban hành`, en: `the one in force then is ${r.id}, passed` };
      out.push({
        span: d.span,
        severity: 'warning',
        message: {
          vi: `Không có ${c.kind} ${c.name?.text ?? ''} nào ban hành năm ${d.year}; ${which.vi} ngày ${dateVi(date)}, không phải "${written}" — ${src.vi}.`.replace(/\s{2,}/gu, ' '),
          en: `No ${c.kind} ${c.name?.text ?? ''} was passed in ${d.year}; ${which.en} on ${dateVi(date)}, not "${written}" — ${src.en}.`.replace(/\s{2,}/gu, ' '),
        },
        fixes: [{ title: { vi: `Sửa thành ngày ${fixed}`, en: `Change the date to ${fixed}` }, edits: [{ start: d.span.start, end: d.span.end, newText: fixed }], safe: false, preferred: true }],
      });
    });
    // A law named with a year in which no text of that name was passed, and no date ("Luật Thể dục thể thao năm 2016":
    // the law of 2006, amended in 2018; hundred-and-sixty-first outside probe: taken for the law of 2006, nothing said).
    // Told only where the corpus is sure no law of the name was passed that year: it holds a later one, or knows the
    // one found still in force two years on. Else the law of that year may be one the corpus lacks. As information, not
    // a warning: the corpus knows no amending laws, and a law amended in a year is often called by it ("Luật Báo chí
    // 1989 được sửa đổi bổ sung vào năm 1999 (người ta thường gọi là Luật báo chí 1999)", hundred-and-twenty-third
    // outside probe). The year the law took effect is a common way of naming it too ("Luật Tiếp công dân 2014"): a hint.
    // Not after "thực hiện", where the year is the period reported on ("tình hình thực hiện Luật Thực hành tiết kiệm,
    // chống lãng phí năm 2010", hundred-and-forty-sixth).
    ctx.reading.citations.forEach((c, i) => {
      const n = c.named;
      const res = ctx.resolutions[i];
      if (c.style !== 'named' || n?.kind !== 'law' || !n.year || n.amendment || n.amended) return;
      if (!res || res.entry.record.confidence === 'unverified' || !res.entry.record.date) return;
      const r = res.entry.record;
      // A day written after the name is the law's when it is the record's ("Luật Thi đua khen thưởng năm 2024 được Quốc hội
      // khóa XV thông qua vào ngày 15/6/2022"): the year of the name is still the slip. Another day is told above.
      if (c.date ? c.date.iso !== r.date || r.date.startsWith(String(n.year)) : res.mismatch?.field !== 'year') return;
      const date = r.date!;
      const laterKnown = res.candidates.some((e) => e.record.date && +e.record.date.slice(0, 4) > n.year!);
      const stillInForce = r.status?.state === 'in-force' && !!r.status.asOf && +r.status.asOf.slice(0, 4) >= n.year + 2;
      // The year the law found took effect explains the year written: said (as a hint) even where the corpus might lack a
      // later law ("Luật Thi đua khen thưởng năm 2024 được Quốc hội khóa XV thông qua vào ngày 15/6/2022"; probe 167).
      const tookEffect = !!r.effective?.startsWith(String(n.year));
      // A year after the law was passed and before it took effect: no law of the name then ("Luật Tín ngưỡng, tôn giáo năm
      // 2017", passed 18/11/2016, in force from 1/1/2018; hundred-and-seventy-ninth outside probe).
      const pending = !!r.effective && +date.slice(0, 4) < n.year && r.effective.slice(0, 4) > String(n.year);
      // A year before the law was passed, no other of the name in force then (corpus-index's resolveLaw): a slip.
      const before = +date.slice(0, 4) > n.year;
      // Replaced by a law of another name: no later law of this name can be the one meant ("Luật Bảo vệ, chăm sóc và giáo dục
      // trẻ em năm 2014" for the law of 2004, which the Luật Trẻ em of 2016 replaced; three hundred and sixty-fifth outside
      // probe: nothing said).
      const nameEnded = () => (r.replacedBy ?? []).some((l) => l.confidence !== 'unverified' && ctx.corpus.byOfficialId(l.id).some((e) => e.record.kind === r.kind && !!e.record.name && e.record.name !== r.name));
      if (!laterKnown && !stillInForce && !tookEffect && !pending && !before && !nameEnded()) return;
      if (CARRIED_OUT_BEFORE.test(ctx.text.slice(Math.max(0, c.span.start - 24), c.span.start))) return;
      const written = String(n.year);
      const at = ctx.text.lastIndexOf(written, c.span.end);
      if (at < c.span.start) return;
      const src = sourceNote(r.sources, res.entry.origin);
      const passed = date.slice(0, 4);
      const name = `${c.kind} ${r.name ?? ''}`.trim();
      // The amendment said right after ("… năm 2016 đã được sửa đổi, bổ sung năm 2018") needs no advice on writing it.
      const amendedAfter = /sửa đổi/iu.test(ctx.text.slice(c.span.end, c.span.end + 40));
      const why = tookEffect
        ? { vi: `; năm ${written} là năm luật có hiệu lực (${dateVi(r.effective!)}), luật được gọi theo năm thông qua`, en: `; ${written} is the year it took effect (${dateVi(r.effective!)}), a law is named by the year it was passed` }
        : pending
          ? { vi: `, có hiệu lực từ ${dateVi(r.effective!)}; luật được gọi theo năm thông qua`, en: `, in force from ${dateVi(r.effective!)}; a law is named by the year it was passed` }
          : amendedAfter || before
          ? { vi: '', en: '' }
          : { vi: `; nếu muốn nói luật đã sửa đổi, bổ sung năm ${written}, nên ghi "${name} năm ${passed}, sửa đổi, bổ sung năm ${written}"`, en: `; for the law as amended in ${written}, write "${name} năm ${passed}, sửa đổi, bổ sung năm ${written}"` };
      out.push({
        span: { start: at, end: at + written.length },
        severity: tookEffect ? 'hint' : 'information',
        message: {
          vi: `Không có ${name} nào ban hành năm ${written}; ${name} số ${r.id} được thông qua ${date.length === 10 ? `ngày ${dateVi(date)}` : `năm ${passed}`}${why.vi} — ${src.vi}.`,
          en: `No ${name} was passed in ${written}; ${r.id} was passed ${date.length === 10 ? `on ${dateVi(date)}` : `in ${passed}`}${why.en} — ${src.en}.`,
        },
        fixes: [{ title: { vi: `Sửa năm thành ${passed}`, en: `Change the year to ${passed}` }, edits: [{ start: at, end: at + written.length, newText: passed }], safe: false, preferred: true }],
      });
    });
    // Without the corpus: a state number carries the year of signing ("132/2008/NĐ-CP"), so a
    // date in another year ("ngày 31/12/2018") means one of the two was mistyped. On the 402
    // gazette documents this found 25 citations in 8,516, every one a real typo.
    ctx.reading.citations.forEach((c) => {
      const d = c.date;
      if (c.style !== 'state' || c.idYear === null || !d || d.year === null || c.dateShared || seen.has(d.span.start)) return;
      if (d.year === c.idYear) return;
      seen.add(d.span.start);
      const written = ctx.text.slice(d.span.start, d.span.end);
      const yearAt = written.lastIndexOf(String(d.year));
      // The document of the date's year with that number, when the corpus has it on that very day: the number's year is
      // the slip ("Nghị định số 08/2020/NĐ-CP ngày 10/01/2022" for 08/2022/NĐ-CP; hundred-and-eighty-fourth outside probe).
      const twin = yearTwin(ctx, c);
      const twinId = twin?.record.id ?? '';
      const twinText = twin && c.idSpan && c.idText?.includes(`/${c.idYear}/`) ? c.idText.replace(`/${c.idYear}/`, `/${d.year}/`) : null;
      const fixes: Fix[] = [];
      if (twin && twinText)
        fixes.push({ title: { vi: `Sửa số hiệu thành ${twinId}`, en: `Change the number to ${twinId}` }, edits: [{ start: c.idSpan!.start, end: c.idSpan!.end, newText: twinText }], safe: false, preferred: true });
      // The year as written, three digits in a slip ("năm 201").
      if (yearAt >= 0)
        fixes.push({ title: { vi: `Sửa năm thành ${c.idYear}`, en: `Change the year to ${c.idYear}` }, edits: [{ start: d.span.start + yearAt, end: d.span.start + yearAt + String(d.year).length, newText: String(c.idYear) }], safe: false });
      out.push({
        span: d.span,
        severity: 'warning',
        message: twin
          ? {
              vi: `Số hiệu ${c.id} mang năm ${c.idYear} nhưng ngày ban hành ghi "${written}" (năm ${d.year}); ngày ấy là ngày của ${twin.record.kind} ${twinId} — có lẽ năm trong số hiệu viết nhầm.`,
              en: `The number ${c.id} carries the year ${c.idYear} but the date reads "${written}" (${d.year}); that day is the date of ${twin.record.kind} ${twinId} — the number's year is probably mistyped.`,
            }
          : {
              vi: `Số hiệu ${c.id} mang năm ${c.idYear} nhưng ngày ban hành ghi "${written}" (năm ${d.year}); một trong hai có lẽ viết nhầm.`,
              en: `The number ${c.id} carries the year ${c.idYear} but the date reads "${written}" (${d.year}); one of them is probably mistyped.`,
            },
        fixes,
      });
    });
    return out;
  },
};

/** The document of a state number with the year of the day written instead of its own, dated that very day, if the corpus holds it. */
/**
 * The other law of the citation's name (a law named, with a full date) passed on the day and month written in another year,
 * when it is the only one: the law the writer may have meant, the year mistyped.
 */
function namesakeOfDay(ctx: RuleContext, c: Citation, entry: DirectiveEntry): DirectiveRecord | null {
  const d = c.date;
  if (c.style !== 'named' || c.named?.kind !== 'law' || !c.kind || !c.name || d?.iso?.length !== 10 || d.year === null) return null;
  const day = d.iso.slice(4);
  const same = ctx.corpus
    .lawsByName(c.kind, c.name.text)
    .map((e) => e.record)
    .filter((r) => r !== entry.record && r.confidence !== 'unverified' && r.date?.length === 10 && r.date.slice(4) === day && r.date !== d.iso && r.date <= ctx.reportDate);
  return same.length === 1 ? same[0]! : null;
}

function yearTwin(ctx: RuleContext, c: Citation): DirectiveEntry | undefined {
  const d = c.date;
  if (c.style !== 'state' || !c.id || c.idYear === null || !d || d.year === null || d.year === c.idYear || d.iso?.length !== 10) return undefined;
  const twinId = c.id.replace(`/${c.idYear}/`, `/${d.year}/`);
  return twinId === c.id ? undefined : ctx.corpus.byOfficialId(twinId).find((e) => e.record.date === d.iso && e.record.confidence !== 'unverified');
}

/**
 * The documents of the citation's kind whose id differs only by a number one keystroke away and whose date is the day
 * written, each with the edit that writes its number: the one the words written choose, else each (none when none).
 */
function numberSlips(ctx: RuleContext, c: Citation, entry: DirectiveEntry, iso: string): { record: DirectiveRecord; edit: TextEdit }[] {
  if (iso.length !== 10 || !c.id || !c.number || !c.idSpan || !c.idText || !/^\d{1,4}$/u.test(c.number)) return [];
  const at = c.idText.indexOf(c.number);
  if (at !== 0 || !c.id.startsWith(c.number)) return [];
  let days: DirectiveRecord[] = [];
  for (const x of numberNeighbours(ctx.corpus, c)) if (x.record.date === iso && x.record.kind === entry.record.kind && !days.includes(x.record)) days.push(x.record);
  // A law's name written says which: "Luật Tổ chức chính quyền địa phương số 65/2025/QH15 ngày 16 tháng 6 năm 2025" is the law
  // of that name passed that day (72/2025/QH15), not 75/2025/QH15 of the same day, a keystroke from 65 (probe 439).
  if (c.name) days = days.filter((f) => !f.name || ctx.corpus.lawsByName(f.kind, c.name!.text).some((e) => e.record === f));
  // A subject written says which: the slip only where it fits the other document better than the one cited ("Nghị quyết
  // 59-NQ/TW ngày 22/12/2024 … về hội nhập quốc tế" is 59-NQ/TW with a wrong day, not 57-NQ/TW of that day); of several
  // documents of that day, the one it fits best ("Nghị định số 09/2022/NĐ-CP ngày 10/01/2022 … quy định chi tiết Luật Bảo vệ
  // môi trường" is 08/2022/NĐ-CP, not 07/2022/NĐ-CP of the same day; probe 162 once the corpus held both).
  if (c.subject && days.length > 0) {
    const subject = c.subject.text;
    const own = subjectAgreement(subject, entry.record, 2);
    const best = bestFitting(days, (f) => {
      const a = subjectAgreement(subject, f, 2);
      return a !== null && (own === null || a > own) ? a : null;
    });
    days = best ? [best] : [];
  }
  // Several of that day and no subject read: the words after the citation in its sentence may still say which ("… Nghị định
  // số 09/2022/NĐ-CP để quy định chi tiết một số điều của Luật Bảo vệ môi trường"); else each is offered (probe 162: 07 and
  // 08/2022/NĐ-CP are both of 10/1/2022, both a keystroke from 09, and the gazette's 08 has no subject to weigh).
  if (!c.subject && days.length > 1 && days.every((f) => !!f.subject)) {
    const after = ctx.text.slice(c.fullSpan.end, c.fullSpan.end + 160).split(SENTENCE_STOP)[0]!;
    const best = bestFitting(days, (f) => subjectAgreement(after, f, 2) || null);
    if (best) days = [best];
  }
  return days.slice(0, MAX_SLIPS).map((record) => ({ record, edit: { start: c.idSpan!.start, end: c.idSpan!.start + c.number!.length, newText: record.number } }));
}

/** The one record scored above every other (a null score leaves a record out), or null when none is, or two tie at the top. */
function bestFitting(records: readonly DirectiveRecord[], score: (r: DirectiveRecord) => number | null): DirectiveRecord | null {
  let best: DirectiveRecord | null = null;
  let top = -Infinity;
  let tie = false;
  for (const r of records) {
    const a = score(r);
    if (a === null) continue;
    if (a > top) {
      best = r;
      top = a;
      tie = false;
    } else if (a === top) tie = true;
  }
  return tie ? null : best;
}
