// date-future: an event narrated as done ("đã tổ chức", "được tổ chức", "đã ban hành", "đã diễn
// ra", "đã tiến hành" …) on a date after the report's own date.
//
// Precision first — a date is judged only when it is bound to the done-verb in one clause:
//   - the date opens the clause and the verb follows ("Ngày 05/12/2026, Tỉnh ủy đã tổ chức …"), or
//   - the verb comes first and the date follows it closely, introduced by "vào", "ngày", "từ"…
//     ("Hội nghị đã được tổ chức vào ngày 05/12/2026").
// Never judged: dates of citations (a document's date, not an event), the report's own date line,
// dates in quotes, deadlines and ends of ranges ("trước ngày …", "đến ngày …"), clauses that speak
// of plans ("dự kiến", "sẽ", "phấn đấu", "kế hoạch", "đến năm 2030", "trong thời gian tới" …),
// and a bare "được …" (without "đã"/"vừa") in a forward-looking section, in a document that is
// not a report (a plan's "Hội nghị được tổ chức vào ngày …" is future by design) or on a news page.
// A day and month without a year takes the report's year, and is judged only when that reading
// is nearer to the report's date than last year's ("ngày 20/12" in a report of 5/1 is last December).
// Without a date line the report's date is today's: findings are then information, not warnings.

import { dayNumber, parseIso, toIso } from '../text/calendar';
import { foldName } from '../corpus/corpus-index';
import type { DateMention } from '../extract/dates';
import type { Span } from '../types';
import type { Rule, RuleContext, RuleFinding } from './rule';
import { fullSpansByStart, reportDateNote, temporalSeverity } from './util/citations';
import { anyIn, insideAny, insideSorted, LazyMatches, quotedSpans, segmenterOf, toCanonical, type Segmenter } from './util/text';
import { rx } from '../text/letters';

// Each pattern first looks at the one letter its words can start with: the engine then skips most
// positions at once instead of trying the look-behind and every alternative there.
export const DONE = rx(
  String.raw`(?=[đv])(?<![\p{L}])(?:(đã|vừa|đã\sđược|vừa\sđược)|(được))\s{1,2}(?:(?:long\strọng|trọng\sthể|chính\sthức|trang\strọng|khẩn\strương)\s{1,2})?` +
    String.raw`(tổ\schức|ban\shành|diễn\sra|tiến\shành|khai\smạc|bế\smạc|họp|ký\skết|ký|thông\squa|phát\sđộng|khánh\sthành|khởi\scông|công\sbố|tổng\skết|sơ\skết|hoàn\sthành|trao\stặng|trao)(?![\p{L}])`,
  'giu',
);

// Also habits: "được tổ chức thường niên vào ngày 18/11 hàng năm" names a recurring day, not one
// event (fifth outside probe: a Front report of September was told 18/11 had not come yet).
export const PLAN = rx(String.raw`(?=[dsphkđtcml])(?<![\p{L}])(?:thường\sniên|hằng\snăm|hàng\snăm|hằng\stháng|hàng\stháng|hằng\squý|hàng\squý|mỗi\snăm|định\skỳ|dự\skiến|dự\sđịnh|sẽ|phấn\sđấu|kế\shoạch|đến\snăm|tới\snăm|trong\sthời\sgian\stới|thời\sgian\stới|sắp\stới|chuẩn\sbị|mục\stiêu|chỉ\stiêu|định\shướng|đề\sra|lịch\strình|chương\strình\scông\stác|có\sthể)(?![\p{L}])`, 'giu');

// Words before a date that make it a deadline or the end of a range, not the day of the event.
const DEADLINE_BEFORE = rx(String.raw`(?:(?<![\p{L}])(?:đến|tới|trước|hết|chậm\snhất|hạn|hạn\schót|cho\sđến|muộn\snhất)|\p{N}\s{0,2}[-–])\s{0,2}(?:(?:ngày|hết\sngày)\s{1,2})?$`, 'iu');

