// citation-inconsistent: one document cited with different details in one draft (two dates, two
// issuers, two terms). Points at the other place. Where the corpus has the fact, the mismatch
// rules already say which is right, so this rule speaks only about facts the corpus lacks.

import { idMatchKey } from '../corpus/corpus-index';
import { fold } from '../text/normalize';
import { parseId, type Citation } from '../extract/citations';
import { issuerKey } from './util/issuers';
import type { Localized, Span } from '../types';
import type { CollectingRule, RuleContext, RuleFinding } from './rule';
import { dateVi, ID_WITH_YEAR } from './util/citations';
import { KeyIndex, keyNumber } from './util/key-index';

type Field = 'date' | 'issuer' | 'term';

const FIELDS: { field: Field; get: (c: Citation) => string | null; key?: (v: string) => string; show: (v: string) => string; vi: string; en: string }[] = [
  { field: 'date', get: (c) => c.date?.iso ?? null, show: dateVi, vi: 'ngày', en: 'date' },
  // Issuers compare without case, diacritics or punctuation ("Bộ Lao động - Thương binh và Xã hội"
  // and "Bộ Lao động Thương binh và Xã hội" are one body).
  { field: 'issuer', get: (c) => c.issuer?.name ?? null, key: issuerKey, show: (v) => v, vi: 'cơ quan ban hành', en: 'issuer' },
  // The label says "khóa": the value is shown bare ("được ghi khóa IX", not "khóa khóa IX").
  { field: 'term', get: (c) => (c.term?.scope === 'party-central' ? c.term.roman : null), show: (v) => v, vi: 'khóa', en: 'term' },
];

/** A fact a citation gives that the corpus does not settle. */
interface Given {
  /** The document (keyNumber of its record's key, else of its id's, and the term or year it is dated in). */
  no: number;
  /** The same without the period: an undated mention of the id is the one last dated before it (judge). */
  base: number;
  id: string;
  field: Field;
  value: string;
  /** The value as compared (issuers without case, marks or punctuation). */
  same: string;
  span: Span;
  /** The messages against a first value, made once and kept with the block. */
  said?: { first: string; message: Localized; related: Localized };
  /** The text's own date, from its header's date line, for its own number. */
  own?: true;
}

/** Type codes of joint documents: TTLT, NQLT, CTLT, QĐLT … */
const JOINT_CODE = /LT$/u;

const FIELD_NAMES: readonly Field[] = ['date', 'issuer', 'term'];
const firstBy: Record<Field, KeyIndex> = { date: new KeyIndex(), issuer: new KeyIndex(), term: new KeyIndex() };
/** From an id's key without its period to the key, with it, of its last dated mention (numbering periods). */
const lastDated = new KeyIndex();

const PART_SPAN: Record<Field, (c: Citation) => Span> = { date: (c) => c.date!.span, issuer: (c) => c.issuer!.span, term: (c) => c.term!.span };

/** Whether `long` is `short` and more words after it. */
function startsWords(long: string, short: string): boolean {
  return long.length > short.length && long.startsWith(short) && long.charCodeAt(short.length) === 32;
}

