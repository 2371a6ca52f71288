// own-number-mismatch: the text names itself, in the line that heads its annex ("Kèm theo Quyết định số … ngày …"), by
// another number than its own "Số:" line. A decision of the Prime Minister headed "Số: 2774/QĐ-TTg … ngày 24 tháng 12 năm
// 2025" whose plan says "(Kèm theo Quyết định số 2744/QĐ-TTg ngày 24/12/2025 của Thủ tướng Chính phủ)" (forty-ninth
// session's probe 460: only "not in the corpus" was said). The annex's number is the slip more often than the header's,
// which is typed once and checked; the fix offered writes the header's number, never applied unasked.
//
// Only where a line opens with the annex's "(Ban hành) kèm theo", on the text's own day, with its symbol, and a number one
// keystroke from its own, which the corpus does not know as a document of that day: a body issues many documents a day
// under one symbol, and a text may cite another's annex in a sentence ("… các mẫu trong Phụ lục ban hành kèm theo Thông tư
// số 06/2024/TT-BKHĐT ngày 26 tháng 4 năm 2024", in the circular 07/2024/TT-BKHĐT of that day: the gazette).

import { formatVi } from '../text/calendar';
import { oneEditApart } from '../text/edit';
import { parseId } from '../extract/citations';
import type { Rule, RuleFinding } from './rule';
import { ownDate } from './util/citations';

// An annex's heading line up to the citation: "(Kèm theo ", "Ban hành kèm theo ", in any case.
const ANNEX_HEAD = /^[ \t]*[(\[]?[ \t]*(?:(?:ban|BAN|Ban)\s{1,2}(?:hành|HÀNH)\s{1,2})?(?:kèm|KÈM|Kèm)\s{1,2}(?:theo|THEO)[ \t(]{0,3}$/u;

export const rule: Rule = {
  code: 'own-number-mismatch',
  defaultSeverity: 'warning',
  description: { vi: 'Phụ lục ghi số của chính văn bản khác với dòng "Số:"', en: 'The annex names the text by another number than its own' },
  run(ctx) {
    const own = ctx.reading.header.number;
    const day = ctx.reading.header.placeDate?.date.iso;
    if (!own || !day || !ownDate(ctx)) return [];
    const mine = parseId(own.id);
    const number = mine?.number;
    if (!mine || !number || !mine.symbol) return [];
    const out: RuleFinding[] = [];
    ctx.reading.citations.forEach((c, i) => {
      if (!c.idSpan || !c.number || c.date?.iso !== day || c.symbol !== mine.symbol || c.idYear !== mine.idYear) return;
      if (c.number === number || !oneEditApart(c.number, number)) return;
      if (!ANNEX_HEAD.test(ctx.text.slice(ctx.text.lastIndexOf('\n', c.span.start - 1) + 1, c.span.start))) return;
      if (ctx.resolutions[i]?.entry.record.date === day) return;
      const written = ctx.text.slice(c.idSpan.start, c.idSpan.end);
      out.push({
        span: c.idSpan,
        message: {
          vi: `Văn bản này là số ${own.id} (dòng "Số:"), nhưng ở đây ghi "${written}" cùng ngày ${formatVi(day)}; có lẽ viết nhầm số.`,
          en: `This text is ${own.id} (its "Số:" line), but here it is written "${written}" with the same day, ${formatVi(day)}; a slip of the number?`,
        },
        fixes: [{ title: { vi: `Sửa thành ${own.id}`, en: `Change to ${own.id}` }, edits: [{ start: c.idSpan.start, end: c.idSpan.end, newText: own.id }], safe: false, preferred: true }],
      });
    });
    return out;
  },
};
