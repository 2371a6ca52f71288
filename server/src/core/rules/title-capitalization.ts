// title-capitalization: official titles and organisation names whose capitalisation differs from
// the standard form ("Phó trưởng ban dân vận Trung ương" → "Phó Trưởng ban Dân vận Trung ương";
// "ban chấp hành Trung ương" → "Ban Chấp hành Trung ương").
//
// The standard forms are data: corpus title records (canonical and variants, and written
// abbreviation forms of two words or more) and organisation records (name, and abbreviation forms
// of two words or more). Text is matched ignoring case and tone-mark placement (uỷ/ủy); a finding
// is raised when the case differs from every accepted form of that wording. A variant listed in
// the corpus is accepted as written — conventions §5.1: "Trưởng ban / Trưởng Ban" varies even in
// central media, so the record decides.
//
// Quiet, for precision:
//   - organisation names of one or two words ("Tỉnh ủy", "Quốc hội", "Huyện ủy") — they double as
//     common nouns ("các tỉnh ủy, thành ủy", "cấp huyện ủy");
//   - text in quotes and the subjects of citations (titles of documents keep their casing, §5.2),
//     headings in capitals, the report header;
//   - a lower-case match right after "Phó" (a longer title the corpus does not list) or after a
//     plural or generic word ("các ban chấp hành đảng bộ tỉnh").
// The fix changes letter case only; tone-mark placement is left to tone-mark-style.

import type { CorpusIndex, Entry } from '../corpus/corpus-index';
import { provinceOf } from '../corpus/provinces';
import type { OrganisationRecord, TitleRecord } from '../corpus/types';
import type { Rule, RuleFinding } from './rule';
import { sourceNote } from './util/citations';
import { allCaps, insideSorted, keyText, keyTextOf, likeOriginal, markOnFirst, PhraseMatcher, quotedSpans, SpanSet, withoutFinalDot } from './util/text';
import { IS_LOWER, rx, someIn, startsIn } from '../text/letters';

interface Form {
  /** Accepted spellings (tone-canonical, single spaces) of one wording. */
  accepted: Set<string>;
  /** The spelling a fix proposes. */
  suggestion: string;
  entry: Entry<TitleRecord> | Entry<OrganisationRecord>;
  kind: 'title' | 'organisation';
}

interface Matcher {
  re: PhraseMatcher | null;
  forms: Map<string, Form>;
}

const cache = new WeakMap<CorpusIndex, Matcher>();
const UY_BAN = /ủy$/u;
const BAN_AFTER = rx(String.raw`^\s{1,3}ban(?![\p{L}])`, 'u');

// Plural or generic uses ("các ban thường vụ tỉnh ủy"), and "Liên bộ Nội vụ - Tài chính" (one word
// for the ministries of a joint circular).
const GENERIC_BEFORE = rx(String.raw`(?<![\p{L}])(?:liên|các|những|mỗi|từng|cấp|nhiều|một\ssố|hai|ba|bốn|năm)\s{1,2}$`, 'iu');
// "các đồng chí ủy viên BCH Đảng bộ tỉnh", in lower case, is the members, not one member's title (forty-sixth
// outside probe); "Các đồng chí Ủy viên BTV tỉnh ủy" is still told its "Tỉnh ủy".
const MEMBERS_BEFORE = rx(String.raw`(?<![\p{L}])(?:các|những)\s{1,2}đồng\s{1,2}chí\s{1,2}$`, 'iu');
// A later member of a plural's list, in lower case like the first: "các tỉnh uỷ, thành uỷ và đảng uỷ xã, phường"
// (forty-eighth outside probe: told to write "Đảng uỷ" in the Politburo's own conclusion).
const GENERIC_LIST_BEFORE = rx(String.raw`(?<![\p{L}])(?:các|những|mỗi|từng|nhiều)\s{1,2}\p{Ll}[\p{Ll}\p{M}]*(?:(?:\s{1,2}|,\s{1,2})\p{Ll}[\p{Ll}\p{M}]*){0,6}(?:,|\s{1,2}và|\s{1,2}hoặc)\s{1,2}$`, 'u');
const PHO_BEFORE = rx(String.raw`(?<![\p{L}])phó\s{1,2}$`, 'iu');
// "Hội nghị giao ban Bí thư các chi bộ": "giao ban" is a briefing, its "ban" no body's (twenty-fifth
// outside probe: told to write "Ban Bí thư").
const GIAO_BEFORE = rx(String.raw`(?<![\p{L}])giao\s{1,2}$`, 'iu');
// "Phó Trưởng ban Tuyên giáo và Dân vận Tỉnh ủy": the "ban" of a head's title, written as the title is, not the body's
// name in lower case (two hundred and tenth outside probe: told to write "Ban", where the title form asks "ban").
const HEAD_BEFORE = rx(String.raw`(?<![\p{L}])[Tt]rưởng\s{1,2}$`, 'u');

