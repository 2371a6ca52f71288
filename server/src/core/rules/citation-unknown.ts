// citation-unknown: a numbered citation the corpus does not know. A corpus is never complete, so
// this is never more than information, and only where the writer can act on it:
// - "did you mean" when a close record exists: the same symbol and a number one keystroke away
//   (a swapped, missing, extra or wrong digit), preferring one with the same date;
// - the corpus has the same number, but as another document: Party numbers restart every term
//   and state numbers without a year every year, so a subject, term or year that contradicts
//   the only record is most likely another document with the same number (both are shown); a
//   date that differs from the record's by its year only points at the year; a local record of
//   another province says whose it is.
// With nothing near it in the corpus the finding is a hint: visible in the hover and in
// `vanban citations`, not a squiggle in the Problems panel. Later mentions of the same id are
// related locations of the first.

import { assemblyTermsFrom, idMatchKey, issuedAfter, placeOf, type CorpusIndex, type DirectiveEntry, type Resolution } from '../corpus/corpus-index';
import { carriesOutOther, otherCongress, otherIssuer, SAME_FROM, subjectAgreement, subjectWords } from '../corpus/same-document';
import { yearAfterId } from '../corpus/context-choice';
import type { Citation } from '../extract/citations';
import { CENTRAL_PARTY_BODIES, NAMED_KINDS } from '../extract/patterns';
import { fold } from '../text/normalize';
import { shiftedFinding } from '../shift';
import type { Localized, RelatedInformation, Span } from '../types';
import type { CollectingRule, RuleContext, RuleFinding } from './rule';
import { shortTitle } from '../corpus/sources';
import { centralKindOfDay, dateVi, isOwnNumber, kindAndNumberFix, label, oneEditAway, ownDate, recordsBySuffix } from './util/citations';
import { KeyIndex, keyNumber } from './util/key-index';
import { oneDigitOff } from './util/text';
import { rx } from '../text/letters';
import { oneEditApart } from '../text/edit';

/** How much of its subject a number one digit off a record must share with the record's. */
const SIBLING_FROM = 0.85;
/** How many content syllables a written subject needs to identify a record by agreeing with it. */
const IDENTIFYING_WORDS = 3;

const LOCAL_PARTY_SYMBOL = rx(String.raw`\/(?:[\p{Lu}Đ]*(?:TU|HU|ĐU))$`, 'u');

/** "ngày 4/4/2018" or "năm 2003" for a record's date, which may be a year only. */
function whenVi(iso: string | undefined): { vi: string; en: string } {
  if (!iso) return { vi: '', en: '' };
  return iso.length === 10 ? { vi: ` ngày ${dateVi(iso)}`, en: ` of ${dateVi(iso)}` } : { vi: ` năm ${iso.slice(0, 4)}`, en: ` of ${iso.slice(0, 4)}` };
}

function describe(e: DirectiveEntry): Localized {
  const r = e.record;
  const when = whenVi(r.date);
  const term = r.term ? { vi: ` (khóa ${r.term})`, en: ` (term ${r.term})` } : { vi: '', en: '' };
  // "về" is said once: a subject recorded as "về …" loses its own before quoting.
  const about = r.subject ? ` "${shortTitle(r.subject.replace(/^về\s+/iu, ''))}"` : '';
  const org = r.organisation ? { vi: ` của ${r.organisation}`, en: ` of ${r.organisation}` } : { vi: '', en: '' };
  return {
    vi: `${r.kind} ${r.id}${when.vi}${term.vi}${org.vi}${about ? ` về${about}` : ''}`,
    en: `${r.kind} ${r.id}${when.en}${term.en}${org.en}${about ? ` on${about}` : ''}`,
  };
}

const YEAR = /(?<!\d)(?:19|20)\d\d(?!\d)/gu;

/** Whether two subjects name no year, or a year in common. */
function sharesYear(a: string, b: string): boolean {
  const ya = a.match(YEAR);
  const yb = b.match(YEAR);
  return !ya || !yb || ya.some((y) => yb.includes(y));
}

/**
 * Whether a record one keystroke away is a credible "did you mean": nothing written contradicts
 * it (date, term, subject, issuer, the report's own date) and something written identifies it
 * (the full date or the subject). A corpus is never complete, so a document it lacks is far more
 * often missing than mistyped (seventh outside probe: all five suggestions were documents the
 * corpus lacked, 136→146/2025/NĐ-CP, 139→109/NQ-CP, 03→35-CT/TW): a suggestion needs evidence.
 * - A term alone identifies nothing: a term has dozens of directives, and "03" has many
 *   neighbours (30, 33, 35, 05, 06 …).
 * - A subject written must agree with the record's; a record without a subject cannot confirm
 *   it, and decrees of one day share the date ("136/2025/NĐ-CP ngày 12/6/2025 … quy định phân
 *   quyền … nông nghiệp và môi trường" is not 146/2025/NĐ-CP of the same day).
 * - A document issued after the report is not what the report meant (a text of 8/8/2025 was
 *   offered 109/NQ-CP of 16/4/2026).
 * - Documents of one day get neighbouring numbers: a number one digit off a record of the same
 *   day ("75/2024/NĐ-CP" beside 73/2024/NĐ-CP of 30/6/2024) is as likely its sibling as a slip,
 *   so the date identifies only a swapped, doubled or dropped digit (920 for 290, 430 for 43).
 *   In the gazette folder, whose citations are right, all 36 same-day suggestions that remained
 *   were one digit off, and all named a sibling.
 */
