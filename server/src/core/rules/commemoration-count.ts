// commemoration-count: "kỷ niệm 95 năm Ngày truyền thống công tác Dân vận của Đảng" when the day began in a
// year the count does not reach. Reports of Party committees, the Front and the Hội open and close on these
// anniversaries; a count copied from last year's plan is the slip. The days and the years they began are corpus
// records (type "commemoration"), each with its sources.
//
// Two checks, the first certain, the second as sure as the report's date:
//   - the years written with it, "(15/10/1930 - 15/10/2024)" or "(1930 - 2024)": their difference is the count —
//     and a start that is not the day's, with a count that fits the day's, is the start's slip;
//   - otherwise the report's date: the anniversary falls up to two years after it (a plan written ahead) or a year
//     before it (a report of it), or in a year the sentence names ("năm 2025").

import type { Entry } from '../corpus/corpus-index';
import type { CommemorationRecord } from '../corpus/types';
import { canonicalKey, fold } from '../text/normalize';
import { rx } from '../text/letters';
import type { Rule, RuleContext, RuleFinding } from './rule';
import { reportDateNote, sourceNote, temporalSeverity } from './util/citations';
import { segmenterOf } from './util/text';

// "kỷ niệm 95 năm", "chào mừng 94 năm" (a school page: "chào mừng 92 năm ngày thành lập Đoàn … (26/3/1931-26/3/2025)").
const PHRASE = rx(String.raw`(?<![\p{L}])(?:(?:kỷ|Kỷ|KỶ|kỉ|Kỉ|KỈ)\s{1,2}(?:niệm|NIỆM)|(?:chào|Chào|CHÀO)\s{1,2}(?:mừng|MỪNG)(?:\s{1,2}kỷ\s{1,2}niệm)?)\s{1,2}(\d{1,3})\s{1,2}(?:năm|NĂM)\s{1,2}`, 'gu');
// The years written with the day, right after its name: "(15/10/1930 - 15/10/2025)", "(1930 - 2025)", "(1930-2025)".
const RANGE = /^[^()\n.;]{0,120}?\(\s{0,2}(?:\d{1,2}[/.-]\d{1,2}[/.-])?((?:18|19|20)\d\d)\s{0,2}[-–]\s{0,2}(?:\d{1,2}[/.-]\d{1,2}[/.-])?((?:18|19|20)\d\d)\s{0,2}\)/u;
const YEAR = /(?<!\d)(?:19|20)\d\d(?!\d)/gu;
// Another count between a day's name and the years after it: the years are that count's.
const ANOTHER_COUNT = rx(String.raw`\d\s{0,2}(?:năm|NĂM)(?![\p{L}])`, 'u');
// A further count in a list after a "kỷ niệm": "; 96 năm Ngày …", ", 50 năm …", "và 80 năm …".
const LISTED = /(?:[;,]\s{0,2}(?:và\s{1,2})?|\s{1,2}và\s{1,2})(\d{1,3})\s{1,2}(?:năm|NĂM)\s{1,2}/gu;
// How far from the anniversary a text may be written: a plan up to two years ahead ("hướng tới kỷ niệm 90 năm" in
// a plan of 12/4/2019, for October 2020; forty-second outside probe), a report a year after. "Kỷ niệm 94 năm" in a
// report of 20/10/2025 is last year's count (the 94th fell on 15/10/2024).
const AHEAD_DAYS = 731;
const AFTER_DAYS = 366;

function daysBetween(a: string, b: string): number {
  return (Date.parse(`${a}T00:00:00Z`) - Date.parse(`${b}T00:00:00Z`)) / 86_400_000;
}

// Between a count and the years written for a day the corpus does not know: another count ("50 năm Ngày giải phóng
// và 80 năm Quốc khánh (1945-2025)": the range is the second's) or a period ("5 năm thực hiện … (2021-2025)", counted
// in years lived through, not since) takes the range away from the count.
const NOT_OURS = rx(String.raw`\d\s{0,2}năm|thực\s{1,2}hiện|giai\s{1,2}đoạn|nhiệm\s{1,2}kỳ|triển\s{1,2}khai`, 'iu');

/** The years written with a count (RANGE), unless what stands before their bracket (`another`) makes them another's. */
function yearsWritten(rest: string, another: { test(s: string): boolean }): RegExpExecArray | null {
  const bracket = rest.indexOf('(');
  return bracket < 0 || another.test(rest.slice(0, bracket)) ? null : RANGE.exec(rest);
}

/**
 * A day the corpus does not know, written with its years: "kỷ niệm 79 năm Ngày truyền thống ngành Thanh tra (23/11/1945
 * – 23/11/2025)" — plain arithmetic says the count or the range is wrong, whatever the day (forty-third outside probe).
 */
