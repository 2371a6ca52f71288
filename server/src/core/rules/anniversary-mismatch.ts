// anniversary-mismatch: "tổng kết 10 năm thực hiện X", "sơ kết 5 năm …" where the report's year
// minus X's year is outside the customary window. Real reports count both ways — 10 năm of
// Quyết định 290-QĐ/TW (2010) was held in 2020 (difference 10), 5 năm of Kết luận 43-KL/TW (2019)
// in 2023 (difference 4), 5 năm of Quyết định 657-QĐ/TU (2018) in 2023 (difference 5) — so a
// difference of N−1, N or N+1 is accepted, counted from the year the document was issued or, for
// a law the corpus knows the effective date of, the year it took effect; and measured to the
// report's date or to a date its sentence gives before the phrase (the review's own day) — or, in a
// text with no date of its own, anywhere in the sentence outside the citations, the first full
// date of its opening lines, or any year from the latest date it gives to today. A review the sentence
// names as past (the basis of another document, a report of it heard) may have been held in any year
// up to the report's.

import type { Citation } from '../extract/citations';
import type { Rule, RuleContext, RuleFinding } from './rule';
import type { Localized } from '../types';
import { label, reportDateNote, temporalSeverity, usableAlternatives } from './util/citations';
import { rx } from '../text/letters';
import { countFits } from '../text/calendar';
import { segmenterOf } from './util/text';

const PHRASE = rx(String.raw`(?<![\p{L}])(tổng\skết|sơ\skết)\s{1,2}(\d{1,2})\s{1,2}năm\s{1,2}(?:thực\shiện|triển\skhai|thi\shành|học\stập\svà\slàm\stheo)?\s{0,2}`, 'giu');

/**
 * Whether "N năm" fits a document in the report's year: a difference of N−1 to N+1 from its year
 * or, for a law reviewed by its years in force ("sơ kết 1 năm thi hành Luật Thi đua, khen thưởng
 * năm 2022" in 2025 counts from 1/1/2024, when it took effect; third outside probe), from the year
 * it took effect.
 */
function fits(r: { date?: string; effective?: string }, reportYear: number, n: number): boolean {
  const near = (from: string | undefined) => !!from && countFits(+from.slice(0, 4), reportYear, n);
  return near(r.date) || near(r.effective);
}

// The year a document's own subject sets as its end: "… vùng trung du và miền núi Bắc Bộ đến năm 2010".
const HORIZON = /đến\s{1,2}năm\s{1,2}((?:19|20)\d\d)(?!\d)/u;

function horizonYear(subject: string | undefined): number | null {
  const m = subject ? HORIZON.exec(subject) : null;
  return m ? +m[1]! : null;
}

// A period written as two years: "(2011-2016)", "giai đoạn 2016 – 2021".
const PERIOD = /(?<!\d)(?:19|20)\d\d\s{0,2}[-–]\s{0,2}((?:19|20)\d\d)(?!\d)/g;

/**
 * Years the phrase's own sentence (around canonical offset `at`) dates the review by, up to the
 * report's date: the full dates written before it — an event's own day ("Sáng 06/11/2024, Thành ủy
 * Hà Nội tổ chức Hội nghị tổng kết 10 năm thực hiện Nghị quyết số 33-NQ/TW": a news item with no
 * date line had been counted to today; eighth outside probe) — and the end of a period it names
 * ("sơ kết 5 năm thực hiện Chỉ thị số 124-CT/QUTW ngày 31/3/2011 … (2011-2016)"; tenth).
 */
