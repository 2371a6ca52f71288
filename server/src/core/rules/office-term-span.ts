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

import type { RuleFinding, Rule } from './rule';
import { rx } from '../text/letters';
import { oneDigitOff } from './util/text';

const TERM = rx(String.raw`(?<![\p{L}])nhiệm\s{1,2}k[ỳì]\s{0,2}[(:]?\s{0,2}((?:19|20)\d\d)\s{0,2}(?:[-–—]|đến)\s{0,2}((?:19|20)\d\d)(?![\p{N}])`, 'dgiu');
// Several terms counted ("hai nhiệm kỳ", "2 nhiệm kỳ", "các nhiệm kỳ").
const SEVERAL_BEFORE = rx(String.raw`(?<![\p{L}])(?:các|những|hai|ba|bốn|năm|nhiều|mấy|\d{1,2})\s{1,2}$`, 'iu');
// Terms of five years at most from here on (see above).
const REGULAR_FROM = 1995;
const LONGEST = 5;

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
      if (!backwards && (years <= LONGEST || from < REGULAR_FROM)) continue;
      if (SEVERAL_BEFORE.test(t.slice(Math.max(0, m.index - 12), m.index))) continue;
      // The finding covers the two years; the fix changes the second.
      const [fromStart] = m.indices![1]!;
      const [toStart, toEnd] = m.indices![2]!;
      const span = { start: nt.toOriginal(fromStart), end: nt.toOriginal(toEnd) };
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
