// space-missing: a word glued to the number it introduces, in a date or a citation the reader found
// anyway — "ngày26/11/2003", "ngày 15tháng 4 năm 2010", "tháng 8năm 2011", "số56/2012/NĐ-CP" — and a law's name glued
// to "Luật" ("LuậtThủy sản"). Text copied
// out of PDF files loses these spaces (about thirty in the outside probes); the reader reads past them, so the
// date still counts, but the printed report shows the slip.
//
// Only where a date or a citation was read: a digit glued to "số" or "năm" elsewhere is as often a formula's
// subscript ("nsdtt(năm2015)"), a footnote's mark ("03 năm58") or a form's blank ("số2: ……") in the gazette.

import { GLUED_AFTER_SYMBOL } from '../extract/citations/ids';
import { rx } from '../text/letters';
import type { Span } from '../types';
import type { Rule, RuleFinding } from './rule';

// The word right before a date's day, glued to it.
// Composed or decomposed, any case.
const NGAY_GLUED = rx(String.raw`(?<![\p{L}\p{M}])[nN][gG](?:[àÀ]|[aA]\u0300)[yY]$`, 'u');
// The word "số" right before a citation's number, glued to it.
const SO_GLUED = rx(String.raw`(?<![\p{L}\p{M}])[sS](?:[ốỐ]|[ôÔ]\u0301|[oO]\u0302\u0301)$`, 'u');
// Inside a long date: a digit and a letter that touch ("15tháng", "tháng12", "8năm", "năm2011").
const LONG_JOINS = rx(String.raw`\d(?=\p{L})|[\p{L}\p{M}](?=\d)`, 'gu');

const FIRST_WORD = rx(String.raw`^[\p{L}\p{M}]+`, 'u');
const LAST_WORD = rx(String.raw`[\p{L}\p{M}]+$`, 'u');
// "ngày" right after a name, then its day.
const NGAY_NEXT = /^ngày\s/u;
// A small word right after a symbol, what a PDF copy glues there and ids.ts cuts off ("ngày", "của", "và").
const WORD_AFTER = rx(String.raw`^(?:${GLUED_AFTER_SYMBOL})(?![\p{L}\p{M}])`, 'u');

/** The finding for `span` (the word and the number), with a space wanted before each offset of `at`. */
function finding(text: string, span: Span, at: readonly number[]): RuleFinding {
  const written = text.slice(span.start, span.end);
  const cuts = [span.start, ...at, span.end];
  const spaced = cuts.slice(1).map((end, i) => text.slice(cuts[i], end)).join(' ');
  return {
    span,
    message: {
      vi: `Thiếu khoảng trắng: "${written}" nên viết "${spaced}".`,
      en: `A space is missing: "${written}" should read "${spaced}".`,
    },
    fixes: [
      {
        title: { vi: `Viết "${spaced}"`, en: `Write "${spaced}"` },
        edits: at.map((a) => ({ start: a, end: a, newText: ' ' })),
        safe: true,
        preferred: true,
      },
    ],
  };
}

export const rule: Rule = {
  code: 'space-missing',
  defaultSeverity: 'hint',
  description: { vi: 'Thiếu khoảng trắng trong ngày tháng hoặc số văn bản', en: 'Space missing in a date or a document number' },
  run(ctx) {
    const t = ctx.text;
    const out: RuleFinding[] = [];
    for (const d of ctx.reading.dates) {
      const at: number[] = [];
      const head = NGAY_GLUED.exec(t.slice(Math.max(0, d.span.start - 6), d.span.start));
      if (head) at.push(d.span.start);
      if (d.form === 'long')
        for (const m of t.slice(d.span.start, d.span.end).matchAll(LONG_JOINS)) at.push(d.span.start + m.index! + 1);
      if (at.length) out.push(finding(t, { start: head ? d.span.start - head[0].length : d.span.start, end: d.span.end }, at));
    }
    for (const c of ctx.reading.citations) {
      if (!c.idSpan) continue;
      const head = SO_GLUED.exec(t.slice(Math.max(0, c.idSpan.start - 5), c.idSpan.start));
      if (head) out.push(finding(t, { start: c.idSpan.start - head[0].length, end: c.idSpan.end }, [c.idSpan.start]));
      // A word glued after the symbol, "31/2017/QĐ-TTgngày 17/7/2017" (hundred-and-forty-sixth outside probe): the reader
      // cut it off the id; the word itself, up to its end.
      const tail = WORD_AFTER.exec(t.slice(c.idSpan.end, c.idSpan.end + 12));
      if (tail) out.push(finding(t, { start: c.idSpan.start, end: c.idSpan.end + tail[0].length }, [c.idSpan.end]));
    }
    // A law's name glued to its kind word, "LuậtThủy sản" (the reader reads it as the law; hundred-and-thirty-second
    // outside probe): the kind word and the name's first word.
    for (const c of ctx.reading.citations) {
      if (c.named?.kind !== 'law' || !c.kindSpan || !c.name || c.name.span.start !== c.kindSpan.end) continue;
      const firstWord = FIRST_WORD.exec(t.slice(c.name.span.start, c.name.span.end))?.[0] ?? '';
      out.push(finding(t, { start: c.kindSpan.start, end: c.name.span.start + firstWord.length }, [c.kindSpan.end]));
    }
    // "ngày" glued to a law's name, "Luật Tổ chức Chính phủngày 25 tháng 12 năm 2001" (the reader ends the name before it;
    // two hundred and sixty-fifth outside probe): the name's last word and "ngày".
    for (const c of ctx.reading.citations) {
      if (c.named?.kind !== 'law' || !c.name || !NGAY_NEXT.test(t.slice(c.name.span.end, c.name.span.end + 5))) continue;
      const lastWord = LAST_WORD.exec(t.slice(c.name.span.start, c.name.span.end))?.[0] ?? '';
      out.push(finding(t, { start: c.name.span.end - lastWord.length, end: c.name.span.end + 4 }, [c.name.span.end]));
    }
    return out;
  },
};