function plausible(c: Citation, e: DirectiveEntry, reportDate: string, sibling: boolean, identified = false): boolean {
  const r = e.record;
  // Issued after the text's date is another document, unless the day written is the record's own: the text's date may
  // be a site's clock ("Thứ 5 Ngày 14/5/2020, 10:13:21 AM" above "Ngày 22/4/2022, Thủ tướng Chính phủ ký ban hành Quyết
  // định số 505/2022/QĐ-TTg"; two hundred and twenty-fourth outside probe: 505/QĐ-TTg of that day was not offered).
  if (issuedAfter(r, reportDate) && !(c.date?.iso && r.date === c.date.iso)) return false;
  let agrees = identified;
  if (c.date?.iso) {
    const same = r.date && (r.date.length === 10 ? r.date === c.date.iso : c.date.iso.startsWith(r.date));
    if (!same) return false;
    // A year alone agrees with every number of that year ("113/2020/QH14" and "133/2020/QH14").
    if (r.date!.length === 10 && !sibling) agrees = true;
  }
  if (c.term?.scope === 'party-central' && r.term && c.term.roman !== r.term) return false;
  // Two content syllables written are enough to rule a record out, three to name it; one says nothing either way.
  const written = c.subject ? subjectWords(c.subject.text).size : 0;
  if (c.subject && written >= 2) {
    // Directives on congresses share their wording and differ in the congress (eighth outside
    // probe: 17-CT/TW on the Front's IX congress is not 16-CT/TW on the Hội Nông dân's VIII).
    if (r.subject && otherCongress(c.subject.text, r.subject)) return false;
    // An action programme for another resolution shares the series' wording (probe 386).
    if (r.subject && carriesOutOther(c.subject.text, r.subject)) return false;
    // A sibling shares its day and, often, the wording of its series: 299-QĐ/TW "về chức năng, nhiệm
    // vụ, tổ chức bộ máy cơ quan chuyên trách … đảng ủy xã, phường, đặc khu" is not 298-QĐ/TW of the same
    // day "về chức năng, nhiệm vụ, tổ chức bộ máy của đảng ủy cấp trên trực tiếp …" (fifteenth outside
    // probe: 62 % of the words agreed). Its subject must agree nearly word for word.
    const agreement = subjectAgreement(c.subject.text, r, 2);
    if (agreement === null || agreement < (sibling ? SIBLING_FROM : SAME_FROM)) return false;
    // Years in both subjects and none shared: another year's document of the series, whatever the words ("Nghị quyết số
    // 23/NQ-CP về phiên họp Chính phủ thường kỳ tháng 1/2026" is not 28/NQ-CP on the meeting of February 2024; thirty-eighth
    // session, after corpus round 140).
    if (r.subject && !sharesYear(c.subject.text, r.subject)) return false;
    // Agreeing, two syllables name nothing: "Hướng dẫn số 18-HD/BTGTW về tuyên truyền thực hiện Chỉ thị 05-CT/TW …" (its
    // subject cut at the next citation) was offered two guides on other campaigns, "tuyên truyền" their only shared word.
    if (written >= IDENTIFYING_WORDS) agrees = true;
  }
  // Agreeing says little: a state symbol names its issuer ("NĐ-CP"), and the Politburo issues
  // most "-NQ/TW" (71-NQ/TW is not 11-NQ/TW).
  if (c.issuer && otherIssuer(c.issuer.name, r.issuer)) return false;
  return agrees;
}

/** What the citation itself says that tells it apart: "ngày 22/3/2018, khóa XII, về …". */
function written(c: Citation): Localized {
  const vi: string[] = [];
  const en: string[] = [];
  if (c.date?.iso) { vi.push(`ngày ${dateVi(c.date.iso)}`); en.push(`dated ${dateVi(c.date.iso)}`); }
  if (c.term) { vi.push(`khóa ${c.term.roman}`); en.push(`term ${c.term.roman}`); }
  if (c.subject) { vi.push(`"${shortTitle(c.subject.text)}"`); en.push(`"${shortTitle(c.subject.text)}"`); }
  return { vi: vi.join(', '), en: en.join(', ') };
}

/**
 * Whether a resolution is only the record of that number issued after the text's own date, which the corpus offers as
 * probable for the hover: "Kết luận 44-KL/TW" in a decision of 7/12/2011 is not the 44-KL/TW of 2019 (ninety-seventh
 * outside probe, before the corpus had the one of 2009: attached with nothing said). Unknown here, with that note.
 */
function onlyLater(c: Citation, r: Resolution, ctx: RuleContext): boolean {
  return laterNumbering(c, ctx) && r.certainty === 'probable' && r.candidates.length > 0 && r.candidates.every((e) => issuedAfter(e.record, ctx.reportDate));
}

/**
 * Whether a record of the number issued after the text's own date is another document: for numbers that restart (a
 * Party id, each term; a State number without its year, each year). "Luật 83/2025/QH15" is that law whatever the text's
 * date: citation-date-future and the dates say the rest.
 */
function laterNumbering(c: Citation, ctx: RuleContext): boolean {
  return c.idYear === null && ownDate(ctx);
}