function rangeSlip(n: number, rest: string): { from: number; to: number; counted: number } | null {
  const range = yearsWritten(rest, NOT_OURS);
  if (!range) return null;
  const from = +range[1]!;
  const to = +range[2]!;
  return to > from && to - from !== n ? { from, to, counted: to - from } : null;
}

interface Day {
  entry: Entry<CommemorationRecord>;
  /** Folded forms of its name, without a leading "ngày", longest first. */
  keys: string[];
  year: number;
}

const daysCache = new WeakMap<object, Day[]>();

/** The corpus's days, their names folded once per corpus. */
function daysOf(ctx: RuleContext): Day[] {
  let days = daysCache.get(ctx.corpus);
  if (!days) {
    days = ctx.corpus.commemorations.map((entry) => ({
      entry,
      keys: [entry.record.name, ...(entry.record.names ?? [])].map(nameKey).sort((a, b) => b.length - a.length),
      year: +entry.record.date.slice(0, 4),
    }));
    daysCache.set(ctx.corpus, days);
  }
  return days;
}

/** A name as compared: folded, without "ngày" in front ("kỷ niệm 95 năm thành lập Mặt trận …" drops it). */
function nameKey(name: string): string {
  return fold(canonicalKey(name)).replace(/^ngay\s+/u, '');
}

