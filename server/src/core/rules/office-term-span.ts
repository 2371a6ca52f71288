// office-term-span: a term of office ("nhiệm kỳ 2020 – 2025") whose years cannot be one term — it
// ends before it starts, or runs longer than five years ("Đại hội … lần thứ VIII, nhiệm kỳ 2023 –
// 2038"; eighth outside probe, a Front organisation's own congress notice).
//
// Party congresses, the National Assembly, People's Councils and the Front and mass organisations
// elect for five years (Quốc hội khóa XII ran four, 2007–2011); grassroots Youth Union and Party
// cells once elected for two and a half ("nhiệm kỳ 2022 – 2024"); a class's union for one. So a span
// of one to five years passes, and a longer one is a slip — unless the text counts several terms
// ("hai nhiệm kỳ 2010 – 2020", "các nhiệm kỳ …"), or speaks of the decades before the mid-1990s,
// when terms ran longer (Quốc hội khóa I: 1946–1960). Of 574 such ranges in the gazette, the seeds
// and every outside set, the one in the eighth probe is the only one this rule flags.
//
// The fix is offered only where one digit other than the last explains the slip (2038 for 2028): the
// writer meant the five years after the start. "2015 – 2025" may as well be 2020 – 2025, and
// anything else is left to the writer.
//
// The National Assembly's terms are known (corpus/terms.json), and People's Councils and Committees have been elected
// with it since 2011 (conventions §2.3; corpus/organisations.json, HĐND): "đại biểu HĐND các cấp nhiệm kỳ 2026 - 2030"
// is the term of 2026 – 2031, the Party's five years written for the council's (outside probe 411). Told when the body
// named right before the term is one of these, its start is one of their terms' and its end is not.

import type { RuleFinding, Rule, RuleContext } from './rule';
import type { Span } from '../types';
import type { NormalizedText } from '../text/normalize';
import type { TermRecord } from '../corpus/types';
import { rx } from '../text/letters';
import { oneDigitOff } from './util/text';

const TERM = rx(String.raw`(?<![\p{L}])nhiệm\s{1,2}k[ỳì]\s{0,2}[(:]?\s{0,2}((?:19|20)\d\d)\s{0,2}(?:[-–—]|đến)\s{0,2}((?:19|20)\d\d)(?![\p{N}])`, 'dgiu');
// Several terms counted ("hai nhiệm kỳ", "2 nhiệm kỳ", "các nhiệm kỳ").
const SEVERAL_BEFORE = rx(String.raw`(?<![\p{L}])(?:các|những|hai|ba|bốn|năm|nhiều|mấy|\d{1,2})\s{1,2}$`, 'iu');
// The Assembly, a People's Council or Committee named in the words right before the term, no other body after it:
// "đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp nhiệm kỳ …", "Chủ tịch UBND tỉnh nhiệm kỳ …". "Bí thư Đảng ủy,
// Chủ tịch UBND xã nhiệm kỳ 2025-2030" is the Party's term (a term of theirs must start in one of the Assembly's years).
const ASSEMBLY_BEFORE = rx(String.raw`(?:^|[^\p{L}])(Quốc\s{1,2}hội|QUỐC\s{1,2}HỘI|Hội\s{1,2}đồng\s{1,2}nhân\s{1,2}dân|HỘI\s{1,2}ĐỒNG\s{1,2}NHÂN\s{1,2}DÂN|HĐND|ĐBQH|(?:Ủy|Uỷ|ỦY|UỶ)\s{1,2}(?:ban|BAN)\s{1,2}(?:nhân|NHÂN)\s{1,2}(?:dân|DÂN)|UBND)(?![\p{L}])([^;.:!?\n()]{0,40})$`, 'u');
const OTHER_BODY = rx(String.raw`Đảng|ĐẢNG|Đại\s{1,2}hội|ĐẠI\s{1,2}HỘI|Mặt\s{1,2}trận|MTTQ|Đoàn|ĐOÀN|Chi\s{1,2}bộ|Ban\s{1,2}Chấp\s{1,2}hành|Hội\s{1,2}(?!đồng)\p{Lu}`, 'u');
// People's Councils and Committees elected with the Assembly from this year on (before, "HĐND tỉnh nhiệm kỳ 1999 - 2004").
const COUNCILS_WITH_ASSEMBLY_FROM = 2011;
const ASSEMBLY_LENGTH = 5;

/** The Assembly's terms as [start, end] years; the current one's end is its start and five. */
function assemblyTerms(ctx: RuleContext): readonly (readonly [number, number, string])[] {
  return ctx.corpus.terms
    .map((t) => t.record)
    .filter((t: TermRecord) => t.body === 'national-assembly')
    .map((t) => {
      const from = +String(t.start).slice(0, 4);
      return [from, t.end ? +String(t.end).slice(0, 4) : from + ASSEMBLY_LENGTH, t.term] as const;
    });
}