/** Why the corpus's records with this id are not this citation, as a message tail. */
function sameNumberNote(ctx: RuleContext, c: Citation, same: DirectiveEntry[]): Localized {
  // With no date of its own written, the one thing that sets it apart from them is the text's date.
  if (!c.date && laterNumbering(c, ctx) && same.every((e) => issuedAfter(e.record, ctx.reportDate))) {
    return {
      vi: ` Kho chỉ có ${same.map((e) => describe(e).vi).join('; ')}, ban hành sau ngày của văn bản này (${dateVi(ctx.reportDate)}): đây là một văn bản khác cùng số.`,
      en: ` The corpus only has ${same.map((e) => describe(e).en).join('; ')}, issued after this text's date (${dateVi(ctx.reportDate)}): this is another document with the same number.`,
    };
  }
  // The place the citation belongs to: its own issuer's ("của Tỉnh ủy Nghệ An"), else the report's.
  const writtenPlace = c.issuer ? placeOf(c.issuer.written) : null;
  const place = writtenPlace ?? (ctx.province ? fold(ctx.province) : null);
  const placeName = writtenPlace ? c.issuer!.written : ctx.province;
  const elsewhere = same.filter((e) => e.record.organisation && place && placeOf(e.record.organisation) !== place);
  if (elsewhere.length === same.length) {
    return {
      vi: ` Kho có ${elsewhere.map((e) => describe(e).vi).join('; ')} — văn bản của nơi khác, không phải của ${placeName}.`,
      en: ` The corpus has ${elsewhere.map((e) => describe(e).en).join('; ')} — a document of another place, not of ${placeName}.`,
    };
  }
  // Same day and month, another year: the year is the likelier slip — unless the subject written
  // is another document's (42-CT/TW of 24/3/2015 on youth, of 24/3/2020 on natural disasters).
  const otherSubject = c.subject !== null && same.every((e) => (subjectAgreement(c.subject!.text, e.record, 2) ?? SAME_FROM) < SAME_FROM);
  const md = otherSubject ? undefined : c.date?.iso?.slice(4);
  const yearOnly = md ? same.filter((e) => e.record.date?.length === 10 && e.record.date.slice(4) === md && e.record.date !== c.date!.iso) : [];
  if (yearOnly.length) {
    return {
      vi: ` Kho có ${yearOnly.map((e) => describe(e).vi).join('; ')}; ngày ghi ở đây thuộc kỳ đánh số khác — kiểm tra lại năm.`,
      en: ` The corpus has ${yearOnly.map((e) => describe(e).en).join('; ')}; the date written here falls in another numbering period — check the year.`,
    };
  }
  // Why two documents share the number: a Party number restarts every term, a state number without its year every year;
  // a number with its year is shared only by documents of two kinds ("Nghị quyết số 55/2010/QH12" beside Luật 55/2010/QH12;
  // hundred-and-eighty-eighth outside probe: told that numbers without a year restart).
  const otherKind = c.idYear !== null && !!c.kind && same.every((e) => e.record.kind !== c.kind);
  const restart =
    c.style === 'party'
      ? { vi: 'số văn bản của Đảng đánh lại từ đầu mỗi khóa', en: 'Party numbers restart every term' }
      : c.idYear === null
        ? { vi: 'số văn bản không kèm năm đánh lại từ đầu mỗi năm', en: 'numbers without a year restart every year' }
        : otherKind
          ? { vi: `cùng số hiệu nhưng khác loại văn bản, ở đây là ${c.kind}`, en: `the same number for another kind of document; this one is a ${c.kind}` }
          : null;
  const own = written(c);
  const why = (s: string | undefined) => (s ? ` (${s})` : '');
  return {
    vi: ` Có lẽ đây là một văn bản khác cùng số${own.vi ? ` (${own.vi})` : ''}: kho chỉ có ${same.map((e) => describe(e).vi).join('; ')}${why(restart?.vi)}.`,
    en: ` Probably another document with the same number${own.en ? ` (${own.en})` : ''}: the corpus only has ${same.map((e) => describe(e).en).join('; ')}${why(restart?.en)}.`,
  };
}

/**
 * An unknown citation of a block. The finding of the report's first mention is made when the
 * judge first needs it and kept with the block (it depends only on the block and its context).
 */
interface Mention {
  key: string;
  /** keyNumber(key). */
  no: number;
  id: string;
  idSpan: Span;
  /** What a later mention says, under the first (made when it is one). */
  again?: Localized;
  /** What the finding is made from, when the judge first needs it. */
  citation: Citation;
  ctx: RuleContext;
  /** For a law cited by a name near one of the corpus's: that name's records (nearLaw). */
  near?: NearLaw;
  /** For a kind and number alone with its full date: the record of that kind and day whose number it transposes. */
  swapped?: DirectiveEntry;
  /** For a Party kind and number alone with its full date: the Party centre's record of that number and day, another kind. */
  kindOfDay?: DirectiveEntry;
  finding?: RuleFinding;
  /** The finding placed by the last analysis, kept while its place and repeats stay the same. */
  placed?: { offset: number; related: RelatedInformation[] | undefined; finding: RuleFinding };
}

const firsts = new KeyIndex();

function sameRelated(a: RelatedInformation[] | undefined, b: RelatedInformation[] | undefined): boolean {
  if (!a || !b) return a === b;
  return a.length === b.length && a.every((r, k) => r.span.start === b[k]!.span.start && r.span.end === b[k]!.span.end && r.message === b[k]!.message);
}

export const rule: CollectingRule<Mention[]> = {
  code: 'citation-unknown',
  scope: 'collect',
  defaultSeverity: 'information',
  description: { vi: 'Văn bản không có trong kho', en: 'Document not in the corpus' },
  collect(ctx) {
    const out: Mention[] = [];
    const { citations } = ctx.reading;
    for (let i = 0; i < citations.length; i++) {
      const c = citations[i]!;
      const r = ctx.resolutions[i];
      if (c.style === 'named') {
        const near = r ? null : nearLaw(ctx, c);
        if (near) out.push({ key: near.key, no: keyNumber(near.key), id: near.written, idSpan: near.span, citation: c, ctx, near });
        continue;
      }
      if (c.style === 'number-only') {
        const swapped = r ? null : transposedOfDay(ctx, c);
        if (swapped && c.idSpan) {
          const key = `swap|${swapped.record.id}|${c.number}`;
          out.push({ key, no: keyNumber(key), id: `${c.kind} số ${c.number}`, idSpan: c.idSpan, citation: c, ctx, swapped });
          continue;
        }
        const kindOfDay = r ? null : otherKindOfDay(ctx, c);
        if (kindOfDay && c.idSpan) {
          const key = `kind|${kindOfDay.record.id}|${c.kind}`;
          out.push({ key, no: keyNumber(key), id: `${c.kind} số ${c.number}`, idSpan: c.idSpan, citation: c, ctx, kindOfDay });
        }
        continue;
      }
      if (!c.id || !c.idSpan || (r && !onlyLater(c, r, ctx)) || isOwnNumber(c, ctx)) continue;
      if (c.style !== 'party' && c.style !== 'state') continue;
      const key = idMatchKey(c.id);
      out.push({ key, no: keyNumber(key), id: c.id, idSpan: c.idSpan, citation: c, ctx });
    }
    return out;
  },
  judge(parts) {
    // The report's first mention of each id (its place in `order`), and where it is mentioned again.
    firsts.begin();
    const order: { m: Mention; offset: number; related?: RelatedInformation[] }[] = [];
    for (const { offset, facts } of parts)
      for (const m of facts) {
        const at = firsts.get(m.no);
        if (at >= 0) {
          const first = order[at]!;
          const again = (m.again ??= { vi: `${m.id} được nhắc lại ở đây`, en: `${m.id} mentioned again here` });
          (first.related ??= []).push({ span: { start: m.idSpan.start + offset, end: m.idSpan.end + offset }, message: again, repeat: true });
          continue;
        }
        firsts.set(m.no, order.push({ m, offset }) - 1);
      }
    // Once per document, later mentions shown with the first. The finding is made once and kept
    // with the block; placed again only when its block moved or its repeats changed.
    return order.map(({ m, offset, related }) => {
      const last = m.placed;
      if (last && last.offset === offset && sameRelated(last.related, related)) return last.finding;
      const kept = (m.finding ??= m.near ? nearLawFinding(m.ctx, m.citation, m.near) : m.swapped ? transposedFinding(m.citation, m.swapped) : m.kindOfDay ? otherKindFinding(m.citation, m.kindOfDay) : unknownFinding(m.ctx, m.citation, m.key));
      // Built by hand, not with shiftedFinding: a re-check places again every first mention after
      // the edit, and copying each finding whole (and its empty fix list) made it 30 % slower.
      const span = { start: kept.span.start + offset, end: kept.span.end + offset };
      const fixes = kept.fixes?.length ? shiftedFinding(kept, offset).fixes : kept.fixes;
      const f: RuleFinding = kept.severity ? { span, severity: kept.severity, message: kept.message, fixes } : { span, message: kept.message, fixes };
      if (related) f.related = related;
      m.placed = { offset, related, finding: f };
      return f;
    });
  },
};

