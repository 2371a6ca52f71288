// Two Party documents with one id and nothing written to tell them apart ("Ban Chỉ đạo tổng kết Nghị
// quyết 18-NQ/TW, … sắp xếp tổ chức bộ máy"): the words around the citation may. The report's date
// chose the 2022 resolution on land; the sentence speaks of the 2017 one on the political system's
// apparatus (sixth outside probe). The choice stays probable: a sentence's words hint, they do not
// prove, so no rule speaks on it.

import type { Citation } from '../extract/citations';
import type { DirectiveEntry, Resolution } from './corpus-index';
import { contentSequence, longestRun } from './same-document';
import { rx } from '../text/letters';
import { countFits, toIso } from '../text/calendar';

// How far around the citation the words count, and how clear the lead must be (syllables). A news
// sentence names the work after the people ("Đoàn kiểm tra của Ban Chỉ đạo Trung ương về thực hiện Nghị
// quyết số 24-NQ/TW do ông …, Chủ tịch Hội đồng Dân tộc …, đã đi kiểm tra … công tác dân tộc"; twentieth
// outside probe: at 160 characters the 2013 resolution on climate had been kept).
const WINDOW = 260;
const MIN_SHARED = 3;
const MIN_LEAD = 2;
const MIN_COVER = 0.3;
// In the whole block, most of a subject must be there.
const WIDE_COVER = 0.6;

// The year written right after a Party id names which of its documents ("Quy định 124-QĐ/TW năm 2023",
// "Nghị quyết 18-NQ/TW (2017)"; twenty-third outside probe: the regulation of 2023, replaced in 2025, had
// stayed a probable pick and was not told replaced). A period after it ("(2010 - 2021)") is a time.
// A month before the year in brackets, "Nghị quyết 24-NQ/TW (10/1990) của Bộ Chính trị", and a central body between,
// "Nghị quyết số 24-NQ/TW Bộ Chính trị năm 1990" (thirty-eighth session's probe 331: both became the resolution of 2013).
// After a hyphen too: "Chỉ thị 50 CT/TW-1999 của Bộ Chính trị" on study promotion (fortieth session's probe 391: taken for the
// 50-CT/TW of 2015 on corruption cases).
const YEAR_AFTER = /^\s{0,2}(?:(?:của\s{1,2})?(?:Bộ\s{1,2}Chính\s{1,2}trị|Ban\s{1,2}Bí\s{1,2}thư|Ban\s{1,2}Chấp\s{1,2}hành\s{1,2}Trung\s{1,2}ương)\s{1,2}(?=năm))?[(,\-–]?\s{0,2}(?:năm\s{1,2}|(?:tháng\s{1,2})?(?:0?[1-9]|1[0-2])\s{0,1}[/.-]\s{0,1}(?=(?:19|20)\d\d\s{0,2}\)))?((?:19|20)\d\d)(?!\d|[ \t]{0,2}[-–][ \t]{0,2}\d)/u;

