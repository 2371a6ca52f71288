// citation-date-future: a document cited with a date after the date of the text that cites it.
//
// A decision of 15/01/2020 cannot rest on "Quyết định số 20/QĐ-UBND ngày 20/01/2020": one of the
// two dates is mistyped (forty-seventh outside probe). Across the 1,672 real texts of the test
// sets, the gazette and the seeds, the texts with a date line cite 5 documents dated after
// themselves, every one a slip: two state numbers whose year is not their date's ("Nghị định số
// 214/2025/NĐ-CP ngày 04 tháng 8 năm 2028"), which citation-date-mismatch tells, and three this
// rule tells (a Front plan of 23/12/2025 in a plan of 10/12/2025, in two sets; the decision above).
//
// Judged only against the text's own date line or a configured report date: a news page's banner,
// an opening sentence's date or today say when the text was read, not when it was written. A date
// another rule already disputes is left to it: a state number's year that differs from its date's
// (citation-date-mismatch says so without the corpus), or a date the corpus records otherwise.
// No fix: which of the two dates is wrong cannot be told from the text — unless the corpus confirms
// the cited date, and then the message says so.

import { addDays, formatVi } from '../text/calendar';
import type { Rule, RuleFinding } from './rule';
import { insideAny } from './util/text';
import { label, ownDate } from './util/citations';

// A news page's dateline ("Cập nhật 31/8/2018") is when the page went up, by which the item was written: a document it
// cites dated more than a year later is a slip ("kế hoạch số 61/KH – CCB ngày 17/7/2028" in an item of 31/8/2018;
// ninety-fifth outside probe). Within the year a page's later update may explain it, so nothing is said.
const PAGE_DATE = 'dateline';
const PAGE_MARGIN_DAYS = 366;

export const rule: Rule = {
  code: 'citation-date-future',
  defaultSeverity: 'warning',
  description: { vi: 'Văn bản được dẫn ghi ngày sau ngày của văn bản này', en: 'A cited document dated after the citing text' },
  run(ctx) {
    const page = ctx.reportDateSource === PAGE_DATE;
    if (!ownDate(ctx) && !page) return [];
    const pageLimit = page ? addDays(ctx.reportDate, PAGE_MARGIN_DAYS) : null;
    const out: RuleFinding[] = [];
    const seen = new Set<number>();
    // A legal portal's notes above the text's own header ("Caselaw Việt Nam: “Kể từ ngày 28-02-2019, Nghị quyết số
    // 162/2015/NQ-HĐND … bị bãi bỏ, thay thế bởi Quyết định 642/QĐ-UBND …”") are not the text's citations
    // (hundred-and-second outside probe: the 2019 decision was told impossible in a resolution of 2015).
    const header = ctx.reading.header;
    const starts = [header.issuingBody, header.number, header.placeDate].flatMap((f) => (f ? [f.span.start] : []));
    const ownStart = starts.length ? Math.min(...starts) : -Infinity;
    ctx.reading.citations.forEach((c, i) => {
      if (c.span.end <= ownStart) return;
      const d = c.date;
      if (!d?.iso || d.iso <= (pageLimit ?? ctx.reportDate) || seen.has(d.span.start)) return;
      if (c.style === 'state' && c.idYear !== null && c.idYear !== d.year) return;
      if (insideAny(ctx.reading.quiet, d.span.start, d.span.end)) return;
      const res = ctx.resolutions[i];
      const recorded = res && res.entry.record.confidence !== 'unverified' ? res.entry.record.date : undefined;
      if (recorded && recorded.length === 10 && recorded !== d.iso) return;
      seen.add(d.span.start);
      const written = ctx.text.slice(d.span.start, d.span.end);
      const own = formatVi(ctx.reportDate);
      const name = label(c, res?.entry);
      const confirmed = recorded === d.iso;
      // The corpus confirms the later date: the page's dateline is not the date of the text it carries.
      if (page && confirmed) return;
      out.push({
        span: d.span,
        message: {
          vi:
            `${name} ghi ngày "${written}", sau ngày ${page ? 'đăng của trang' : 'của văn bản này'} (${own}): không thể dẫn một văn bản ban hành sau mình; ` +
            (confirmed ? `kho văn bản xác nhận ngày ${formatVi(d.iso)}, nên có lẽ ngày của văn bản này viết nhầm.` : 'một trong hai ngày có lẽ viết nhầm.'),
          en:
            `${name} is dated "${written}", after ${page ? "the page's date" : "this text's own date"} (${own}): a text cannot cite one issued after it; ` +
            (confirmed ? `the corpus confirms ${formatVi(d.iso)}, so this text's date is probably mistyped.` : 'one of the two dates is probably mistyped.'),
        },
      });
    });
    return out;
  },
};