export const rule: CollectingRule<Given[]> = {
  code: 'citation-inconsistent',
  scope: 'collect',
  defaultSeverity: 'warning',
  description: { vi: 'Cùng một văn bản được trích khác nhau', en: 'One document cited with different details' },
  collect(ctx) {
    const out: Given[] = [];
    const own = ownNumberDated(ctx);
    if (own) out.push(own);
    ctx.reading.citations.forEach((c, i) => {
      if (!c.id) return;
      const res = ctx.resolutions[i];
      // Party numbers restart every term: an id the corpus does not know, dated in another term,
      // is another document ("25-NQ/TW" of 12/3/2003, khóa IX, and of 25/7/2008, khóa X — third
      // outside probe), so its date is compared within its term only, and its term not at all.
      // State numbers without a year restart every year: within its year only (numberOf).
      const unknownParty = !res && c.style === 'party';
      const key = res ? res.entry.key : idMatchKey(c.id);
      const base = keyNumber(key, '');
      const no = res ? base : numberOf(ctx, key, c.id, c.style, c.date?.iso ?? null);
      const record = res?.certainty === 'exact' ? res.entry.record : null;
      for (const f of FIELDS) {
        if (unknownParty && f.field === 'term') continue;
        // A joint document has several issuers, named in either order ("của Bộ Lao động - Thương binh và
        // Xã hội và Bộ Tài chính", then "của Bộ trưởng Bộ Tài chính, Bộ trưởng Bộ Lao động …" for
        // 213/2013/TTLT-BTC-BLĐTBXH in a Công báo text): the first named is no fact to compare.
        if (f.field === 'issuer' && (c.issuers || (c.typeCode !== null && JOINT_CODE.test(c.typeCode)))) continue;
        const value = f.get(c);
        if (!value) continue;
        // The corpus knows: a mismatch rule speaks. Unless its sources disagree on the field: either value then passes the
        // mismatch rule, and a text that writes both is still at odds with itself ("Nghị định số 12/2018/NĐ-CP ngày 23 tháng
        // 01 năm 2018" and "… ngày 23 tháng 11 năm 2018" in one decree of 2026; corpus round 185 kept both days).
        if (record && record[f.field] && !record.conflicts?.some((x) => x.field === f.field)) continue;
        out.push({ no, base, id: c.id, field: f.field, value, same: f.key ? f.key(value) : value, span: PART_SPAN[f.field](c) });
      }
    });
    return out;
  },
  judge(parts) {
    const out: RuleFinding[] = [];
    // The first value of each field of each document: the fact and its block's offset, by place in
    // `given` (one index a field; nothing is made for the thousands that are first).
    for (const f of FIELD_NAMES) firstBy[f].begin();
    lastDated.begin();
    const given: Given[] = [];
    const offsets: number[] = [];
    for (const { offset, facts } of parts)
      for (const g of facts) {
        // "Công văn 616/SGDĐT-KTKĐCLGD ngày 08/6/2020 của Sở GD&ĐT Bắc Giang …, Công văn 616/SGDĐT-KTKĐCLGD của Sở Tư pháp":
        // the undated mention is the document last dated before it, in whatever year or term.
        let no = g.no;
        if (no !== g.base) lastDated.set(g.base, no);
        else {
          const d = lastDated.get(g.base);
          if (d >= 0) no = d;
        }
        const firsts = firstBy[g.field];
        const at = firsts.get(no);
        if (at < 0) {
          firsts.set(no, given.push(g) - 1);
          offsets.push(offset);
          continue;
        }
        const first = given[at]!;
        if (first.value === g.value || first.same === g.same) continue;
        // One name the other shortened at its end: "Sở GD&ĐT Bắc Giang", later "Sở GD&ĐT" (probe 391, once the initials were
        // read as a department's); "UBND tỉnh Nghệ An", later "UBND tỉnh". Words left off are no other body.
        if (g.field === 'issuer' && (startsWords(first.same, g.same) || startsWords(g.same, first.same))) continue;
        const span = { start: g.span.start + offset, end: g.span.end + offset };
        const firstSpan = { start: first.span.start + offsets[at]!, end: first.span.end + offsets[at]! };
        if (span.start === firstSpan.start) continue; // a list's shared part
        if (g.said?.first !== first.value) {
          const f = FIELD[g.field];
          const here = f.show(g.value);
          const before = f.show(first.value);
          g.said = {
            first: first.value,
            message: first.own
              ? {
                  vi: `${g.id} là số của chính văn bản này, đề ngày ${before} ở dòng ngày tháng, nhưng ở đây ghi ngày ${here}; kiểm tra lại cho thống nhất.`,
                  en: `${g.id} is this document's own number, dated ${before} on its date line, but ${here} here; make them agree.`,
                }
              : {
                  vi: `${g.id} được ghi ${f.vi} ${here} ở đây nhưng ${before} ở chỗ trước; kiểm tra lại cho thống nhất.`,
                  en: `${g.id} is given the ${f.en} ${here} here but ${before} earlier; make them agree.`,
                },
            related: first.own
              ? { vi: `Ngày của văn bản: ${before}`, en: `The document's date: ${before}` }
              : { vi: `${g.id}: ${f.vi} ${before}`, en: `${g.id}: ${f.en} ${before}` },
          };
        }
        out.push({ span, message: g.said.message, related: [{ span: firstSpan, message: g.said.related }] });
      }
    return out;
  },
};

/**
 * The text's own number with the date of its header's date line, given by the block that holds that line: an annex's
 * "(Ban hành kèm theo Quyết định số 848/QĐ-UBND ngày 11 tháng 4 năm 2016 …)" under a header dated 12/4/2016 is a
 * slip (hundred-and-seventh outside probe). A date line with its day left blank gives nothing.
 */
function ownNumberDated(ctx: RuleContext): Given | null {
  const { number, placeDate } = ctx.reading.header;
  if (!number || !placeDate || placeDate.blankDay || !placeDate.date.iso) return null;
  const span = placeDate.date.span;
  if (span.start < 0 || span.end > ctx.text.length) return null;
  // Keyed as collect keys an unknown citation of that id: a Party number ("45-BC/BDVTU") within its term, a state
  // number without a year within its year ("02/2025/TT-BLĐTBXH" dated 10/1/2024 in its own gazette text is a slip: a
  // gazette finding; "15/QĐ-UBND" of another year is another decision).
  const key = idMatchKey(number.id);
  const no = numberOf(ctx, key, number.id, parseId(number.id)?.style ?? null, placeDate.date.iso);
  return { no, base: keyNumber(key, ''), id: number.id, field: 'date', value: placeDate.date.iso, same: placeDate.date.iso, span, own: true };
}

/**
 * The number of an id the corpus does not know (`key`, its match key), within the period its numbers run in: a Party
 * id's the term of its date, a state id without a year the year of its date (Thông tư 01/2011/TT-BNV: numbers run "từ số
 * 01 vào ngày đầu năm"). A mine licence list cites "16/GP-UBND ngày 13/02/2018" and "16/GP-UBND ngày 25/8/2009", two
 * licences (fiftieth session's probe 468: ten warnings that one document had two dates).
 */
function numberOf(ctx: RuleContext, key: string, id: string, style: Citation['style'] | null, iso: string | null): number {
  if (!iso) return keyNumber(key, '');
  const period = style === 'party' ? (ctx.corpus.centralTermOn(iso) ?? '') : style === 'state' && !ID_WITH_YEAR.test(id) ? iso.slice(0, 4) : '';
  return keyNumber(key, period);
}

const FIELD = Object.fromEntries(FIELDS.map((f) => [f.field, f])) as Record<Field, (typeof FIELDS)[number]>;