// A plenum named, its resolution's number in brackets after it: "Nghị quyết Hội nghị T.Ư 7 khóa IX (Nghị quyết số
// 26-NQ/TW, ngày 12-3-2003)" is the plenum's resolution on land, not the first of its four (thirty-eighth session's
// probe 330: 23-NQ/TW, on national unity, had been chosen).
const PLENUM_ID_AFTER = /^\s{0,2}\(\s{0,2}(?:(?:Nghị\squyết|NQ)\s{1,2})?(?:số\s{1,2})?(\d{1,3}-NQ\/TW)(?![\w/])/u;

// The years of a Party term: a year this far from a document's is another term's.
const TERM_YEARS = 5;

/** The year written right after the citation's id ("… 124-QĐ/TW năm 2023" → "2023"), or null. */
export function yearAfterId(text: string, c: Citation): string | null {
  const at = c.idSpan?.end ?? c.fullSpan.end;
  return YEAR_AFTER.exec(text.slice(at, at + 48))?.[1] ?? null;
}

// A day written earlier in the citation's clause, as a sentence opens on the day the document was issued: "Ngày 16 tháng 10
// năm 1990, Nghị quyết số 24-NQ/TW Bộ Chính trị …" (thirty-eighth session's probe 331: the resolution of 2018 had been
// chosen). Groups: day, month, year, in either form.
const DAY_IN_CLAUSE = rx(String.raw`(?<!\d)(\d{1,2})\s{0,1}([/.-])\s{0,1}(\d{1,2})\2((?:19|20)\d\d)(?!\d)|(?<![\p{L}])ngày\s{1,2}(\d{1,2})\s{1,2}tháng\s{1,2}(\d{1,2})\s{1,2}năm\s{1,2}((?:19|20)\d\d)`, 'giu');
const CLAUSE_REACH = 160;

/** Where the clause ending `before` starts: at its last ". ", ";" or line break (-1: none, the clause is all of it). */
export function clauseCut(before: string): number {
  return Math.max(before.lastIndexOf('. '), before.lastIndexOf(';'), before.lastIndexOf('\n'));
}

// The verb of issuing right before a citation: "… ra Quyết định số", "… ban hành Chỉ thị", "… đã ký Quy định".
const ISSUED_RIGHT_BEFORE = rx(String.raw`(?<![\p{L}])(?:ban\s{1,2}hành|ra|k[ýí](?:\s{1,2}ban\s{1,2}hành)?|thông\s{1,2}qua)\s{1,2}$`, 'u');
// "Năm 2003," opening a sentence, or a list's item; "Tháng 1 năm 2020," too (forty-sixth session's probe 446).
const YEAR_OPENING = /(?:^|[.;:\n]\s{0,3})(?:[-+•]\s{0,2})?(?:Năm|NĂM|Đến\s{1,2}năm|Tới\s{1,2}năm|Trong\s{1,2}năm|(?:Tháng|THÁNG)\s{1,2}\d{1,2}\s{1,2}(?:năm|NĂM))\s{1,2}((?:19|20)\d\d)\s{0,2},/gu;

/** The year a clause before the citation opens with ("Năm 2003, …"), within the same sentence, or null. */
function yearOpeningClause(text: string, c: Citation): string | null {
  const from = Math.max(0, c.span.start - CLAUSE_REACH);
  const before = text.slice(from, c.span.start);
  let found: string | null = null;
  for (const m of before.matchAll(YEAR_OPENING)) found = m[1]!;
  if (!found) return null;
  // Only when no sentence ends between it and the citation.
  const at = before.lastIndexOf(found);
  return /[.;!?\n]/u.test(before.slice(at + 4)) ? null : found;
}

/** The days (ISO) written in the citation's clause before it: back to a full stop, a semicolon or a line break. */
function daysBefore(text: string, c: Citation): string[] {
  const before = text.slice(Math.max(0, c.span.start - CLAUSE_REACH), c.span.start);
  const days: string[] = [];
  for (const m of before.slice(clauseCut(before) + 1).matchAll(DAY_IN_CLAUSE)) {
    const [d, mo, y] = m[1] ? [m[1], m[3]!, m[4]!] : [m[5]!, m[6]!, m[7]!];
    days.push(toIso(+y, +mo, +d));
  }
  return days;
}

// A term of office written near a congress's resolution: "nhiệm kỳ 2020-2025".
const TERM_OF_OFFICE = /(?:[Nn]hiệm\s{1,2}kỳ|NHIỆM\s{1,2}KỲ)\s{1,2}((?:19|20)\d\d)\s{0,2}[-–]\s{0,2}(?:19|20)\d\d/gu;
// What makes a congress's resolution the national one when written: "Đảng", "toàn quốc".
const NATIONAL_WORDS = /Đảng|ĐẢNG|toàn\s{1,2}quốc|TOÀN\s{1,2}QUỐC/u;

/**
 * "Nghị quyết Đại hội X", nothing saying whose, near a term of office the national congress X does not open:
 * "Báo cáo chính trị của Ban Chấp hành Đảng bộ Đặc khu … nhiệm kỳ 2020-2025, … Côn Đảo vẫn hoàn thành … chỉ tiêu
 * Nghị quyết Đại hội X" is the district's tenth congress, not the Party's of 2006 (thirty-eighth outside probe).
 */
function localCongress(res: Resolution, c: Citation, text: string): boolean {
  if (c.style !== 'named' || c.named?.kind !== 'congress' || c.named.level !== 'national') return false;
  if (NATIONAL_WORDS.test(text.slice(c.span.start, c.fullSpan.end))) return false;
  const year = +(res.entry.record.date ?? '').slice(0, 4);
  if (!year) return false;
  const near = text.slice(Math.max(0, c.span.start - 300), Math.min(text.length, c.fullSpan.end + 100));
  const terms = [...near.matchAll(TERM_OF_OFFICE)].map((m) => +m[1]!);
  return terms.length > 0 && terms.every((from) => Math.abs(from - year) > 1);
}

// The Central Committee's term named earlier in the citation's sentence: "Hội nghị Trung ương năm khoá XIII … đã …
// ban hành 4 nghị quyết số 18-NQ/TW, 19-NQ/TW, 20-NQ/TW, 21-NQ/TW" (ninety-sixth outside probe: the words of the
// next sentence, on 18-NQ/TW's subject, had chosen the 19-NQ/TW of 2017 for the one of 2022). Up to the sentence's
// start, not past a full stop, a semicolon or a blank line. Only a central body's term: "Ban Thường vụ Tỉnh ủy (khóa
// IX) ban hành Chương trình … thực hiện Nghị quyết số 45-NQ/TW" names the province's ninth term, not the Party's.
const TERM_BEFORE = rx(String.raw`(?:khóa|khoá|Khóa|Khoá|KHÓA|KHOÁ)\s{1,2}([IVXL]{1,6})(?![\p{L}\p{N}])`, 'gu');
const CENTRAL_BEFORE_TERM = rx(String.raw`(?:Trung\s{1,2}ương|TRUNG\s{1,2}ƯƠNG|T\.?Ư|TW|Bộ\s{1,2}Chính\s{1,2}trị|Ban\s{1,2}Bí\s{1,2}thư)(?:\s{1,2}Đảng)?(?:\s{1,2}(?:lần\s{1,2}thứ\s{1,2})?[\p{L}\d]{1,5})?\s{1,2}\(?$`, 'u');
const SENTENCE_START = /[.;!?]\s|\n\s*\n/gu;
const TERM_REACH = 300;

/** The one term ("XIII") named before the citation in its sentence, or null when none is or several are. */
function termBefore(text: string, c: Citation): string | null {
  const before = text.slice(Math.max(0, c.span.start - TERM_REACH), c.span.start);
  let from = 0;
  for (const m of before.matchAll(SENTENCE_START)) from = m.index! + m[0].length;
  const terms = new Set<string>();
  for (const m of before.slice(from).matchAll(TERM_BEFORE)) {
    const at = from + m.index!;
    if (CENTRAL_BEFORE_TERM.test(before.slice(Math.max(0, at - 40), at))) terms.add(m[1]!);
  }
  return terms.size === 1 ? [...terms][0]! : null;
}

// A review's count right before the citation: "tổng kết 10 năm thực hiện Nghị quyết số 29-NQ/TW", "sau 5 năm triển khai …".
const COUNT_BEFORE = rx(
  String.raw`(?<![\p{L}\d])(?:(?:tổng|sơ)\s{1,2}kết\s{1,2}|[Ss]au\s{1,2}|[Qq]ua\s{1,2})?(\d{1,2})\s{1,2}năm\s{1,2}(?:thực\s{1,2}hiện|triển\s{1,2}khai|thi\s{1,2}hành)\s{1,2}(?:các\s{1,2})?$`,
  'iu',
);
const COUNT_REACH = 48;

/**
 * The one alternative whose year the review's count reaches from the report's: "Tổng kết 10 năm thực hiện Nghị quyết số
 * 29-NQ/TW" in a text of 2023 is the resolution of 2013 on education, not the one of 2022 on industrialisation the date
 * picks; "tổng kết 10 năm thực hiện nghị quyết 11/NQ-TW của Bộ Chính trị" in 2017 is the one of 2007 on women's work,
 * not that of 2012 on Hà Nội (two hundred and ninety-eighth and ninety-ninth outside probes). The window is the
 * anniversary rule's: N−1 to N+1 years.
 */
function byCount(alternatives: readonly DirectiveEntry[], c: Citation, text: string, asOf: string): DirectiveEntry | null {
  const m = COUNT_BEFORE.exec(text.slice(Math.max(0, c.span.start - COUNT_REACH), c.span.start));
  if (!m) return null;
  const n = +m[1]!;
  const year = +asOf.slice(0, 4);
  const fit = alternatives.filter((e) => !!e.record.date && countFits(+e.record.date.slice(0, 4), year, n));
  return fit.length === 1 ? fit[0]! : null;
}

/**
 * The resolution, with its entry chosen by the words around the citation when they clearly point at one alternative;
 * `asOf`, the date the text speaks from, for a review's count.
 */
export function chooseByContext(res: Resolution | null, c: Citation, text: string, asOf?: string): Resolution | null {
  const chosen = choose(res, c, text, asOf);
  // Said of a pick that stays probable, for a list's other members to follow (antecedent.ts, sessionLinks).
  if (chosen && res && chosen.entry !== res.entry && chosen.certainty === 'probable') chosen.byWords = true;
  if (!chosen?.wordsOnly) return chosen;
  // Alternatives for the words only leave here: no rule sees them (Resolution.wordsOnly).
  const { alternatives: _a, wordsOnly: _w, ...rest } = chosen;
  return rest;
}

function choose(res: Resolution | null, c: Citation, text: string, asOf: string | undefined): Resolution | null {
  if (res && localCongress(res, c, text)) return null;
  // A state number without its year, the year written after it ("Nghị quyết 125/NQ-CP năm 2018"): such
  // numbers restart every year, so only that year's document (twenty-sixth outside probe: a plan of 2018
  // had been given the Government's 125/NQ-CP of 2025).
  if (res && c.style === 'state' && c.idYear === null && !c.date) {
    const y = yearAfterId(text, c);
    if (y && !res.entry.record.date?.startsWith(y)) {
      const that = res.candidates?.filter((e) => e.record.date?.startsWith(y)) ?? [];
      return that.length === 1 ? { ...res, entry: that[0]!, certainty: 'exact' } : null;
    }
    // The one of that year among several of the number is as sure as a date would make it.
    if (y && res.certainty !== 'exact' && res.candidates && res.candidates.filter((e) => e.record.date?.startsWith(y)).length === 1) return { ...res, certainty: 'exact' };
    // A clause opening on its year, "Năm 2003, Nghị định số 29/NĐ-CP được thay thế bởi Nghị định số 79/NĐ-CP": of several of the
    // number, the one of that year (fortieth session's probe 384: 79/2006/NĐ-CP was taken for the 79/2003/NĐ-CP).
    if (!y && res.candidates && res.candidates.length > 1) {
      const opening = yearOpeningClause(text, c);
      const that = opening ? res.candidates.filter((e) => e.record.date?.startsWith(opening)) : [];
      if (that.length === 1 && that[0] !== res.entry) return { ...res, entry: that[0]!, certainty: 'probable' };
    }
  }
  // A Party id with a year after it that is another term's than the one record's: "Nghị quyết 05-NQ/TW năm 1987" is not the
  // 05-NQ/TW of 2016 (fortieth session: once the corpus held that one, a list of resolutions on culture took it). Party
  // numbers restart every term; five years apart is another term.
  if (res && c.style === 'party' && !c.date) {
    const y = yearAfterId(text, c);
    const recorded = Number(res.entry.record.date?.slice(0, 4));
    if (y && recorded && Math.abs(Number(y) - recorded) >= TERM_YEARS && !res.candidates?.some((e) => e.record.date?.startsWith(y))) return null;
    // Likewise the year its clause opens with, when the clause says the document was issued then: "Tháng 1 năm 2020, Bộ
    // Chính trị ra Quyết định số 216-QĐ/TW" is not the 216-QĐ/TW of 2009 (forty-sixth session's probe 446: taken silently
    // for it). "Năm 2025, tiếp tục thực hiện Chỉ thị 05-CT/TW" is the year of the work, not of the directive.
    const opening = y || !ISSUED_RIGHT_BEFORE.test(text.slice(Math.max(0, c.span.start - 40), c.span.start)) ? null : yearOpeningClause(text, c);
    if (opening && recorded && Math.abs(Number(opening) - recorded) >= TERM_YEARS && !res.candidates?.some((e) => e.record.date?.startsWith(opening))) return null;
    // The one record of the number issued in that year, among several: "Năm 2009, Bộ Chính trị ban hành Quy định số
    // 216-QĐ/TW" is the rule of 2009, not the decision of 2020 the report's date picks (once corpus round 165 held both).
    const ofYear = opening ? (res.candidates ?? []).filter((e) => e.record.date?.startsWith(opening)) : [];
    if (ofYear.length === 1 && ofYear[0] !== res.entry) return { ...res, entry: ofYear[0]!, certainty: 'probable' };
  }
  if (res && c.style === 'named' && c.named?.kind === 'plenum') {
    const id = PLENUM_ID_AFTER.exec(text.slice(c.fullSpan.end, c.fullSpan.end + 40))?.[1];
    const that = id ? (res.alternatives ?? res.candidates).filter((e) => e.record.id === id) : [];
    if (that.length === 1) return { ...res, entry: that[0]!, certainty: 'exact' };
  }
  if (!res?.alternatives) return res;
  if (!c.date) {
    const y = yearAfterId(text, c);
    const that = y ? res.alternatives.filter((e) => e.record.date?.startsWith(y)) : [];
    if (that.length === 1) return { ...res, entry: that[0]!, certainty: 'exact' };
    const days = daysBefore(text, c);
    const dated = days.length ? res.alternatives.filter((e) => !!e.record.date && days.includes(e.record.date)) : [];
    if (dated.length === 1) return dated[0] === res.entry ? res : { ...res, entry: dated[0]! };
  }
  if (asOf && !c.date && !c.subject) {
    const counted = byCount(res.alternatives, c, text, asOf);
    if (counted) return counted === res.entry ? res : { ...res, entry: counted };
  }
  if (!c.term) {
    const term = termBefore(text, c);
    const that = term ? res.alternatives.filter((e) => e.record.term === term) : [];
    if (that.length === 1) return that[0] === res.entry ? res : { ...res, entry: that[0]! };
  }
  const [ps, pe] = paragraphAround(text, c.span.start, c.fullSpan.end);
  const paragraph = text.slice(ps, pe);
  const congress = congressOfTerm(res.alternatives, paragraph) ?? soleOnCongresses(res.alternatives, paragraph, asOf);
  if (congress) return congress === res.entry ? res : { ...res, entry: congress };
  if (c.subject) return res;
  // Words of the citation's own paragraph only: a block may hold one paragraph or several (analyze.ts cuts a report as it
  // likes, a re-check keeps its cut), and the choice must not depend on where the cut falls (fifteenth session: the
  // property test of incremental against full analysis found a 43-KL/TW chosen two ways once the corpus held two).
  const from = Math.max(ps, c.span.start - WINDOW);
  const to = Math.min(pe, c.fullSpan.end + WINDOW);
  // Nothing clear near the citation: the paragraphs around it (its block), asked for more of a subject. "… Kết luận số
  // 01-KL/TW … về tiếp tục thực hiện Chỉ thị số 05-CT/TW, tổ chức quán triệt, học tập …" in a report on studying Hồ Chí
  // Minh's thought is the directive of 2016 on that, not the one of 2021 on poverty the report's date points to (fourteenth
  // session: a second 05-CT/TW in the corpus).
  // Only when the words near it say nothing: words that point two ways near the citation are not outweighed by
  // the block ("… tiếp tục thực hiện Nghị quyết 25 …" under "5. Công tác dân vận" stays the 2013 resolution on dân vận).
  // First the subjects' words the text holds whole (two syllables side by side), the citation's own words left out (its
  // issuer, "của Bộ Chính trị", is no subject's): syllables alone are met by chance (forty-fifth session's probe 442:
  // "Nghị quyết Trung ương 4 (khóa XI) tạo chuyển biến mạnh về công tác xây dựng, chỉnh đốn Đảng" had become the plenum's
  // 13-NQ/TW on infrastructure, six of whose seventeen syllables stood in "Thành ủy", "công tác", "đồng bộ", "xây dựng",
  // not its 12-NQ/TW on the Party). Where too few whole words are shared to say anything, the syllables.
  const wholeWords = wholeWordsIn(pairsOf(`${text.slice(from, c.span.start)}\n${text.slice(c.fullSpan.end, to)}`));
  const inWords = leader(res.alternatives, wholeWords, MIN_COVER) ?? soleLeader(res.alternatives, wholeWords);
  const near = inWords !== SILENT ? inWords : leader(res.alternatives, syllablesIn(weighedWords(text.slice(from, to))), MIN_COVER);
  let best = near === SILENT ? leader(res.alternatives, syllablesIn(wordsOf(paragraph)), WIDE_COVER) : near;
  // Still nothing clear: a run of the subject's own words, in its order, in the
  // paragraph ("… các đơn vị sự nghiệp công lập … theo đúng Nghị quyết số 19 của Trung ương" is the 19-NQ/TW of 2017 on
  // public service units, not that of 2022 on agriculture; eighty-second outside probe), when one subject has such a
  // run and no other does.
  if (best === SILENT || best === null) best = byPhrase(res.alternatives, paragraph) ?? best;
  return best !== SILENT && best !== null && best !== res.entry ? { ...res, entry: best } : res;
}

// A directive on the Party's congresses at every level names the national congress they lead to ("… tiến tới Đại hội đại
// biểu toàn quốc lần thứ XIII của Đảng"); the local congresses of a term of office ("nhiệm kỳ 2020 - 2025") follow it
// within two years. "… văn kiện trình Đại hội Đảng bộ huyện lần thứ XII … nhiệm kỳ 2020 - 2025 … Chỉ thị số 35-CT/TW" is
// the directive of 30/5/2019, not that of 14/6/2024 the report's date picks (two hundred and twenty-fifth outside probe).
const ON_CONGRESSES = /đại\s{1,2}hội\s{1,2}(?:đại\s{1,2}biểu\s{1,2})?toàn\s{1,2}quốc/iu;
const CONGRESS_LEAD_YEARS = 2;

/** The one alternative, a directive on the congresses, issued within two years before a term of office the paragraph names. */
function congressOfTerm(alternatives: readonly DirectiveEntry[], paragraph: string): DirectiveEntry | null {
  const onCongresses = alternatives.filter((e) => ON_CONGRESSES.test(e.record.subject ?? ''));
  if (onCongresses.length < 2) return null;
  const starts = new Set<number>();
  for (const m of paragraph.matchAll(TERM_OF_OFFICE)) starts.add(+m[1]!);
  if (starts.size === 0) return null;
  const fits = onCongresses.filter((e) => {
    const y = +(e.record.date ?? '').slice(0, 4);
    return y > 0 && [...starts].some((from) => from - y >= 0 && from - y <= CONGRESS_LEAD_YEARS);
  });
  return fits.length === 1 ? fits[0]! : null;
}

// A paragraph on the congresses of Party organisations: "tổ chức đại hội" beside "đảng bộ" or "chi bộ", either way round.
const PARTY_CONGRESSES = /đại\s{1,2}hội[^.;\n]{0,120}?(?:đảng\s{1,2}bộ|chi\s{1,2}bộ)|(?:đảng\s{1,2}bộ|chi\s{1,2}bộ)[^.;\n]{0,120}?đại\s{1,2}hội/iu;

/**
 * The one alternative on the congresses, issued within two years before the text speaks, when the paragraph speaks of
 * Party organisations' congresses: "63 đảng bộ trực thuộc đã hoàn thành việc tổ chức đại hội … theo quy định của Chỉ thị 36"
 * in September 2015 is the Politburo's 36-CT/TW of 30/5/2014 on the congresses toward the XII Congress, not the Prime
 * Minister's 36/CT-TTg of 22/12/2014 the date alone picks (forty-ninth session's probe 462).
 */
function soleOnCongresses(alternatives: readonly DirectiveEntry[], paragraph: string, asOf: string | undefined): DirectiveEntry | null {
  const on = alternatives.filter((e) => ON_CONGRESSES.test(e.record.subject ?? ''));
  if (on.length !== 1 || !asOf || !PARTY_CONGRESSES.test(paragraph)) return null;
  const lead = +asOf.slice(0, 4) - +(on[0]!.record.date ?? '').slice(0, 4);
  return lead >= 0 && lead <= CONGRESS_LEAD_YEARS ? on[0]! : null;
}

// The people texts are addressed to, as content syllables in order: a plan "cho cán bộ, công chức, viên chức và người lao
// động trong doanh nghiệp" holds six words in a row, and twelve in all, of 27-NQ/TW of 2018 on wages ("… đối với cán bộ, công
// chức, viên chức, lực lượng vũ trang và người lao động trong doanh nghiệp"; outside probe 419: beside Chỉ thị 32-CT/TW on
// legal education, the resolution of 2022 on the rule-of-law state had become the one on wages). An audience is no subject:
// the words around a citation and the subjects are weighed without it.
const AUDIENCE: readonly (readonly string[])[] = ['cán bộ', 'công chức', 'viên chức', 'người lao động', 'lao động', 'đảng viên', 'nhân dân', 'hội viên', 'đoàn viên'].map((p) => p.split(' '));

/** `seq` without the runs that name an audience ("cán bộ", "công chức" …), the words on either side brought together. */
function withoutAudience(seq: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < seq.length; ) {
    const phrase = AUDIENCE.find((p) => p.every((w, k) => seq[i + k] === w));
    if (phrase) i += phrase.length;
    else out.push(seq[i++]!);
  }
  return out;
}