/** The Assembly's or a council's term [start, end, khóa] that a written term starting at `from` must be, or null. */
function assemblyTermOf(ctx: RuleContext, t: string, at: number, from: number): readonly [number, number, string] | null {
  const m = ASSEMBLY_BEFORE.exec(t.slice(Math.max(0, at - 90), at));
  if (!m || OTHER_BODY.test(m[2]!)) return null;
  const assembly = /^(?:Quốc|QUỐC|ĐBQH)/u.test(m[1]!);
  if (!assembly && from < COUNCILS_WITH_ASSEMBLY_FROM) return null;
  return assemblyTerms(ctx).find(([start]) => start === from) ?? null;
}

// The elections' own phrase, the Assembly's khóa and the councils' term together: "bầu cử đại biểu Quốc hội khóa XV và đại
// biểu Hội đồng nhân dân các cấp nhiệm kỳ 2026-2031" (forty-sixth session's probe 445: the khóa of 2021 left in a phrase
// of 2025 whose years were brought up to date). Group 1 is the khóa written; the term follows right after.
const ASSEMBLY_KHOA_WITH_COUNCILS = rx(
  String.raw`(?:Quốc\s{1,2}hội|QUỐC\s{1,2}HỘI)\s{1,2}(?:khóa|khoá|Khóa|Khoá|KHÓA|KHOÁ)\s{1,2}([IVXL]{1,6})(?![\p{L}])\s{0,2}(?:và|,|VÀ)\s{1,2}(?:(?:đại\s{1,2}biểu|Đại\s{1,2}biểu|ĐẠI\s{1,2}BIỂU)\s{1,2})?(?:Hội\s{1,2}đồng\s{1,2}nhân\s{1,2}dân|HỘI\s{1,2}ĐỒNG\s{1,2}NHÂN\s{1,2}DÂN|HĐND)(?:\s{1,2}(?:các\s{1,2}cấp|CÁC\s{1,2}CẤP))?\s{1,2}$`,
  'du',
);

/** The khóa of the Assembly written in the elections' phrase before a term at `at`, with its span, when it is not the term's. */
function khoaOfOtherTerm(nt: NormalizedText, at: number, term: string): { written: string; span: Span } | null {
  const before = nt.text.slice(Math.max(0, at - 120), at);
  const m = ASSEMBLY_KHOA_WITH_COUNCILS.exec(before);
  if (!m || m[1] === term) return null;
  const [s, e] = m.indices![1]!;
  const base = at - before.length;
  return { written: m[1]!, span: { start: nt.toOriginal(base + s), end: nt.toOriginal(base + e) } };
}

/**
 * The elections' phrase whose khóa and years are two terms: which was meant is the term of the elections the text's day
 * leads to or follows (the latest to start by the next year), and the other is the slip — "khóa XV … nhiệm kỳ 2026-2031" in
 * a page of 2025 is the khóa (probe 445), "khóa XVI … nhiệm kỳ 2021-2026" in one of 2026 the years (probe 55). Neither that
 * term: both are told, with no fix.
 */
function khoaAndYears(ctx: RuleContext, khoa: { written: string; span: Span }, years: readonly [number, number, string], yearsSpan: Span): RuleFinding {
  const terms = assemblyTerms(ctx);
  const ofKhoa = terms.find(([, , k]) => k === khoa.written) ?? null;
  const reportYear = +ctx.reportDate.slice(0, 4);
  const meant = terms.filter(([start]) => start <= reportYear + 1).sort((a, b) => b[0] - a[0])[0] ?? null;
  const [from, to, term] = years;
  if (ofKhoa && meant === ofKhoa) {
    const right = `${ofKhoa[0]} – ${ofKhoa[1]}`;
    return {
      span: yearsSpan,
      message: {
        vi: `Quốc hội khóa ${khoa.written} là nhiệm kỳ ${right}, không phải ${from} – ${to} (nhiệm kỳ khóa ${term}).`,
        en: `The National Assembly of term ${khoa.written} sits ${ofKhoa[0]}–${ofKhoa[1]}, not ${from}–${to} (term ${term}).`,
      },
      // The two years replaced, the writer's dash between them kept.
      fixes: [
        {
          title: { vi: `Sửa thành ${right}`, en: `Change to ${ofKhoa[0]}–${ofKhoa[1]}` },
          edits: [
            { start: yearsSpan.start, end: yearsSpan.start + 4, newText: String(ofKhoa[0]) },
            { start: yearsSpan.end - 4, end: yearsSpan.end, newText: String(ofKhoa[1]) },
          ],
          safe: false,
          preferred: true,
        },
      ],
    };
  }
  return {
    span: khoa.span,
    message: {
      vi: `Quốc hội khóa ${khoa.written}${ofKhoa ? ` là nhiệm kỳ ${ofKhoa[0]} – ${ofKhoa[1]}` : ''}; nhiệm kỳ ${from} – ${to} là khóa ${term}.`,
      en: `The National Assembly of term ${khoa.written}${ofKhoa ? ` sat ${ofKhoa[0]}–${ofKhoa[1]}` : ''}; the term ${from}–${to} is term ${term}.`,
    },
    fixes: meant && meant[2] === term ? [{ title: { vi: `Sửa thành khóa ${term}`, en: `Change to ${term}` }, edits: [{ ...khoa.span, newText: term }], safe: false, preferred: true }] : undefined,
  };
}