// What may follow a day's name: the name's end (punctuation, the end of a line) or a word that joins it to the
// sentence. "Ngày thành lập Đảng bộ tỉnh …" or "… Đoàn Thanh niên xung phong" go on into another name, another day.
const NAME_END = /^(?:$|[\s]*[(),.;:!?"”'\-–\n]|\s+(?:va|cua|ngay|nam|tai|nham|huong|cung|gan|voi|den|tu|vao|la|duoc|da|se|lan|tren|theo|thang|dong|gio)(?![a-z]))/u;

const TOKEN = rx(String.raw`(?<![\p{L}])[\p{Lu}Đ]{2,10}(?![\p{L}])`, 'gu');
const longsCache = new WeakMap<object, Map<string, string>>();

/** The corpus's abbreviations with one meaning, short → long ("LHPN" → "Liên hiệp Phụ nữ"), once per corpus. */
function longsOf(ctx: RuleContext): Map<string, string> {
  let m = longsCache.get(ctx.corpus);
  if (!m) {
    const all = new Map<string, Set<string>>();
    for (const a of ctx.corpus.abbreviations) (all.get(a.record.short) ?? all.set(a.record.short, new Set()).get(a.record.short)!).add(a.record.long);
    m = new Map([...all].filter(([, longs]) => longs.size === 1).map(([short, longs]) => [short, [...longs][0]!]));
    longsCache.set(ctx.corpus, m);
  }
  return m;
}

/**
 * The day whose name the text after the count starts with (the longest name that fits and ends there), or null.
 * Abbreviations the corpus knows are read as written out: "Ngày thành lập Hội LHPN Việt Nam".
 */
function dayAt(days: readonly Day[], after: string, longs: ReadonlyMap<string, string>): Day | null {
  const key = nameKey(after.replace(TOKEN, (w) => longs.get(w) ?? w));
  let best: Day | null = null;
  let bestLength = 0;
  for (const d of days)
    for (const k of d.keys)
      if (k.length > bestLength && key.startsWith(k) && NAME_END.test(key.slice(k.length))) {
        best = d;
        bestLength = k.length;
      }
  return best;
}

export const rule: Rule = {
  code: 'commemoration-count',
  defaultSeverity: 'warning',
  description: { vi: 'Số năm kỷ niệm không khớp năm bắt đầu', en: 'Anniversary count does not fit the year the day began' },
  run(ctx) {
    const days = daysOf(ctx);
    if (days.length === 0) return [];
    const nt = ctx.reading.nt;
    const t = nt.text;
    const out: RuleFinding[] = [];
    const reportYear = +ctx.reportDate.slice(0, 4);
    // Years the paragraph names (rules run block by block), read when first needed.
    let yearsInText: Set<number> | undefined;
    /** One count: `n` written from `from` to `to` (the phrase), its day's name from `at`, within `sentence`. */
    const judge = (n: number, from: number, to: number, at: number, sentence: { start: number; end: number }, listed: boolean): void => {
      const day = dayAt(days, t.slice(at, at + 160), longsOf(ctx));
      const span = { start: nt.toOriginal(from), end: nt.toOriginal(to) };
      const rest = t.slice(at, sentence.end);
      // A later count of a list is checked by the years written with it only: without them the list may recall past
      // celebrations ("kế thừa … kinh nghiệm … các hoạt động kỷ niệm 70 năm Ngày thành lập Quân đội … và 25 năm Ngày hội Quốc
      // phòng toàn dân", probe 412 in 2023), and a count with neither day nor years is no anniversary ("35 năm thực hiện …").
      if (listed && !RANGE.test(rest)) return;
      if (!day) {
        const slip = rangeSlip(n, rest);
        if (slip)
          out.push({
            span,
            severity: 'warning',
            message: {
              vi: `Từ ${slip.from} đến ${slip.to} là ${slip.counted} năm, không phải ${n} năm.`,
              en: `From ${slip.from} to ${slip.to} is ${slip.counted} years, not ${n}.`,
            },
          });
        return;
      }
      const name = day.entry.record.name;
      const src = sourceNote(day.entry.record.sources, day.entry.origin);
      // Years after another count are that count's: "95 năm Ngày thành lập Đảng, 80 năm Cách mạng Tháng Tám (1945-2025)".
      const range = yearsWritten(rest, ANOTHER_COUNT);
      if (range && +range[1]! !== day.year) {
        // The count fits the day's origin and not the years written: the start year is the slip ("36 năm ngày hội
        // Quốc phòng toàn dân (22/12/1944 - 22/12/2025)": the day began in 1989, 1944 is the Army's; forty-second
        // outside probe). Otherwise the writer counts from another origin ("Ngày Dân vận cả nước (1999 - 2009)"
        // beside a day of 1930 of that name): nothing to say.
        if (+range[2]! - day.year === n)
          out.push({
            span,
            severity: 'warning',
            message: {
              vi: `${name} bắt đầu năm ${day.year}, không phải ${range[1]}: ${n} năm là từ ${day.year} đến ${range[2]} — ${src.vi}.`,
              en: `${name} began in ${day.year}, not ${range[1]}: ${n} years run from ${day.year} to ${range[2]} — ${src.en}.`,
            },
          });
        return;
      }
      if (range) {
        // The years written with it: their difference is the count, whatever the report's date.
        const counted = +range[2]! - day.year;
        if (counted !== n)
          out.push({
            span,
            severity: 'warning',
            message: {
              vi: `${name} bắt đầu năm ${day.year}; từ ${day.year} đến ${range[2]} là ${counted} năm, không phải ${n} năm — ${src.vi}.`,
              en: `${name} began in ${day.year}; from ${day.year} to ${range[2]} is ${counted} years, not ${n} — ${src.en}.`,
            },
          });
        return;
      }
      // The anniversary's day: within a year of the report's date (a plan written ahead of it, a report of it
      // after), or in a year the sentence names.
      const falls = day.year + n;
      const on = `${falls}${day.entry.record.date.slice(4)}`;
      const ahead = daysBetween(on, ctx.reportDate);
      if (ahead <= AHEAD_DAYS && -ahead <= AFTER_DAYS) return;
      const named = [...t.slice(sentence.start, sentence.end).matchAll(YEAR)].map((y) => +y[0]);
      if (named.includes(falls)) return;
      // A text with no date of its own was written between the latest date it gives and today, or near the date
      // it opens with (analyze.ts's latestDate and leadDate, as for anniversary-mismatch), or in a year the
      // paragraph names: a plan "năm 2008" for the Party's 78th anniversary, a page of 2025 on the press's 100th
      // ("(21/6/1925-21/6/2025)" on the next line) are not counted to today.
      if (ctx.reportDateSource === 'today') {
        if (ctx.latestDate && falls >= +ctx.latestDate.slice(0, 4) - 1 && falls <= reportYear) return;
        if (ctx.leadDate && Math.abs(falls - +ctx.leadDate.slice(0, 4)) <= 1) return;
        if ((yearsInText ??= new Set([...t.matchAll(YEAR)].map((y) => +y[0]))).has(falls)) return;
      }
      const when = reportDateNote(ctx);
      out.push({
        span,
        severity: temporalSeverity(ctx, 'warning'),
        message: {
          vi: `${name} bắt đầu năm ${day.year}; kỷ niệm ${n} năm rơi vào năm ${falls}, nhưng đến ${when.vi} là ${reportYear - day.year} năm — ${src.vi}.`,
          en: `${name} began in ${day.year}; its ${n}th anniversary falls in ${falls}, but by ${when.en} it is ${reportYear - day.year} years — ${src.en}.`,
        },
      });
    };
    for (const m of t.matchAll(PHRASE)) {
      const sentence = segmenterOf(nt).sentenceAt(m.index!);
      const at = m.index! + m[0].length;
      judge(+m[1]!, m.index!, m.index! + m[0].trimEnd().length, at, sentence, false);
      // The counts that follow it in a list share its "kỷ niệm": "kỷ niệm 116 năm Ngày Quốc tế Phụ nữ 8-3; 96 năm Ngày thành
      // lập Hội LHPN Việt Nam (20/10/1930 - 20/10/2026)" (probe 440: the second was not checked).
      LISTED.lastIndex = at;
      for (let c = LISTED.exec(t); c && c.index < sentence.end; c = LISTED.exec(t)) {
        const from = c.index + c[0].indexOf(c[1]!);
        judge(+c[1]!, from, c.index + c[0].trimEnd().length, c.index + c[0].length, sentence, true);
      }
    }
    return out;
  },
};