// The clause may open with these before the date: "Ngày 5/12/2026, …", "Sáng ngày …", "Vào ngày …",
// after a news agency's tag ("(PLVN) - Ngày …").
const OPENER = rx(String.raw`^[\s,(\-*_]{0,6}(?:\(\p{Lu}{2,10}\)\s{0,2}[-–]\s{0,2})?(?:(?:vào|trong|từ|tối|sáng|chiều|trưa|đêm|hôm|ngày)\s{1,2}){0,3}$`, 'iu');
// Between the date and a following verb: the subject, a place ("tại Hà Nội"), no other verb of intent.
const GAP_AFTER_DATE = /^[^;:]{0,160}$/u;
// A date that is itself the subject ("Ngày 15/10/2023 là ngày truyền thống …") is not the event's day.
const GAP_AFTER_BLOCK = rx(String.raw`(?<![\p{L}])(?:là|sẽ|nhân|hướng\stới|chào\smừng|kỷ\sniệm)(?![\p{L}])`, 'iu');
// Between a verb and a following date: a few words, no comma, the date introduced by a time word.
const GAP_BEFORE_DATE = rx(String.raw`^(?:\s{1,2}[\p{L}\p{M}\p{N}"-]{1,20}){0,10}?\s{1,2}(?:vào|trong|từ|ngày|hôm|sáng|chiều|tối|trưa|đêm)(?:\s{1,2}(?:ngày|hôm))?\s{1,2}$`, 'iu');
const GAP_BLOCK = rx(String.raw`(?<![\p{L}])(?:và|để|nhằm|quyết\sđịnh|thống\snhất|chỉ\sđạo|yêu\scầu|đề\snghị|giao|triển\skhai|hướng\sdẫn|thông\sbáo|nhưng)(?![\p{L}])`, 'iu');

const FORWARD_SECTION = /phuong huong|nhiem vu|ke hoach|giai phap|de xuat|kien nghi|to chuc thuc hien|muc tieu/u;
const NON_REPORT_KIND = /^(?:KẾ\sHOẠCH|CHƯƠNG\sTRÌNH|THÔNG\sBÁO|TỜ\sTRÌNH|HƯỚNG\sDẪN|ĐỀ\sÁN)/u;

/** The date an event falls on, or null when it cannot be told or is not after the report. */
function eventDate(d: DateMention, ctx: RuleContext): string | null {
  if (d.problem) return null;
  if (d.iso) return d.iso;
  // A day without its year takes the report's year; with no date line the report's date is
  // today, which says nothing of the text's year ("đã diễn ra chiều 15/12" in a review of 2025,
  // read on 1/12/2026; eighth outside probe).
  if (d.form !== 'day-month' || ctx.reportDateSource === 'today') return null;
  const r = parseIso(ctx.reportDate);
  if (!r) return null;
  const thisYear = toIso(r.y, d.month, d.day);
  if (!parseIso(thisYear)) return null; // 29/2 in a common year
  const report = dayNumber(r.y, r.m, r.d);
  const forward = dayNumber(r.y, d.month, d.day) - report;
  const lastYear = parseIso(toIso(r.y - 1, d.month, d.day));
  const backward = lastYear ? report - dayNumber(lastYear.y, lastYear.m, lastYear.d) : Infinity;
  return forward > 0 && forward < backward ? thisYear : null;
}