/** The distinct content syllables of a text or subject, an audience left out. */
function weighedWords(text: string): Set<string> {
  return new Set(withoutAudience(contentSequence(text)));
}

/** The pairs of a text's content syllables written next to each other (filler between left out), "a b". */
function pairsOf(text: string): Set<string> {
  const seq = withoutAudience(contentSequence(text));
  const pairs = new Set<string>();
  for (let i = 1; i < seq.length; i++) pairs.add(`${seq[i - 1]} ${seq[i]}`);
  return pairs;
}

/** How many of a subject's distinct syllables (given in order and as a set) some words hold. */
type Shared = (sequence: readonly string[], subject: ReadonlySet<string>) => number;

/** Each syllable of the subject the text holds anywhere. */
function syllablesIn(text: ReadonlySet<string>): Shared {
  return (_sequence, subject) => {
    let n = 0;
    for (const w of subject) if (text.has(w)) n++;
    return n;
  };
}

/**
 * The syllables the text holds as part of a word: beside their neighbour in the subject, in the subject's order.
 * Vietnamese words are mostly two syllables, and one alone is met by chance in any report ("thành" of "Thành ủy" for
 * "trở thành", "công" of "công tác" for "công nghiệp").
 */
function wholeWordsIn(pairs: ReadonlySet<string>): Shared {
  return (sequence) => {
    const found = new Set<string>();
    for (let i = 0; i < sequence.length; i++) {
      const w = sequence[i]!;
      if (found.has(w)) continue;
      if ((i > 0 && pairs.has(`${sequence[i - 1]} ${w}`)) || (i + 1 < sequence.length && pairs.has(`${w} ${sequence[i + 1]}`))) found.add(w);
    }
    return found.size;
  };
}