function sentenceYears(ctx: RuleContext, at: number): number[] {
  const nt = ctx.reading.nt;
  const sentence = segmenterOf(nt).sentenceAt(at);
  const before = nt.toOriginal(at);
  const from = nt.toOriginal(sentence.start);
  // With no date of its own (a news item counted to today), a full date later in the sentence
  // dates the review too, outside the citations' own dates: "Chiều ngày 19/5, BTV Huyện ủy tổ chức
  // hội nghị sơ kết 5 năm thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 … (19/5/1890 – 19/5/2021)"
  // (twelfth outside probe: it had been told 10 years, not 5).
  const until = ctx.reportDateSource === 'today' || ctx.reportDateSource === 'banner' || ctx.reportDateSource === 'lead' ? nt.toOriginal(sentence.end) : before;
  const cited = (s: number, e: number) => ctx.reading.citations.some((c) => s >= c.fullSpan.start && e <= c.fullSpan.end);
  const out: number[] = [];
  for (const d of ctx.reading.dates)
    if (d.iso && d.span.start >= from && d.span.end <= until && d.iso <= ctx.reportDate && (d.span.end <= before || !cited(d.span.start, d.span.end))) out.push(+d.iso.slice(0, 4));
  const reportYear = +ctx.reportDate.slice(0, 4);
  for (const m of nt.text.slice(sentence.start, sentence.end).matchAll(PERIOD)) if (+m[1]! <= reportYear) out.push(+m[1]!);
  // With no date of its own, the first full date of the text's opening lines dates it too ("từ ngày
  // 04/5/2022 đến ngày 10/5/2022, … Hội nghị lần thứ 5" above a headline "Tổng kết 15 năm thực hiện
  // Nghị quyết Trung ương 7 khóa X"; seventeenth-probe round: counted to today it was 18 years).
  // (analyze.ts sets leadDate only for a text with no date of its own.)
  if (ctx.leadDate) out.push(+ctx.leadDate.slice(0, 4));
  return out;
}

// A review the sentence names as past: the basis of something else ("Chỉ thị số 17-CT/TW … trên cơ sở
// tổng kết 10 năm thực hiện Chỉ thị số 08-CT/TW"), or a report of it heard before ("sau khi nghe Ban
// Tuyên giáo Trung ương báo cáo tổng kết 10 năm thực hiện Chỉ thị số 11-CT/TW"), or its results carried on ("kế thừa kết
// quả tổng kết 08 năm thực hiện Nghị quyết số 49-NQ/TW được tiến hành năm 2014" in 2019; two-hundred-and-second outside
// probe: told 14 years).
const PAST_REVIEW = /(?:(?:trên\s{1,2}cơ\s{1,2}sở|từ|kế\s{1,2}thừa)\s{1,2}(?:kết\s{1,2}quả\s{1,2})?|nghe(?:\s{1,2}[^\s.;]+){0,12}?\s{1,2}báo\s{1,2}cáo\s{1,2})$/iu;

/**
 * Whether the phrase at canonical offset `at` names a review held before the text: then its count is
 * measured to some year before the report's, which the text does not give (eighty-third outside probe:
 * an article of 2023 on Chỉ thị 17-CT/TW of 2022, "trên cơ sở tổng kết 10 năm thực hiện Chỉ thị số
 * 08-CT/TW ngày 21/10/2011", had been counted to 2023 and told 12 years; eighty-fourth: the Secretariat's
 * conclusion of 2019 "sau khi nghe … báo cáo tổng kết 10 năm thực hiện Chỉ thị số 11-CT/TW" of 2007).
 */
function pastReview(ctx: RuleContext, at: number): boolean {
  const nt = ctx.reading.nt;
  const sentence = segmenterOf(nt).sentenceAt(at);
  return PAST_REVIEW.test(nt.text.slice(Math.max(sentence.start, at - 120), at));
}

/**
 * With no date of its own and none in the phrase's sentence, the text was written between the latest
 * date it gives (a date it writes, a document it cites) and today: when that is later than the year of
 * the document reviewed, every year of the span may be the review's. A news item of 2021 on the "sơ kết
 * 5 năm thực hiện Chỉ thị số 05-CT/TW" of 2016 that also cites Kết luận 01-KL/TW of 18/5/2021 had been
 * counted to today and told 10 years (twenty-second outside probe); a draft that gives nothing later
 * than the document it reviews is still counted to today.
 */
function undatedYears(ctx: RuleContext, reviewed: number): number[] {
  const latest = ctx.latestDate;
  if (!latest || +latest.slice(0, 4) <= reviewed) return [];
  const out: number[] = [];
  for (let y = +latest.slice(0, 4); y < +ctx.reportDate.slice(0, 4); y++) out.push(y);
  return out;
}