function words(s: string): number {
  return s.trim().split(/\s+/u).length;
}

function spaced(s: string): string {
  return markOnFirst(s.normalize('NFC')).replace(/\s+/gu, ' ').trim();
}

function matcher(corpus: CorpusIndex): Matcher {
  const hit = cache.get(corpus);
  if (hit) return hit;
  const forms = new Map<string, Form>();
  const add = (written: string, entry: Form['entry'], kind: Form['kind']) => {
    if (!someIn(written, IS_LOWER)) return; // an acronym: nothing to capitalise
    const form = spaced(written);
    const key = keyText(form);
    const f = forms.get(key);
    if (f) {
      f.accepted.add(form);
      return;
    }
    forms.set(key, { accepted: new Set([form]), suggestion: form, entry, kind });
  };
  // Canonical forms first, so they become the suggestion for their wording.
  for (const e of corpus.titles) if (words(e.record.canonical) >= 2) add(e.record.canonical, e, 'title');
  // Provinces ("tỉnh Hà Tĩnh", "Thành phố Hồ Chí Minh") are left out: whether the unit word takes
  // a capital depends on where it stands (a sentence's start, a header) and on the unit, which an
  // exact-form comparison cannot tell — "Thành phố Hải Phòng" opening a paragraph is right.
  for (const e of corpus.organisations) if (words(e.record.name) >= 3 && !provinceOf(e)) add(e.record.name, e, 'organisation');
  for (const e of corpus.titles)
    for (const v of [...(e.record.variants ?? []), ...(e.record.abbreviations ?? [])]) if (words(v) >= 2) add(v, e, 'title');
  for (const e of corpus.organisations) for (const v of e.record.abbreviations ?? []) if (words(v) >= 3) add(v, e, 'organisation');
  const re = forms.size ? new PhraseMatcher([...forms.keys()]) : null;
  const m: Matcher = { re, forms };
  cache.set(corpus, m);
  return m;
}

/** `written` with the letter case of `model` (same letters up to tone placement and spacing). */
function withCaseOf(written: string, model: string): string {
  const w = [...written];
  const g = [...model];
  let j = 0;
  let out = '';
  for (let i = 0; i < w.length; i++) {
    const ch = w[i]!;
    if (/\s/u.test(ch)) {
      out += ch;
      continue;
    }
    while (j < g.length && /\s/u.test(g[j]!)) j++;
    const gc = g[j++] ?? ch;
    out += gc !== gc.toLowerCase() ? ch.toUpperCase() : ch.toLowerCase();
  }
  return out;
}