export const rule: Rule = {
  code: 'date-future',
  defaultSeverity: 'warning',
  description: { vi: 'Sự việc đã xảy ra nhưng ghi ngày sau ngày của báo cáo', en: 'Event narrated as done on a date after the report' },
  run(ctx) {
    const nt = ctx.reading.nt;
    const t = nt.text;
    const out: RuleFinding[] = [];
    const headerDate = ctx.reading.header.placeDate?.span ?? null;
    // What only a date after the report's date needs is gathered on the first such date.
    let near: { quotes: readonly Span[]; citationSpans: Span[]; citationDates: Set<DateMention | null>; forwardSections: Span[] } | null = null;
    const nearly = () =>
      (near ??= {
        quotes: quotedSpans(t),
        citationSpans: fullSpansByStart(ctx.reading.citations),
        citationDates: new Set(ctx.reading.citations.map((c) => c.date)),
        // Every block of a section asks for its title folded: remembered (foldName).
        forwardSections: ctx.reading.sections.filter((s) => FORWARD_SECTION.test(foldName(s.title))).map((s) => s.range),
      });
    const kind = ctx.reading.header.kind?.text ?? '';
    const planDocument = NON_REPORT_KIND.test(kind);
    // A page dated by its web or paper dateline is news, which announces as often as it reports: "Lễ kỷ niệm được tổ
    // chức vào sáng ngày 06/6/2018" under "24/05/2018" tells of a plan (hundred-and-thirteenth outside probe: told as
    // done). Only "đã …", "vừa …" say done there.
    const newsPage = ctx.reportDateSource === 'dateline' || ctx.reportDateSource === 'banner' || ctx.reportDateSource === 'lead';

    // Clauses and dates are found once; each date asks by range. Plan words and done-verbs are
    // looked for only in the clauses asked about (a long report has a few such dates, and
    // scanning all of it for them was most of the rule). Built on the first date after the
    // report's date: most reports have none.
    let found: { seg: Segmenter; plans: LazyMatches; dones: LazyMatches; dateStarts: number[] } | null = null;
    const lazy = () =>
      (found ??= {
        seg: segmenterOf(nt),
        plans: new LazyMatches(t, PLAN),
        dones: new LazyMatches(t, DONE),
        dateStarts: ctx.reading.dates.map((o) => toCanonical(nt, o.span.start)),
      });

    for (const d of ctx.reading.dates) {
      const iso = eventDate(d, ctx);
      if (!iso || iso <= ctx.reportDate) continue;
      const { quotes, citationSpans, citationDates, forwardSections } = nearly();
      if (citationDates.has(d) || insideSorted(citationSpans, d.span.start, d.span.end)) continue;
      if (headerDate && d.span.start >= headerDate.start && d.span.end <= headerDate.end) continue;
      if (insideAny(ctx.reading.quiet, d.span.start, d.span.end)) continue;
      const s = toCanonical(nt, d.span.start);
      const e = toCanonical(nt, d.span.end);
      if (insideSorted(quotes, s, e)) continue;
      if (DEADLINE_BEFORE.test(t.slice(Math.max(0, s - 20), s))) continue;
      const { seg, plans, dones, dateStarts } = lazy();
      const clause = seg.clauseAt(s);
      if (plans.any(clause.start, clause.end)) continue;
      const inForward = insideAny(forwardSections, d.span.start, d.span.end);
      let verb: string | null = null;
      // Only verbs near enough to be bound to the date can be (see OPENER and the gaps).
      for (const m of dones.between(Math.max(clause.start, s - 200), Math.min(clause.end, e + 200))) {
        const ms = m.index!;
        const me = ms + m[0].length;
        if (me > clause.end) continue;
        if (m[2] && (inForward || planDocument || newsPage)) continue; // a bare "được …" in a plan or on a news page
        let bound = false;
        if (ms >= e) {
          // OPENER is short: a clause with more than 60 characters before the date has a subject first.
          const gap = t.slice(e, ms);
          bound = s - clause.start <= 60 && OPENER.test(t.slice(clause.start, s)) && GAP_AFTER_DATE.test(gap) && !GAP_AFTER_BLOCK.test(gap) && !anyIn(dateStarts, e + 1, ms);
        } else if (me <= s) {
          const gap = t.slice(me, s);
          bound = GAP_BEFORE_DATE.test(gap) && !GAP_BLOCK.test(gap) && !gap.includes(',');
        }
        if (bound) {
          verb = m[0].replace(/\s+/gu, ' ');
          break;
        }
      }
      if (!verb) continue;
      const written = ctx.text.slice(d.span.start, d.span.end);
      const when = reportDateNote(ctx);
      const guessed = d.year === null ? { vi: ` (ngày không ghi năm, hiểu là năm ${iso.slice(0, 4)})`, en: ` (no year written; read as ${iso.slice(0, 4)})` } : { vi: '', en: '' };
      out.push({
        span: d.span,
        severity: temporalSeverity(ctx, 'warning'),
        message: {
          vi: `Sự việc được kể là đã xảy ra ("${verb}") vào ngày ${written}${guessed.vi}, sau ${when.vi}. Kiểm tra lại ngày hoặc cách diễn đạt (nếu là kế hoạch, dùng "dự kiến", "sẽ").`,
          en: `An event narrated as done ("${verb}") on ${written}${guessed.en}, after ${when.en}. Check the date, or the wording (for a plan, say "dự kiến", "sẽ").`,
        },
      });
    }
    return out;
  },
};