/**
 * Whether the phrase's sentence, in a text with no date of its own, opens on a day without its year
 * ("Ngày 18/5, Đảng ủy … tổ chức hội nghị sơ kết 5 năm thực hiện Nghị quyết số 24-NQ/TW ngày 16/4/2018"):
 * the review's year is the one the writer did not write. A draft of this year is counted right to today;
 * a news item of another year is not (thirty-seventh outside probe: two items of 2016 and 2023 were
 * counted to 2026). Then the count is only a hint, and says the year is missing.
 */
function yearlessDay(ctx: RuleContext, at: number): boolean {
  if (ctx.reportDateSource !== 'today') return false;
  const nt = ctx.reading.nt;
  const from = nt.toOriginal(segmenterOf(nt).sentenceAt(at).start);
  const before = nt.toOriginal(at);
  return ctx.reading.dates.some((d) => d.year === null && d.span.start >= from && d.span.end <= before);
}

// The period reviewed, in brackets after the document: "Tổng kết 40 năm thực hiện Cương lĩnh xây dựng đất nước trong thời kỳ
// quá độ lên chủ nghĩa xã hội (1991-2031)".
const PERIOD_AFTER = /^[ \t]{0,2}\([ \t]{0,2}((?:19|20)\d\d)[ \t]{0,2}[-–][ \t]{0,2}((?:19|20)\d\d)[ \t]{0,2}\)/u;

/**
 * Whether the period reviewed the writer gives after the citation (`p`) fits the count, its first year a version of the
 * document's: the review of the 1991 platform the XIV Congress set for 2031, written in 2026 (forty-first session's probe
 * 400: the platform as supplemented in 2011, the one in force, was counted and told "15 years, not 40").
 */
function periodFits(ctx: RuleContext, c: Citation, n: number, p: RegExpExecArray): boolean {
  if (!countFits(+p[1]!, +p[2]!, n)) return false;
  const kind = c.named?.kind;
  const versions = kind === 'charter' || kind === 'platform' ? ctx.corpus.versions(kind) : [];
  const years = [c.date?.year, c.idYear, ...versions.map((e) => (e.record.date ? +e.record.date.slice(0, 4) : null))];
  return years.includes(+p[1]!);
}

// How far ahead a platform's or charter's review may be named: the term of the Congress that set it.
const CONGRESS_TERM_YEARS = 5;

/**
 * Whether the count names a review of the platform or the charter the Party has set for the coming term: "Ban Chỉ đạo …
 * tổng kết 40 năm thực hiện Cương lĩnh xây dựng đất nước trong thời kỳ quá độ lên chủ nghĩa xã hội", set up in 2026 for the
 * fortieth year of the 1991 platform (forty-fourth session's probe 430: the 2011 version was counted, "15 years, not 40").
 */
function reviewAhead(ctx: RuleContext, c: Citation, n: number, reportYear: number): boolean {
  const kind = c.named?.kind;
  if (kind !== 'charter' && kind !== 'platform') return false;
  return ctx.corpus.versions(kind).some((e) => {
    const falls = e.record.date ? +e.record.date.slice(0, 4) + n : NaN;
    return falls >= reportYear && falls <= reportYear + CONGRESS_TERM_YEARS;
  });
}