// How many words in a row a subject must share with the paragraph to name it, and at most the others may.
const PHRASE_RUN = 5;
const OTHER_RUN = 2;

/**
 * The one alternative whose subject has a run of PHRASE_RUN words in the paragraph, the others OTHER_RUN at most. Words that
 * say nothing of a subject are left out on both sides: "Chi bộ đã thực hiện có hiệu quả các mặt công tác xây dựng Đảng"
 * holds five syllables in a row of 06-NQ/TW's "về thực hiện có hiệu quả tiến trình hội nhập kinh tế quốc tế …", none of
 * which names it (two hundred and ninety-ninth outside probe: a school's Party cell's "Nghị quyết Trung ương 4 khóa XII"
 * had become the resolution on economic integration, not 04-NQ/TW on building the Party).
 */
function byPhrase(alternatives: readonly DirectiveEntry[], paragraph: string): DirectiveEntry | null {
  const text = ` ${withoutAudience(contentSequence(paragraph)).join(' ')} `;
  let found: DirectiveEntry | null = null;
  for (const e of alternatives) {
    const run = longestRun(withoutAudience(contentSequence(e.record.subject ?? '')), text);
    if (run >= PHRASE_RUN) {
      if (found) return null;
      found = e;
    } else if (run > OTHER_RUN) return null;
  }
  return found;
}