// Terms of five years at most from here on (see above).
const REGULAR_FROM = 1995;
const LONGEST = 5;
// Terms lawfully longer, written as one: the People's Councils (and their Committees) elected for 2004 – 2009 sat until
// 2011, when they were elected with the Assembly (Nghị quyết 25/2008/QH12 of 14/11/2008 extended their term;
// https://vbpl.vn/thanhphohochiminh/Pages/vbpq-toanvan.aspx?ItemID=60298&dvid=309). Fifty-third session's probe 500: "Hội
// đồng nhân dân huyện … khoá 18 … kỳ họp thứ 17, nhiệm kỳ 2004- 2011" was told seven years was too long.
const EXTENDED_TERMS: readonly (readonly [number, number])[] = [[2004, 2011]];

export const rule: Rule = {
  code: 'office-term-span',
  defaultSeverity: 'warning',
  description: { vi: 'Nhiệm kỳ có số năm không hợp lý', en: 'Term of office with impossible years' },
  run(ctx) {
    const nt = ctx.reading.nt;
    const t = nt.text;
    // Most blocks name no term: one search for the word before the expression runs.
    if (!/nhiệm\s{1,2}k/iu.test(t)) return [];
    const out: RuleFinding[] = [];
    TERM.lastIndex = 0;
    for (let m = TERM.exec(t); m; m = TERM.exec(t)) {
      const from = +m[1]!;
      const to = +m[2]!;
      const years = to - from;
      const backwards = years <= 0;
      const [fromStart] = m.indices![1]!;
      const [toStart, toEnd] = m.indices![2]!;
      const span = { start: nt.toOriginal(fromStart), end: nt.toOriginal(toEnd) };
      const assembly = !backwards && years <= LONGEST ? assemblyTermOf(ctx, t, m.index, from) : null;
      const khoa = assembly && assembly[1] === to ? khoaOfOtherTerm(nt, m.index, assembly[2]) : null;
      if (khoa) {
        out.push(khoaAndYears(ctx, khoa, assembly!, span));
        continue;
      }
      if (assembly && assembly[1] !== to) {
        const [, end, term] = assembly;
        out.push({
          span,
          message: {
            vi: `Nhiệm kỳ ${from} – ${to}: nhiệm kỳ của Quốc hội (khóa ${term}) và Hội đồng nhân dân bắt đầu năm ${from} là ${from} – ${end}.`,
            en: `The term ${from}–${to}: the term of the National Assembly (${term}) and of the People's Councils that starts in ${from} is ${from}–${end}.`,
          },
          fixes: [{ title: { vi: `Sửa thành ${from} – ${end}`, en: `Change to ${from}–${end}` }, edits: [{ start: nt.toOriginal(toStart), end: span.end, newText: String(end) }], safe: false, preferred: true }],
        });
        continue;
      }
      if (!backwards && (years <= LONGEST || from < REGULAR_FROM || EXTENDED_TERMS.some(([a, b]) => a === from && b === to))) continue;
      if (SEVERAL_BEFORE.test(t.slice(Math.max(0, m.index - 12), m.index))) continue;
      // The finding covers the two years; the fix changes the second.
      const meant = from + LONGEST;
      const fix = !backwards && Math.abs(to - meant) >= 10 && oneDigitOff(String(to), String(meant));
      const written = `${from} – ${to}`;
      out.push({
        span,
        message: backwards
          ? { vi: `Nhiệm kỳ ${written}: năm kết thúc không sau năm bắt đầu.`, en: `The term ${from}–${to} does not end after it starts.` }
          : {
              vi: `Nhiệm kỳ ${written} dài ${years} năm; một nhiệm kỳ dài nhiều nhất 5 năm${fix ? ` — có phải ${from} – ${meant}?` : '.'}`,
              en: `The term ${from}–${to} spans ${years} years; a term of office lasts five years at most${fix ? ` — did you mean ${from}–${meant}?` : '.'}`,
            },
        fixes: fix
          ? [{ title: { vi: `Sửa thành ${from} – ${meant}`, en: `Change to ${from}–${meant}` }, edits: [{ start: nt.toOriginal(toStart), end: span.end, newText: String(meant) }], safe: false, preferred: true }]
          : undefined,
      });
    }
    return out;
  },
};