export const rule: Rule = {
  code: 'anniversary-mismatch',
  defaultSeverity: 'warning',
  description: { vi: 'Số năm tổng kết, sơ kết không khớp năm ban hành', en: 'Anniversary count does not fit the document year' },
  run(ctx) {
    const out: RuleFinding[] = [];
    const reportYear = +ctx.reportDate.slice(0, 4);
    // Match on the canonical text, whose offsets map back to the original.
    for (const m of ctx.reading.nt.text.matchAll(PHRASE)) {
      const n = +m[2]!;
      const endCanon = m.index! + m[0].length;
      const end = ctx.reading.nt.toOriginal(endCanon);
      // The citation must follow right after the phrase.
      const i = ctx.reading.citations.findIndex((c) => c.span.start >= end && c.span.start <= end + 2);
      if (i < 0) continue;
      const c = ctx.reading.citations[i]!;
      const res = ctx.resolutions[i];
      const trusted = res?.certainty === 'exact' && res.entry.record.confidence !== 'unverified' && res.entry.record.date;
      // Among documents sharing the id ("25-NQ/TW" of 2008 and of 2013), the count is wrong only
      // if it fits none of them; the message names the one the report's date chose.
      const usable = trusted ? null : usableAlternatives(res);
      const alternatives = usable?.every((e) => e.record.date) ? usable : null;
      const year = trusted || alternatives ? +res!.entry.record.date!.slice(0, 4) : c.date?.year ?? c.idYear ?? null;
      if (!year) continue;
      const diff = reportYear - year;
      // A document of a later year than the report is not what the report reviews: no count to judge.
      if (diff < 0) continue;
      // The count may be the review's own: measured to the report's date, or to a date the sentence
      // gives before it (the day of the conference).
      const said = sentenceYears(ctx, m.index!);
      const atYears = [reportYear, ...said, ...(said.length ? [] : undatedYears(ctx, year))];
      // The period the document set itself may be what is reviewed: "tổng kết 6 năm thực hiện Nghị quyết số 37-NQ/TW,
      // ngày 01/7/2004 … đến năm 2010" counts to 2010, not to the conclusion of 2012 (seventy-second outside probe).
      const horizon = horizonYear(c.subject?.text) ?? horizonYear(res?.entry.record.subject);
      if (horizon !== null && horizon <= reportYear) atYears.push(horizon);
      const fitsAt = (r: { date?: string; effective?: string }) => atYears.some((y) => fits(r, y, n));
      // A past review fits any year up to the report's (its sentence read only when the count fits no year above).
      const pastFits = (r: { date?: string }) => !!r.date && +r.date.slice(0, 4) + n - 1 <= reportYear;
      const records = alternatives ? alternatives.map((e) => e.record) : [trusted ? res!.entry.record : { date: String(year) }];
      if (records.some(fitsAt) || (records.some(pastFits) && pastReview(ctx, m.index!))) continue;
      // A period written after the document is what the count is measured by; with none, a review set for the coming term.
      const period = PERIOD_AFTER.exec(ctx.text.slice(c.fullSpan.end, c.fullSpan.end + 24));
      if (period ? periodFits(ctx, c, n, period) : reviewAhead(ctx, c, n, reportYear)) continue;
      const start = ctx.reading.nt.toOriginal(m.index!);
      const when = reportDateNote(ctx);
      const yearless = yearlessDay(ctx, m.index!);
      // With no date of its own, a count that fits a year two or more years back is most likely a text of that year
      // (a news item on "tổng kết 10 năm thực hiện Nghị quyết 15-NQ/TW" of 2012, read in 2026; fifty-seventh and
      // sixty-first outside probes): said, but as a hint.
      const olderText = ctx.reportDateSource === 'today' && year + n < reportYear - 1;
      // Either way the count is said as a condition: right for a text of this year only (hundred-and-thirty-sixth outside
      // probe: four undated news items of 2019–2022 read as told a wrong count), with why the year is not known.
      const why: Localized | null = yearless
        ? { vi: 'ngày ghi ở đầu câu chưa có năm', en: 'the day the sentence opens with has no year' }
        : olderText
          ? { vi: `${n} năm ứng với văn bản năm ${year + n}`, en: `${n} years fits a text of ${year + n}` }
          : null;
      const what = label(c, res?.entry);
      out.push({
        // The phrase without the space before the citation.
        span: { start, end: ctx.reading.nt.toOriginal(m.index! + m[0].trimEnd().length) },
        severity: why ? 'hint' : temporalSeverity(ctx, 'warning'),
        message: why
          ? {
              vi: `${what} ban hành năm ${year}; nếu văn bản viết năm nay thì đến ${when.vi} là ${diff} năm, không phải ${n} năm (${why.vi}).`,
              en: `${what} dates from ${year}; if the text is of this year, by ${when.en} that is ${diff} years, not ${n} (${why.en}).`,
            }
          : {
              vi: `${what} ban hành năm ${year}; đến ${when.vi} là ${diff} năm, không phải ${n} năm.`,
              en: `${what} dates from ${year}; by ${when.en} that is ${diff} years, not ${n}.`,
            },
      });
    }
    return out;
  },
};
