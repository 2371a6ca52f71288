// vision-year-order: a plan's horizon ("tầm nhìn", "định hướng") earlier than the end of the period it follows —
// "thời kỳ 2021-2030, tầm nhìn đến 2025" (probe 438: the Prime Minister's plan has "tầm nhìn đến năm 2050"),
// "giai đoạn 2021 - 2030, tầm nhìn đến năm 1945" (probe 258), "đến năm 2030, tầm nhìn đến năm 2015" (probe 90).
// A horizon looks past its period by definition, so one before the period's last year is a slip of the keyboard,
// however the document is titled; no corpus is needed. No fix: the year meant (2045? 2050?) is not in the text.
//
// Over the sets (before probe 438's) and the gazette, the period-then-horizon phrase is written about 760 times;
// the two slips of probes 258 and 90 are the only ones told, and both are real.

import type { BlockRule, RuleFinding } from './rule';

// Where a horizon is named: "tầm nhìn đến (năm) YYYY", "định hướng tới YYYY".
const HORIZON = /(?:tầm\s{1,3}nhìn|định\s{1,3}hướng)\s{1,3}(?:đến|tới)\s{1,3}(?:năm\s{1,3})?((?:19|20)\d\d)(?!\d)/giu;
// What must stand right before it, for the horizon to be the period's: a period's last year ("thời kỳ 2021-2030",
// "giai đoạn 2026 – 2030", "giai đoạn từ năm 2021 đến năm 2025") or a target year ("đến năm 2030"), then a comma,
// "và" or "với".
const PERIOD_BEFORE =
  /(?:(?:thời\s{1,3}k[ỳìy]|giai\s{1,3}đoạn|nhiệm\s{1,3}kỳ)\s{1,3}(?:từ\s{1,3})?(?:năm\s{1,3})?(?:19|20)\d\d\s{0,3}(?:[-–—]|đến)\s{0,3}(?:năm\s{1,3})?|(?:đến|tới)\s{1,3}năm\s{1,3})((?:19|20)\d\d)\s{0,2}(?:,\s{0,3}|\s{1,3})(?:(?:và|với)\s{1,3})?$/iu;
// How far back the period may begin: "giai đoạn từ năm 2021 đến năm 2030, và " is 40 characters.
const REACH = 64;

export const rule: BlockRule = {
  code: 'vision-year-order',
  defaultSeverity: 'warning',
  description: { vi: 'Năm tầm nhìn sớm hơn năm cuối của giai đoạn', en: 'A horizon year before the end of its period' },
  run(ctx) {
    const t = ctx.text;
    const out: RuleFinding[] = [];
    for (const m of t.matchAll(HORIZON)) {
      const at = m.index!;
      const period = PERIOD_BEFORE.exec(t.slice(Math.max(0, at - REACH), at));
      if (!period) continue;
      const last = Number(period[1]);
      const horizon = Number(m[1]);
      if (horizon >= last) continue;
      const yearAt = at + m[0].length - m[1]!.length;
      const phrase = m[0].replace(/\s+/gu, ' ');
      out.push({
        span: { start: yearAt, end: yearAt + 4 },
        message: {
          vi: `"${phrase}" sớm hơn năm cuối của giai đoạn (${last}): tầm nhìn phải xa hơn giai đoạn; có lẽ viết nhầm năm.`,
          en: `"${phrase}" comes before the period's last year (${last}): a horizon lies beyond its period; the year is probably a slip.`,
        },
      });
    }
    return out;
  },
};