const SILENT = 'silent';

// A record's subject words, in order and as a set, split once: the leaders asked in turn for one citation (whole words, the
// syllables near it, its paragraph's) and the citations after it weigh the same records.
const subjectWords = new WeakMap<DirectiveEntry, { sequence: readonly string[]; subject: ReadonlySet<string> }>();
function subjectWordsOf(e: DirectiveEntry): { sequence: readonly string[]; subject: ReadonlySet<string> } {
  let w = subjectWords.get(e);
  if (!w) {
    const sequence = withoutAudience(contentSequence(e.record.subject ?? ''));
    subjectWords.set(e, (w = { sequence, subject: new Set(sequence) }));
  }
  return w;
}

/**
 * The alternative whose subject the words hold clearly more of than any other's; null when they point at
 * none clearly, SILENT when they share too little with every subject to say anything.
 */
function leader(alternatives: readonly DirectiveEntry[], shares: Shared, cover: number): DirectiveEntry | null | typeof SILENT {
  let best: DirectiveEntry | null = null;
  let bestSize = 0;
  let top = 0;
  let second = 0;
  // The alternatives the words hold enough of, by the part of each subject they hold.
  let byPart: DirectiveEntry | null = null;
  let part = 0;
  let nextPart = 0;
  for (const e of alternatives) {
    const { sequence, subject } = subjectWordsOf(e);
    const shared = shares(sequence, subject);
    if (shared > top) {
      second = top;
      top = shared;
      best = e;
      bestSize = subject.size;
    } else if (shared > second) second = shared;
    const p = shared >= MIN_SHARED ? shared / subject.size : 0;
    if (p > part) {
      nextPart = part;
      part = p;
      byPart = e;
    } else if (p > nextPart) nextPart = p;
  }
  if (!best || top < MIN_SHARED) return SILENT;
  // Counts alike, parts far apart: four of a short subject's eleven words ("học tập … làm theo … Hồ Chí Minh")
  // outweigh three of a long one's twenty-one met by chance ("xác định phương hướng, nhiệm vụ"; fifteenth
  // session: "10 năm thực hiện Chỉ thị 05 … học tập và làm theo Bác" had become the Prime Minister's 05/CT-TTg
  // of 2023 when the corpus learnt it).
  if (top - second < MIN_LEAD) return byPart && part >= cover && part >= 2 * nextPart ? byPart : null;
  // A long subject shares a few common syllables with any political news ("bộ", "trung", "an ninh"):
  // the words around must hold a good part of it (twenty-third outside probe: a 2016 item on the
  // Politburo's inspection of staff cuts under 39-NQ/TW of 2015, "tinh giản biên chế", had become the
  // 2004 resolution on the development of the North Central region, three of its twenty syllables met).
  return top < cover * bestSize ? null : best;
}

