// date-format: the report's own date line ("Hà Tĩnh, ngày 5 tháng 3 năm 2023") against the
// standard form of Nghị định 30/2020/NĐ-CP (Phụ lục I) and Hướng dẫn 36-HD/VPTW: a day below 10
// and the months 1 and 2 take a leading zero, months 3–12 do not ("ngày 05 tháng 3 năm 2020",
// "ngày 28 tháng 02 năm 2023"; conventions.md §1.7).
//
// Only the header's date line is judged, never a date in running text (padding in body citations
// is not a rule, §1.7). Older Party documents padded every month, so a report dated before the
// earliest of the two standards (their dates come from the corpus records) is left alone. A line
// that starts with a word that is not a place ("Hôm nay, ngày …" of a web page) is no date line.

import type { Rule, RuleFinding } from './rule';
import { ownKind, sourceNote } from './util/citations';
import { withoutFinalDot } from './util/text';

// The standards, by official id: the corpus supplies their dates and sources.
const STANDARDS = ['30/2020/NĐ-CP', '36-HD/VPTW'];
const NOT_A_PLACE = /^(?:hôm\snay|cập\snhật|ngày|thứ|chủ\snhật|đăng\sngày|ban\shành)$/iu;

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

export const rule: Rule = {
  code: 'date-format',
  scope: 'document',
  defaultSeverity: 'hint',
  description: { vi: 'Dòng địa danh, ngày tháng năm chưa đúng thể thức', en: 'Date line not in the standard form' },
  run(ctx) {
    const pd = ctx.reading.header.placeDate;
    if (!pd) return [];
    if (NOT_A_PLACE.test(pd.place.trim())) return [];
    const d = pd.date;
    if (d.problem || d.year === null) return []; // date-invalid speaks
    const records = STANDARDS.flatMap((id) => ctx.corpus.byOfficialId(id)).filter((e) => e.record.date);
    const since = records.map((e) => e.record.date!).sort()[0];
    if (since && d.iso && d.iso < since) return [];

    const wantDayPadded = d.day < 10;
    const wantMonthPadded = d.month <= 2;
    const dayWrong = d.paddedDay !== wantDayPadded;
    const monthWrong = d.paddedMonth !== wantMonthPadded;
    if (!dayWrong && !monthWrong) return [];

    // The day and the month are the first two runs of digits in the date as written.
    const written = ctx.text.slice(d.span.start, d.span.end);
    const runs = [...written.matchAll(/\d{1,2}/g)];
    const dayRun = runs[0];
    const monthRun = runs[1];
    if (!dayRun || !monthRun) return [];
    const edits = [];
    const day = wantDayPadded ? pad(d.day) : String(d.day);
    const month = wantMonthPadded ? pad(d.month) : String(d.month);
    if (dayWrong) edits.push({ start: d.span.start + dayRun.index!, end: d.span.start + dayRun.index! + dayRun[0].length, newText: day });
    if (monthWrong) edits.push({ start: d.span.start + monthRun.index!, end: d.span.start + monthRun.index! + monthRun[0].length, newText: month });
    const wanted = `ngày ${day} tháng ${month} năm ${d.year}`;

    const why: { vi: string; en: string }[] = [];
    if (dayWrong)
      why.push(
        wantDayPadded
          ? { vi: `ngày dưới 10 viết thêm số 0 ("${day}")`, en: `a day below 10 takes a leading zero ("${day}")` }
          : { vi: 'ngày từ 10 trở lên không thêm số 0', en: 'a day of 10 or more takes no leading zero' },
      );
    if (monthWrong)
      why.push(
        wantMonthPadded
          ? { vi: `tháng 1, 2 viết thêm số 0 ("${month}")`, en: `months 1 and 2 take a leading zero ("${month}")` }
          : { vi: `tháng 3 đến 12 không thêm số 0 ("${month}")`, en: `months 3 to 12 take no leading zero ("${month}")` },
      );
    // One "nguồn:" before the sources of both standards, each named once.
    const srcs = [...new Set(records.map((e) => withoutFinalDot(sourceNote(e.record.sources, e.origin)).vi.replace(/^nguồn: /u, '')))];
    const src = srcs.length ? { vi: ` (nguồn: ${srcs.join('; ')})`, en: ` (sources: ${srcs.join('; ')})` } : { vi: '', en: '' };
    const whose = ownKind(ctx) ?? 'văn bản';
    const out: RuleFinding = {
      span: d.span,
      message: {
        vi: `Dòng ngày tháng của ${whose} nên viết "${wanted}": ${why.map((w) => w.vi).join('; ')} — theo Nghị định 30/2020/NĐ-CP (Phụ lục I) và Hướng dẫn 36-HD/VPTW${src.vi}.`,
        en: `The document's date line should read "${wanted}": ${why.map((w) => w.en).join('; ')} — per Decree 30/2020/NĐ-CP (Appendix I) and Guideline 36-HD/VPTW${src.en}.`,
      },
      fixes: [{ title: { vi: `Viết "${wanted}"`, en: `Write "${wanted}"` }, edits, safe: true, preferred: true }],
    };
    return [out];
  },
};