export const rule: Rule = {
  code: 'title-capitalization',
  defaultSeverity: 'hint',
  description: { vi: 'Viết hoa chức danh, tên cơ quan chưa đúng', en: 'Capitalisation of a title or organisation name' },
  run(ctx) {
    const { re, forms } = matcher(ctx.corpus);
    if (!re) return [];
    const nt = ctx.reading.nt;
    const t = nt.text;
    const key = keyTextOf(nt);
    const quotes = quotedSpans(t);
    const h = ctx.reading.header;
    // Thousands of citation subjects in a long report: looked up by binary search, not one by
    // one, and gathered only when a name written otherwise than accepted is met.
    let excluded: SpanSet | null = null;
    const excludedSpans = () =>
      (excluded ??= new SpanSet([
        ...[h.issuingBody, h.number, h.placeDate, h.kind].filter((x): x is NonNullable<typeof x> => !!x).map((x) => x.span),
        ...ctx.reading.citations.flatMap((c) => (c.subject ? [c.subject.span] : [])),
        ...ctx.reading.quiet,
      ]));
    // A long report writes the same few names thousands of times: what the written form alone
    // decides (capitals only, an accepted spelling) is worked out once per form.
    const formOf = new Map<string, Form | null>();
    const out: RuleFinding[] = [];
    re.scan(key, (s, e, phrase) => {
      // "… huyện" at a line's end before "Ủy ban …" is not "Huyện ủy".
      if (phrase.endsWith('ủy') && UY_BAN.test(key.slice(s, e)) && BAN_AFTER.test(key.slice(e, e + 8))) return;
      const written = t.slice(s, e);
      let form = formOf.get(written);
      if (form === undefined) {
        // The phrase matched is the wording's key (words joined by one space).
        const f = allCaps(written) ? undefined : forms.get(phrase);
        form = f && !f.accepted.has(spaced(written)) ? f : null;
        formOf.set(written, form);
      }
      if (!form) return;
      const before = t.slice(Math.max(0, s - 12), s);
      const lowerStart = startsIn(written, IS_LOWER);
      // After a plural word the name is a common noun, whatever its first letter: "nhiều Ban Dân vận tỉnh
      // ủy, thành ủy" is many provinces' boards (thirty-seventh outside probe: three hints to write "Tỉnh ủy").
      if ((lowerStart && PHO_BEFORE.test(before)) || GENERIC_BEFORE.test(before)) return;
      if (lowerStart && (MEMBERS_BEFORE.test(t.slice(Math.max(0, s - 20), s)) || GENERIC_LIST_BEFORE.test(t.slice(Math.max(0, s - 70), s)))) return;
      if (GIAO_BEFORE.test(before) && /^ban\s/iu.test(written)) return;
      if (HEAD_BEFORE.test(before) && /^ban\s/u.test(written)) return;
      if (insideSorted(quotes, s, e)) return;
      const os = nt.toOriginal(s);
      const oe = nt.toOriginal(e);
      if (excludedSpans().contains(os, oe)) return;
      const fixed = withCaseOf(written, form.suggestion);
      if (fixed === written) return;
      const src = withoutFinalDot(sourceNote(form.entry.record.sources, form.entry.origin));
      const others = [...form.accepted].filter((a) => a !== form.suggestion);
      const also = others.length ? { vi: ` (cũng dùng: ${others.map((o) => `"${o}"`).join(', ')})`, en: ` (also accepted: ${others.map((o) => `"${o}"`).join(', ')})` } : { vi: '', en: '' };
      const what = form.kind === 'title' ? { vi: 'chức danh', en: 'title' } : { vi: 'tên cơ quan, tổ chức', en: 'organisation name' };
      out.push({
        span: { start: os, end: oe },
        message: {
          vi: `Viết hoa ${what.vi} chưa đúng: "${written}" nên viết "${fixed}"${also.vi} — ${src.vi}.`,
          en: `Capitalisation of the ${what.en}: "${written}" should be "${fixed}"${also.en} — ${src.en}.`,
        },
        fixes: [{ title: { vi: `Viết "${fixed}"`, en: `Write "${fixed}"` }, edits: [{ start: os, end: oe, newText: likeOriginal(ctx.text.slice(os, oe), fixed) }], safe: true, preferred: true }],
      });
    });
    return out;
  },
};