// Whole words a subject must share with the words near a citation, no other sharing any, to name it however long it is;
// the syllables each alternative's subject must have to be weighed so.
const SOLE_SHARED = 4;
const SOLE_SUBJECT = 3;
const PARTY_SYMBOL = /\/(?:TW|HNTW)$/u;

/**
 * The one alternative the words near the citation share whole words with, SOLE_SHARED syllables or more, when no other
 * shares any: "… thôi việc để hưởng chính sách, chế độ theo Nghị định 178" is 178/2024/NĐ-CP on the policies for staff
 * in the reorganisation, not the decree of 2025 on planning the report's date picks (forty-seventh session's probe 453),
 * though two words are too small a part of that long subject for `leader`. Null otherwise.
 */
function soleLeader(alternatives: readonly DirectiveEntry[], shares: Shared): DirectiveEntry | null {
  let found: DirectiveEntry | null = null;
  for (const e of alternatives) {
    const { sequence, subject } = subjectWordsOf(e);
    // Only among state documents each with a subject of its own to weigh: a Party resolution's subject that names the text
    // it follows ("tiếp tục thực hiện Nghị quyết 25-NQ/TW") shares nothing and says nothing, and a plenum's or a Party
    // number's alternatives are weighed by `leader` alone (over every set, six choices of those had turned wrong: "Kết luận
    // 43" beside "Nghị quyết 25" became the 43-KL/TW of 2009, "Nghị quyết 57" the Government's of 2009).
    if (PARTY_SYMBOL.test(e.record.symbol) || subject.size < SOLE_SUBJECT) return null;
    const shared = shares(sequence, subject);
    if (shared === 0) continue;
    if (found || shared < SOLE_SHARED) return null;
    found = e;
  }
  return found;
}

const BLANK_LINE = /\n[ \t]*\n/gu;
const BLANK = /^[ \t]*$/u;

/** The paragraph (between blank lines) of a block's text that holds [start, end): looked for from the citation out. */
function paragraphAround(text: string, start: number, end: number): [number, number] {
  let ps = 0;
  // Back line by line to the first blank one: the paragraph starts after it.
  for (let i = text.lastIndexOf('\n', start - 1); i > 0; i = text.lastIndexOf('\n', i - 1)) {
    const j = text.lastIndexOf('\n', i - 1);
    if (j < 0) break;
    if (BLANK.test(text.slice(j + 1, i))) {
      ps = i + 1;
      break;
    }
  }
  BLANK_LINE.lastIndex = end;
  const m = BLANK_LINE.exec(text);
  return [ps, m ? m.index : text.length];
}

// A paragraph's words, for the citations of one paragraph asked in turn.
let lastText: string | null = null;
let lastWords: Set<string> = new Set();
function wordsOf(text: string): Set<string> {
  if (text !== lastText) {
    lastWords = weighedWords(text);
    lastText = text;
  }
  return lastWords;
}