// A law's name as written runs from its kind word to the clause's end, or to its date, number or year.
const LAW_NAME_RUN = /^[ \t]{1,2}([^;.\n()]{3,140}?)(?=\s+(?:ngày|số|năm|được|đã|do|của\s+Quốc\s+hội)\s|\s*[;.\n(]|$)/u;

const WRAPPED_LINE = rx(String.raw`[ \t]*\n(?=[ \t]{0,4}\p{Ll})`, 'gu');
const TRAILING_COMMA = /[\s,]+$/u;
const DATE_REACH = 12;
const YEAR_AFTER = /^\s{1,2}năm\s{1,2}((?:19|20)\d\d)/u;
const FOOTNOTE_MARK = rx(String.raw`(?<=\p{L})\d{1,2}$`, 'u');

interface NearLaw {
  key: string;
  /** The name as written. */
  written: string;
  span: Span;
  /** The records of the corpus's name it is near. */
  entries: DirectiveEntry[];
  /** The laws of the name as written, when the day written is not theirs but the near law's. */
  named?: DirectiveEntry[];
}

/** An unresolved law cited by name whose written name is near one law's of the corpus, or null. */
function nearLaw(ctx: RuleContext, c: Citation): NearLaw | null {
  if (c.named?.kind !== 'law' || !c.kind || !c.kindSpan) return null;
  // A PDF's line wraps inside the name ("Luật Thi hành án dân\nsự"): a line going on in lower case is one with it.
  const m = LAW_NAME_RUN.exec(ctx.text.slice(c.kindSpan.end, c.kindSpan.end + 160).replace(WRAPPED_LINE, ' '));
  if (!m) return null;
  // A consolidated text's footnote number glued to the name ("Luật Thuế giá trị gia tăng2") is not part of it.
  const written = m[1]!.trim().replace(TRAILING_COMMA, '').replace(FOOTNOTE_MARK, '');
  const start = c.kindSpan.end + m.index + m[0].indexOf(m[1]!);
  const span = { start: c.kindSpan.start, end: start + written.length };
  const key = `named|${fold(`${c.kind} ${written}`)}`;
  // A name the corpus knows as written that did not resolve (its year or date named none of its laws) is no near miss,
  // unless the day written is that of a law whose name holds the one written: "Luật Tiết kiệm, chống lãng phí ngày 26 tháng
  // 11 năm 2013" names the law of 2025 with the day of the Luật Thực hành tiết kiệm, chống lãng phí it replaced (forty-third
  // session's probe 426: nothing was said).
  const known = ctx.corpus.lawsByName(c.kind, written);
  if (known.length) {
    const day = c.date?.iso?.length === 10 ? ctx.corpus.lawsOfDayNear(c.kind, written, c.date.iso).filter((e) => !known.includes(e)) : [];
    return day.length ? { key, written, span, entries: day, named: known } : null;
  }
  let entries = ctx.corpus.lawsNamedNear(c.kind, written);
  if (entries.length === 0 && c.date?.iso?.length === 10) entries = ctx.corpus.lawsOfDayNear(c.kind, written, c.date.iso);
  if (entries.length === 0) return null;
  return { key, written, span, entries };
}

/** "Kho văn bản không có luật tên …; có phải Luật … (30/2023/QH15, 28/11/2023)?", with the name mended as the fix. */
function nearLawFinding(ctx: RuleContext, c: Citation, near: NearLaw): RuleFinding {
  // Of the records of that name: the one of the date or year written right after the name, else the one in force on the
  // report's date (the latest passed by then), else the first.
  const after = ctx.reading.dates.find((d) => d.span.start >= near.span.end && d.span.start - near.span.end <= DATE_REACH);
  const year = after?.iso?.slice(0, 4) ?? YEAR_AFTER.exec(ctx.text.slice(near.span.end, near.span.end + DATE_REACH))?.[1];
  const dated = after?.iso ? near.entries.find((e) => e.record.date === after.iso) : undefined;
  const ofYear = year ? near.entries.find((e) => e.record.date?.startsWith(year)) : undefined;
  const passed = near.entries.filter((e) => !e.record.date || e.record.date.slice(0, 10) <= ctx.reportDate);
  const pick = dated ?? ofYear ?? passed.sort((a, b) => (b.record.date ?? '').localeCompare(a.record.date ?? ''))[0] ?? near.entries[0]!;
  const r = pick.record;
  const name = `${r.kind} ${r.name ?? ''}`.trim();
  const when = r.date ? (r.date.length === 10 ? `, ${dateVi(r.date)}` : `, ${r.date.slice(0, 4)}`) : '';
  const kindStart = c.kindSpan!.start;
  const own = near.named?.map((e) => `${e.record.id}${e.record.date ? ` (${dateVi(e.record.date)})` : ''}`).join(', ');
  return {
    span: near.span,
    message: own
      ? {
          vi: `"${c.kind} ${near.written}" là ${c.kind} ${own}; ngày ${dateVi(c.date!.iso!)} là ngày của ${name} (${r.id}) — có phải luật này?`,
          en: `"${c.kind} ${near.written}" is ${c.kind} ${own}; ${dateVi(c.date!.iso!)} is the day of the ${name} (${r.id}) — is that the one meant?`,
        }
      : {
          vi: `Kho văn bản không có văn bản tên "${c.kind} ${near.written}"; có phải ${name} (${r.id}${when})?`,
          en: `The corpus has no text named "${c.kind} ${near.written}"; did you mean ${name} (${r.id}${when})?`,
        },
    fixes: [{ title: { vi: `Sửa thành "${name}"`, en: `Change to "${name}"` }, edits: [{ start: kindStart, end: near.span.end, newText: name }], safe: false, preferred: true }],
  };
}

/**
 * A kind and number written with a full date that the corpus has no record of, where a record of that kind and day has the
 * number's digits transposed: "Nghị định số 132 ngày 28-12-2021 của Chính phủ" on traffic fines is 123/2021/NĐ-CP of that day
 * (fortieth session's probe 380: nothing was said). Only a transposition: documents of one day get neighbouring numbers, so a
 * digit one off is as likely a sibling the corpus lacks (see plausible below); and nothing written may contradict it.
 */
function transposedOfDay(ctx: RuleContext, c: Citation): DirectiveEntry | null {
  const iso = c.date?.iso;
  if (!c.kind || !c.number || !iso || iso.length !== 10 || c.number.length < 2 || iso > ctx.reportDate) return null;
  const swapped = new Set(swaps(c.number));
  if (swapped.size === 0) return null;
  const found = (recordsOfDay(ctx.corpus).get(iso) ?? []).filter(
    (e) => e.record.kind === c.kind && swapped.has(e.record.number) && e.record.confidence !== 'unverified' && !(c.issuer && otherIssuer(c.issuer.name, e.record.issuer)),
  );
  return found.length === 1 ? found[0]! : null;
}

/**
 * A Party kind and number alone, of a central Party issuer, with the full day of the Party centre's document of that number
 * and another kind: "Kết luận số 81 ngày 18/7/2025 của Bộ Chính trị" is the Politburo's Thông báo kết luận 81-TB/TW of that
 * day (forty-fourth session's probe 429: nothing was said), the 81-KL/TW of 2020 and 2024 being of other days.
 */
function otherKindOfDay(ctx: RuleContext, c: Citation): DirectiveEntry | null {
  const iso = c.date?.iso;
  if (!c.kind || !c.number || !iso || iso.length !== 10 || iso > ctx.reportDate || !c.issuer || !CENTRAL_PARTY_ISSUERS.has(c.issuer.name)) return null;
  return centralKindOfDay(ctx.corpus, c, c.number, iso, null);
}

const CENTRAL_PARTY_ISSUERS = new Set(['Bộ Chính trị', 'Ban Bí thư', 'Ban Chấp hành Trung ương']);

function otherKindFinding(c: Citation, e: DirectiveEntry): RuleFinding {
  const r = e.record;
  const day = dateVi(r.date!);
  return {
    span: c.idSpan!,
    message: {
      vi: `Kho văn bản chưa có ${c.kind} số ${c.number} ngày ${day}. Có phải ${r.kind} ${r.id} (${day})${r.subject ? ` ${r.subject}` : ''}? Cùng số, cùng ngày, khác loại văn bản.`,
      en: `The corpus has no ${c.kind} number ${c.number} of ${day}. Did you mean ${r.kind} ${r.id} (${day})${r.subject ? `, ${r.subject}` : ''}? Same number and day, another kind of document.`,
    },
    fixes: [kindAndNumberFix(c, r)],
  };
}

const daysOf = new WeakMap<CorpusIndex, Map<string, DirectiveEntry[]>>();

/** The corpus's records by their full day, made once per corpus (a dense report asks it for every number given alone). */
function recordsOfDay(corpus: CorpusIndex): Map<string, DirectiveEntry[]> {
  let m = daysOf.get(corpus);
  if (!m) {
    m = new Map();
    for (const e of corpus.directives) {
      const d = e.record.date;
      if (d?.length !== 10) continue;
      const list = m.get(d);
      if (list) list.push(e);
      else m.set(d, [e]);
    }
    daysOf.set(corpus, m);
  }
  return m;
}

function transposedFinding(c: Citation, e: DirectiveEntry): RuleFinding {
  const r = e.record;
  const day = dateVi(r.date!);
  return {
    span: c.idSpan!,
    message: {
      vi: `Kho văn bản chưa có ${c.kind} số ${c.number} ngày ${day}. Có phải ${r.kind} ${r.id} (${day})? Cùng ngày, hai chữ số đảo chỗ.`,
      en: `The corpus has no ${c.kind} number ${c.number} of ${day}. Did you mean ${r.kind} ${r.id} (${day})? Same day, two digits swapped.`,
    },
    fixes: [{ title: { vi: `Sửa thành ${r.id}`, en: `Change to ${r.id}` }, edits: [{ start: c.idSpan!.start, end: c.idSpan!.end, newText: r.id }], safe: false, preferred: true }],
  };
}

function unknownFinding(ctx: RuleContext, c: Citation, key: string): RuleFinding {
  // A long report cites hundreds of documents the corpus lacks, nearly all with nothing near
  // them: that case allocates only the finding (no lists, no closures).
  const named = lawsByNameAndDay(ctx.corpus, c, ctx.reportDate);
  const committee = named.length ? NOTHING_CLOSE : committeeRecords(ctx.corpus, c, key, ctx.reportDate);
  const suggestions = named.length ? named : committee.length ? committee : closeRecords(ctx.corpus, c, key, listMates(ctx, c), ctx.reportDate, yearAfterId(ctx.text, c));
  const local = LOCAL_PARTY_SYMBOL.test(c.id!) && !ctx.province;
  // The same number is in the corpus, yet did not resolve: another document with that number.
  const byId = ctx.corpus.byOfficialId(key);
  const same = byId.length ? byId.filter((e) => e.record.confidence !== 'unverified') : byId;
  // A record a slip away with the very day written comes before the note that the number is another document's: "Quyết định
  // 388/QĐ-TTg ngày 3/4/2023 … phê duyệt Đề án "… 1 triệu căn hộ nhà ở xã hội …"" is 338/QĐ-TTg of that day, whatever the
  // 388/QĐ-TTg of 2026 the corpus holds (forty-third session's probe 427: only the other 388 was named). A subject alone does
  // not outweigh the note: "Kết luận số 86-KL/TƯ … về tăng cường lãnh đạo công tác bảo đảm an ninh quốc gia" is the 86-KL/TW
  // of 2014 the corpus lacks, not the 81-KL/TW on food security whose words it shares.
  const day = c.date?.iso;
  const offered = same.length && !committee.length ? (day ? suggestions.filter((e) => e.record.date === day) : NOTHING_CLOSE) : suggestions;
  const hint = offered.length
    ? {
        vi: ` Có phải ${offered.map((e) => `${label(c, e)} (${dateVi(e.record.date)})`).join(' hoặc ')}?`,
        en: ` Did you mean ${offered.map((e) => `${label(c, e)} (${dateVi(e.record.date)})`).join(' or ')}?`,
      }
    : same.length
    ? sameNumberNote(ctx, c, same)
    : local
      ? LOCAL_HINT
      : NO_HINT;
  const what = c.kind ? `${c.kind} ${c.id}` : c.id!;
  const message = { vi: `Kho văn bản chưa có ${what}.${hint.vi}`, en: `The corpus has no ${what}.${hint.en}` };
  const fixes = suggestions.map((e, k) => ({
    title: { vi: `Sửa thành ${e.record.id}`, en: `Change to ${e.record.id}` },
    edits: [{ start: c.idSpan!.start, end: c.idSpan!.end, newText: e.record.id }],
    safe: false,
    preferred: k === 0 && suggestions.length === 1,
  }));
  // Nothing near it in the corpus: nothing the writer can act on, so no squiggle.
  return same.length || suggestions.length ? { span: c.idSpan!, message, fixes } : { span: c.idSpan!, severity: 'hint', message, fixes };
}


/**
 * The laws the citation's name and day name, when its number is not theirs: "Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân
 * dân số 11/2003/QH10 ngày 26 tháng 11 năm 2003" is 11/2003/QH11, passed by the eleventh National Assembly (ninety-third
 * outside probe: only "the corpus has no 11/2003/QH10" was said, the same name and day resolving elsewhere). One law, or
 * the two of the number's year, the one passed last by the report's day first: the Luật Tổ chức chính quyền địa phương was
 * passed twice in 2025, and "… số 75/2025/QH15" in a resolution of that summer is one of them (forty-first session's probe
 * 392: only "the corpus has no …" was said).
 */
function lawsByNameAndDay(corpus: CorpusIndex, c: Citation, reportDate: string): DirectiveEntry[] {
  if (!c.name || !c.kind || !NAMED_KINDS.has(c.kind)) return [];
  const laws = corpus.lawsByName(c.kind, c.name.text).filter((e) => e.record.confidence !== 'unverified' && e.record.id !== c.id);
  if (c.date?.iso) {
    const day = laws.filter((e) => e.record.date === c.date!.iso);
    return day.length === 1 ? day : [];
  }
  // Without a day, the number's year or the number itself with the term's symbol: "Luật Bảo vệ môi trường số
  // 17/2020/QH14" is the law of that name of 2020, 72/2020/QH14; "Luật Công đoàn số 50/2025/QH15" is 50/2024/QH15
  // (hundred-and-eighth and -twelfth outside probes: only "the corpus has no …" was said).
  const near = laws.filter((e) => (c.idYear !== null && !!e.record.date?.startsWith(String(c.idYear))) || (!!c.number && e.record.number === c.number && e.record.symbol === c.symbol));
  if (near.length === 1) return near;
  // Two of the year, both full days: the later passed by the report's day first.
  if (near.length !== 2 || near.some((e) => e.record.date?.length !== 10)) return [];
  const [a, b] = near.sort((x, y) => y.record.date!.localeCompare(x.record.date!));
  return a!.record.date! <= reportDate ? [a!, b!] : [b!, a!];
}

/**
 * The records the other members of the citation's list resolved to: "Nghị quyết số 18, 19-NQ/TW"
 * cites 18 beside 19, so 19 is not a slip for 18 (a "did you mean 18?" there is noise).
 */
function listMates(ctx: RuleContext, c: Citation): readonly DirectiveEntry[] {
  if (c.list < 0) return NOTHING_CLOSE;
  const out: DirectiveEntry[] = [];
  const cs = ctx.reading.citations;
  for (let i = 0; i < cs.length; i++) {
    const r = ctx.resolutions[i];
    if (r && cs[i] !== c && cs[i]!.list === c.list) out.push(r.entry);
  }
  return out;
}

/** A type code or a number with two neighbouring characters swapped, each way ("TC" → "CT", "132" → "312", "123"). */
function swaps(code: string): string[] {
  const out: string[] = [];
  for (let i = 0; i + 1 < code.length; i++) if (code[i] !== code[i + 1]) out.push(code.slice(0, i) + code[i + 1] + code[i] + code.slice(i + 2));
  return out;
}

/** A Party suffix and its "internal" form, in key form ("-QĐ/TW" → "-QĐI/TW"). */
const INNER_CODE: Readonly<Record<string, string>> = { '-QĐ/TW': '-QĐI/TW' };

/**
 * The suffixes, in key form, of the records a Party number may have been meant for under another written suffix:
 * - its type code with two letters swapped: "Chỉ thị 48-TC/TW ngày 22-10-2010 của Bộ Chính trị" is 48-CT/TW of that day
 *   (two hundred and fourteenth outside probe: only "not in the corpus" was said);
 * - its internal form: "Quy định số 08-QĐ/TW … khóa XII về trách nhiệm nêu gương" is 08-QĐi/TW, the Central Committee's
 *   regulations of its own apparatus carrying "QĐi" (twenty-eighth outside probe);
 * - the central "/TW" for a local code after a central issuer (below);
 * and those a state number may have been meant for: its year one keystroke off (yearNeighbours), the Assembly's term one
 * off (termNeighbours) or left off (TERMLESS_ASSEMBLY).
 */
function nearSuffixes(c: Citation, suffix: string): readonly string[] {
  const inner = INNER_CODE[suffix];
  if (c.style === 'state') {
    const years = yearNeighbours(c, suffix);
    const assembly = ASSEMBLY_TERM.exec(suffix);
    if (assembly) return years.length ? [...years, ...termNeighbours(suffix, assembly)] : termNeighbours(suffix, assembly);
    if (TERMLESS_ASSEMBLY.test(suffix)) return [...years, ...assemblyTermsFrom('').map((n) => `${suffix}${n}`)];
    if (years.length) return years;
  }
  // Most unknown citations are state ones: nothing allocated for them (see unknownFinding).
  if (c.style !== 'party' || !c.typeCode || !c.issuerCode) return inner ? [inner] : NO_SUFFIXES;
  const out = swaps(c.typeCode).map((t) => idMatchKey(`-${t}/${c.issuerCode}`));
  if (inner) out.push(inner);
  // A local committee's code with a central body written as the issuer: "Nghị quyết số 33-NQ/TU ngày 09 tháng 6 năm 2014
  // của Ban Chấp hành Trung ương (khóa XI)" is 33-NQ/TW of that day (two hundred and twenty-second outside probe: only
  // "a local committee's document" was said).
  if (c.issuer && CENTRAL_PARTY_BODIES.has(c.issuer.name) && LOCAL_CODE.test(c.issuerCode)) out.push(idMatchKey(`-${c.typeCode}/TW`));
  return out;
}
const LOCAL_CODE = /^(?:TU|HU|ĐU|QU)$/u;

/** The National Assembly's (or its Standing Committee's) term at a suffix's end: "/2007/QH11", "/NQ-UBTVQH15". */
const ASSEMBLY_TERM = /(QH)(\d{1,2})$/u;

/**
 * The Assembly's code with its term left off in a number without its year ("Nghị quyết số 1665/NQ-UBTVQH ngày …"): every term
 * since the 1992 Constitution's ninth is tried (assemblyTermsFrom), and the day or subject written must identify the
 * record. With the year in the number the resolver fills the term in itself (respelled).
 */
const TERMLESS_ASSEMBLY = /QH$/u;

/**
 * A suffix with the Assembly's term one off each way: a term's last and the next term's first year share the calendar year,
 * so "Luật số 01/2007/QH11 ngày 04 tháng 8 năm 2007" is 01/2007/QH12 of that day, passed by the twelfth Assembly a month
 * into its term (two hundred and ninety-fourth outside probe: only "not in the corpus" was said). The day written or the
 * subject must identify the record, as for any near suffix.
 */
function termNeighbours(suffix: string, m: RegExpExecArray): string[] {
  const n = parseInt(m[2]!, 10);
  const head = suffix.slice(0, m.index + m[1]!.length);
  // "Luật số 43/2024/QH1": a digit of the term left off (fiftieth session's probe 468), any term since the tenth.
  if (m[2] === '1') return assemblyTermsFrom('1').map((k) => `${head}${k}`);
  return [n - 1, n + 1].filter((k) => k > 0).map((k) => `${head}${k}`);
}
const NO_SUFFIXES: readonly string[] = Object.freeze([]);

// How far from the written year a slip of its digits is looked for (2020 for 2025, 2052 for 2025 is no year).
const YEAR_REACH = 9;

/**
 * A state suffix with its year one keystroke off: "Quốc hội khóa XV đã thông qua Nghị quyết số 197/2020/QH15 về một số cơ chế,
 * chính sách đặc biệt …" is 197/2025/QH15 (forty-third session's probe 425: only the year's misfit with the term was said). The
 * day or the subject written must identify the record, as for any near suffix.
 */
function yearNeighbours(c: Citation, suffix: string): readonly string[] {
  if (c.idYear === null) return NO_SUFFIXES;
  const written = String(c.idYear);
  if (!suffix.startsWith(`/${written}/`)) return NO_SUFFIXES;
  const rest = suffix.slice(written.length + 1);
  const out: string[] = [];
  for (let y = c.idYear - YEAR_REACH; y <= c.idYear + YEAR_REACH; y++) if (y !== c.idYear && oneEditApart(String(y), written)) out.push(`/${y}${rest}`);
  return out;
}

/** "/2025/QH15" (key form), the Assembly's: group 1 the year, 2 the term. */
const ASSEMBLY_SUFFIX = /^\/(?:(\d{4})\/)?QH(\d{1,2})$/u;

/** The Standing Committee's ids for a number written with the Assembly's suffix after the Committee's name, else none. */
function committeeIds(c: Citation, suffix: string): readonly string[] {
  if (c.style !== 'state' || c.issuer?.name !== 'Ủy ban Thường vụ Quốc hội' || !c.number) return NO_SUFFIXES;
  const m = ASSEMBLY_SUFFIX.exec(suffix);
  if (!m) return NO_SUFFIXES;
  const ids = [`${c.number}/NQ-UBTVQH${m[2]}`];
  if (m[1]) ids.push(`${c.number}/${m[1]}/UBTVQH${m[2]}`);
  return ids;
}

// "-/TU" is a Tỉnh ủy's, "-/HU" a Huyện ủy's, "-/ĐU" a Đảng ủy's (a commune's, a ward's, an agency's): all
// local, and matched only within a province (twenty-ninth outside probe: commune plans were called provincial).
const LOCAL_HINT: Localized = { vi: ' Văn bản của cấp ủy địa phương: kho chỉ tra được khi báo cáo ghi rõ tỉnh.', en: ' A local Party committee\'s document: the corpus can only match it when the report names its province.' };
const NO_HINT: Localized = { vi: '', en: '' };
const NOTHING_CLOSE: readonly DirectiveEntry[] = Object.freeze([]);

// How many documents of one day, one symbol, make a series whose numbers run through the written one.
const SERIES_FROM = 3;

/**
 * Whether the written number lies inside a series of the candidate's day: the National Assembly's Standing
 * Committee numbered its resolutions arranging each province's communes 1654 to 1687, all of 16/6/2025, so
 * "1678/NQ-UBTVQH15" beside the corpus's 1687 is the Nghệ An resolution the corpus lacks, not a swap of
 * digits (thirty-eighth outside probe: "did you mean 1687?" pointed the writer at Vĩnh Long's). Numbers of
 * one day, on both sides of the written one, SERIES_FROM of them or more.
 */
function inSeries(list: readonly { number: string; entry: DirectiveEntry }[], candidate: DirectiveEntry, written: string): boolean {
  const day = candidate.record.date;
  const n = parseInt(written, 10);
  if (!day || day.length !== 10 || Number.isNaN(n)) return false;
  let below = false;
  let above = false;
  let count = 0;
  for (const x of list) {
    if (x.entry.record.date !== day) continue;
    const k = parseInt(x.number, 10);
    count++;
    if (k < n) below = true;
    else if (k > n) above = true;
  }
  return count >= SERIES_FROM && below && above;
}

/** A citation's id key as its number and what follows it ("197/2020/QH15" → "197", "/2020/QH15"), both in key form. */
function splitKey(c: Citation, key: string): { number: string; suffix: string } {
  const number = idMatchKey(c.number ?? '');
  return { number, suffix: key.slice(number.length) };
}

/**
 * The Assembly's symbol with its Standing Committee named as the issuer: "Quyết định số 1659/2025/QH15 của Ủy ban Thường vụ
 * Quốc hội" is the Committee's 1659/NQ-UBTVQH15 (forty-third session's probe 424: only "not in the corpus" was said). The
 * number, the term, the year and the body together identify it, whatever kind the text gives it, and whatever other
 * document of the Assembly has the number ("Nghị quyết 76/2025/QH15 … của Ủy ban Thường vụ Quốc hội về việc sắp xếp đơn vị
 * hành chính năm 2025" is 76/2025/UBTVQH15, not the Law 76/2025/QH15).
 */
function committeeRecords(corpus: CorpusIndex, c: Citation, key: string, reportDate: string): readonly DirectiveEntry[] {
  const ids = committeeIds(c, splitKey(c, key).suffix);
  if (ids.length === 0) return NOTHING_CLOSE;
  return ids.flatMap((id) => corpus.byOfficialId(id).filter((e) => (c.idYear === null || e.record.date?.startsWith(`${c.idYear}`)) && plausible(c, e, reportDate, false, true))).slice(0, 3);
}

/**
 * At most three "did you mean" records: the same symbol (everything after the number must match:
 * "/2021/NĐ-CP" is not "/2004/NĐ-CP"), a number one keystroke away, nothing written contradicting
 * it; those of the same date first, else those of the same kind.
 */
function closeRecords(corpus: CorpusIndex, c: Citation, key: string, cited: readonly DirectiveEntry[], reportDate: string, namedYear: string | null): readonly DirectiveEntry[] {
  const { number, suffix } = splitKey(c, key);
  let close: DirectiveEntry[] = [];
  // A year put into a number that carries none: "Quyết định số 06/2022/QĐ-TTg" for 06/QĐ-TTg of 6/1/2022 (the Prime
  // Minister's individual decisions have no year; two hundred and thirteenth outside probe: only "not in the corpus" was
  // said). The number, the symbol and the year all agree with the record: that identifies it, unless something written
  // contradicts it.
  if (c.idYear !== null) {
    const yearless = c.id!.replace(`/${c.idYear}/`, '/');
    if (yearless !== c.id) for (const e of corpus.byOfficialId(yearless)) if (e.record.date?.startsWith(`${c.idYear}`) && plausible(c, e, reportDate, false, true) && !cited.includes(e)) close.push(e);
  }
  // The same number under a suffix a slip of the pen away; something written must identify it, as for a slip of a digit (the
  // Assembly's term left off or cut with the year in the number, "02/2020/UBTVQH", is the resolver's: respelled).
  const bySuffix = recordsBySuffix(corpus);
  for (const near of nearSuffixes(c, suffix))
    for (const x of bySuffix.get(near) ?? [])
      if (x.number === number && plausible(c, x.entry, reportDate, false) && !cited.includes(x.entry)) close.push(x.entry);
  const list = bySuffix.get(suffix);
  if (!list && close.length === 0) return NOTHING_CLOSE;
  if (list)
    for (const x of oneEditAway(corpus, suffix, number))
      if (plausible(c, x.entry, reportDate, oneDigitOff(x.number, number)) && !cited.includes(x.entry) && !inSeries(list, x.entry, number)) close.push(x.entry);
  // The year written after the id names the document's year: "Chỉ thị 29/CT-TTg năm 2018 về … nhà chung cư" is not 28/CT-TTg of
  // 2014 on ethnic affairs (probe 438's change: with the year read past, the directive of 2014 was offered).
  if (namedYear) close = close.filter((e) => !e.record.date || e.record.date.startsWith(namedYear));
  if (close.length === 0) return NOTHING_CLOSE;
  const sameDate = c.date?.iso ? close.filter((e) => e.record.date === c.date!.iso) : [];
  const sameKind = c.kind ? close.filter((e) => e.record.kind === c.kind) : close;
  return (sameDate.length ? sameDate : sameKind).slice(0, 3);
}
