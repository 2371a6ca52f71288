// The province a report belongs to: from its issuing body ("ĐẢNG BỘ TỈNH HÀ TĨNH",
// "BAN DÂN VẬN TỈNH ỦY HÀ TĨNH"), else the province the text names most often ("Tỉnh ủy Hà Tĩnh",
// "tỉnh Sơn La"). Local symbols (…/TU) resolve only against that province's records — and, after
// the 2025 mergers, against those of the other former provinces of the same new unit
// (`provincePlaces`).

import { fold, type NormalizedText } from '../text/normalize';
import type { ReportHeader } from './header';
import { rx } from '../text/letters';

const WORD_START = rx(String.raw`(^|\s)(\p{L})`, 'gu');

const IN_BODY = rx(String.raw`(?:TỈNH(?:\s(?:ỦY|UỶ))?|THÀNH\sPHỐ|THÀNH\s(?:ỦY|UỶ))\s((?:\p{Lu}[\p{Lu}\p{M}]{0,12}\s?){1,3})$`, 'u');
// A capitalised word of a place's name ("Hà", "Tĩnh").
const CAP_WORD = String.raw`\p{Lu}[\p{Ll}\p{M}]{1,12}`;
// "Thành ủy Thành phố Hồ Chí Minh" and "Thành phố Hồ Chí Minh" (capital T: the city's official
// name, or a sentence's start) name the city; a lower-case "thành phố X" may be a district-level
// city before 2025 ("thành phố Vinh"), so it counts only for the centrally-run cities, which are
// provinces (corpus/provinces.json; fourth outside probe: a Hà Nội text naming "thành phố Hà Nội"
// four times had no province). A name never runs across a line break; two joined by a dash are one
// ("tỉnh Bà Rịa - Vũng Tàu", sixteenth outside probe: it had become "Bà Rịa").
const CENTRAL_CITY = String.raw`(?=(?:Hà\sNội|Hồ\sChí\sMinh|Hải\sPhòng|Đà\sNẵng|Cần\sThơ|Huế)(?![\p{L}]))`;
const IN_TEXT = rx(String.raw`(?:[Tt](?<![\p{L}][Tt])ỉnh\s(?:ủy\s|uỷ\s)?|T(?<![\p{L}]T)hành\s(?:ủy|uỷ)\s(?:[Tt]hành\sphố\s)?|T(?<![\p{L}]T)hành\sphố\s|t(?<![\p{L}]t)hành\sphố\s${CENTRAL_CITY})(${CAP_WORD}(?:[ ]${CAP_WORD}){0,2}(?:[ ][-–][ ]${CAP_WORD}[ ]${CAP_WORD}(?![\p{L}]))?)`, 'uy');

/**
 * The matches of IN_TEXT in `t`, left to right without overlap: every match opens with "T"/"t"
 * before "ỉnh" or "hành", so the pattern is tried only there, found by `indexOf` — scanned as a
 * global pattern it was tried at every "t" of the text, 6 % of a check of real documents.
 */
function inTextMatches(t: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let a = t.indexOf('ỉnh', 1);
  let b = t.indexOf('hành', 1);
  let end = 0;
  while (a >= 0 || b >= 0) {
    let i: number;
    if (b < 0 || (a >= 0 && a < b)) {
      i = a;
      a = t.indexOf('ỉnh', a + 1);
    } else {
      i = b;
      b = t.indexOf('hành', b + 1);
    }
    const s = i - 1;
    const c = t.charCodeAt(s);
    if (s < end || (c !== 84 && c !== 116)) continue; // "T", "t"
    IN_TEXT.lastIndex = s;
    const m = IN_TEXT.exec(t);
    if (m) {
      out.push(m);
      end = s + m[0].length;
    }
  }
  return out;
}

// Positions whose holder's name follows the body ("Bí thư Tỉnh ủy Hoàng Trung Dũng").
const POSITION = /(?:^|\s)(?:bí thư|chủ tịch|trưởng ban|thường trực|ủy viên|uỷ viên|giám đốc|chánh văn phòng)(?:\s|$)/u;

const COMMITTEE = /^(?:Tỉnh|Thành)\s(?:ủy|uỷ)\s/u;
const FORMER_AFTER = /^\s?\((?:cũ|trước đây)\)/u;
const FORMER = /(?:^|\s)nguyên(?:\s|$)/u;

/** The clause `before` ends with, in lower case: after the last , ; : . ( or line break. */
function clauseOf(before: string): string {
  return before.slice(Math.max(...[',', ';', ':', '.', '(', '\n'].map((p) => before.lastIndexOf(p))) + 1).toLowerCase();
}

/** Whether "nguyên" (former) stands before a position in the same clause: "nguyên Trưởng Ban Dân vận Tỉnh ủy …". */
function formerOffice(before: string): boolean {
  return FORMER.test(clauseOf(before));
}

/** Whether a position is named in the last four words before a body, in the same clause. */
function afterAPosition(before: string): boolean {
  return POSITION.test(clauseOf(before).split(/\s+/u).slice(-5).join(' '));
}

function titleCase(s: string): string {
  return s.toLowerCase().replace(WORD_START, (_m, sp: string, c: string) => sp + c.toUpperCase());
}

/**
 * Whether a name is a province's (the corpus's province records); without one, every name passes.
 * It keeps a person's name out ("Phó Chủ tịch UBND tỉnh Lê Trường Sơn" names no province).
 */
export type IsProvince = (name: string) => boolean;
const ANY_NAME: IsProvince = () => true;

export function extractProvince(nt: NormalizedText, header: ReportHeader, isProvince: IsProvince = ANY_NAME): string | null {
  return provinceInHeader(nt.original, header) ?? provinceOutsideBody(header, () => [provinceTally(nt.text)], isProvince);
}

/**
 * The province when the issuing body names none: its date line under a provincial body, else the
 * one the text names most. `tallies` are asked for only then (analyze.ts keeps one per block).
 */
export function provinceOutsideBody(header: ReportHeader, tallies: () => readonly ProvinceTally[], isProvince: IsProvince = ANY_NAME): string | null {
  return provinceInPlaceLine(header, isProvince) ?? provinceFromTallies(tallies(), isProvince) ?? provinceOfBodilessPlace(header, isProvince);
}

/**
 * The province of a date line with no issuing body above it ("Hải Phòng, ngày 10 tháng 12 năm
 * 2019" under a portal's name; fourth outside probe) when the text names no province: the last
 * resort, after the names in the text.
 */
function provinceOfBodilessPlace(header: ReportHeader, isProvince: IsProvince): string | null {
  const place = header.placeDate?.place.replace(TOWN_PREFIX, '');
  if (!place || header.issuingBody || isProvince === ANY_NAME) return null;
  return isProvince(place) ? place : null;
}

// A provincial body named without its place ("ỦY BAN NHÂN DÂN", "HỘI ĐỒNG NHÂN DÂN", "BAN THƯỜNG
// VỤ TỈNH ỦY"): a page that lost the header's second line, or a body whose place is only in the date
// line. Not a central body, whose date line says "Hà Nội" whatever it rules on.
const LOCAL_BODY = /(?:ỦY|UỶ)\s+BAN\s+NHÂN\s+DÂN|UBND|HỘI\s+ĐỒNG\s+NHÂN\s+DÂN|HĐND|TỈNH\s+(?:ỦY|UỶ)|THÀNH\s+(?:ỦY|UỶ)|ĐẢNG\s+BỘ\s+TỈNH/u;
const CENTRAL_BODY = /TRUNG\s+ƯƠNG|CHÍNH\s+PHỦ|QUỐC\s+HỘI/u;
const TOWN_PREFIX = /^(?:TP\.?\s?|Thành\sphố\s|Tỉnh\s)/u;

/**
 * The province a local body's date line names ("Hà Tĩnh, ngày 13 tháng 8 năm 2025" under "ỦY BAN
 * NHÂN DÂN"), when the body itself names none and the place is a province's name — a district's or
 * a commune's seat is not.
 */
export function provinceInPlaceLine(header: ReportHeader, isProvince: IsProvince): string | null {
  const body = header.issuingBody?.text.toUpperCase();
  const place = header.placeDate?.place.replace(TOWN_PREFIX, '');
  if (!body || !place || !LOCAL_BODY.test(body) || CENTRAL_BODY.test(body) || isProvince === ANY_NAME) return null;
  return isProvince(place) ? place : null;
}

/** The province the issuing body names, if it names one. */
export function provinceInHeader(original: string, header: ReportHeader): string | null {
  if (!header.issuingBody) return null;
  // The body spans several lines ("ĐẢNG BỘ TỈNH HÀ TĨNH" / "BAN DÂN VẬN TỈNH ỦY"), possibly
  // beside the motto in a second column: look at each line and column of the original.
  const body = original.slice(header.issuingBody.span.start, header.issuingBody.span.end);
  // Any line ending splits: CR alone (old Mac, some exports) as well as LF and CRLF.
  for (const part of body.normalize('NFC').split(/\s{3,}|\t|\r\n?|\n/u)) {
    const m = IN_BODY.exec(part.trim());
    if (m) return titleCase(m[1]!.trim());
  }
  return null;
}

/** How often a text names each province: plainly, and right after a position (a person's title). */
export interface ProvinceTally {
  counts: Map<string, number>;
  afterPosition: Map<string, number>;
  /**
   * Names in a list of places ("03 tỉnh Bắc Giang, Bình Định, Long An"): one of several the text
   * deals with, never its own (fourteenth and fifteenth outside probes: central texts took the
   * first of such a list), but they show how many places the text spreads over.
   */
  listed: Map<string, number>;
}

/** The tally of one text (a block of the report: analyze.ts adds the blocks' tallies up). */
export function provinceTally(t: string): ProvinceTally {
  // "Bí thư Tỉnh ủy Hoàng Trung Dũng", "Chủ tịch UBND tỉnh Võ Trọng Hải": after a position the
  // capitalised words name a person, not a place. Such mentions count only when nothing else
  // names a place (a news article names its officials more often than its province).
  const counts = new Map<string, number>();
  const afterPosition = new Map<string, number>();
  const listed = new Map<string, number>();
  for (const m of inTextMatches(t)) {
    // A photo's caption names where the photo was taken, not what the text is about (fifth
    // outside probe: "… làm việc với Ban Thường vụ Thành ủy Đà Nẵng … - Ảnh: TTXVN").
    if (inCaption(t, m.index!)) continue;
    const before = t.slice(Math.max(0, m.index! - 40), m.index!);
    // A former province or a former office says where someone was, not where the text is (eighth
    // outside probe: "nguyên Chủ tịch Ủy ban MTTQ tỉnh Hòa Bình (cũ)" in a Phú Thọ review of 2025).
    if (FORMER_AFTER.test(t.slice(m.index! + m[0].length, m.index! + m[0].length + 6)) || formerOffice(before)) continue;
    // A province in a list of places ("03 tỉnh Bắc Giang, Bình Định, Long An", "riêng Hà Nội, Thành
    // phố Hồ Chí Minh, Thanh Hóa, Nghệ An:") is one of several the text deals with, not its own
    // (fourteenth and fifteenth outside probes: central texts took the first of such a list).
    // A Party committee is no item of such a list: "tại thành phố Nha Trang, Tỉnh ủy Khánh Hòa tổ chức …"
    // (twenty-seventh outside probe: the town before it had made the province one of a list).
    const end = m.index! + m[0].length;
    const committee = COMMITTEE.test(m[0]);
    const tally = !committee && (LISTED_AFTER.test(t.slice(end, end + 48)) || LISTED_BEFORE.test(t.slice(Math.max(0, m.index! - 48), m.index!))) ? listed : afterAPosition(before) ? afterPosition : counts;
    tally.set(m[1]!, (tally.get(m[1]!) ?? 0) + 1);
  }
  // "Trà Vinh là tỉnh …", "Gia Lai là một tỉnh …": a text introducing its province (eighteenth outside
  // probe: three texts naming theirs so had none). Looked for from " là " only; a name of two or three
  // words, as every province's is ("Đây là tỉnh …" names none).
  for (let i = t.indexOf(' là '); i >= 0; i = t.indexOf(' là ', i + 4)) {
    if (!IS_A_PROVINCE.test(t.slice(i + 4, i + 16))) continue;
    const m = NAME_BEFORE.exec(t.slice(Math.max(0, i - 40), i));
    if (m && !inCaption(t, i)) counts.set(m[1]!, (counts.get(m[1]!) ?? 0) + 1);
  }
  // "TP HCM", "TPHCM", "TP.HCM": the city as news items write it (fifth outside probe).
  for (const m of t.matchAll(HCM)) {
    if (!inCaption(t, m.index!)) counts.set('Hồ Chí Minh', (counts.get('Hồ Chí Minh') ?? 0) + 1);
  }
  return { counts, afterPosition, listed };
}

// ", Bình Định," / ", Thanh Hóa," / ", Long An:" / ", Thành phố Hồ Chí Minh và": the next item of a list of
// places — a name of one to three capitalised words closed by a list's punctuation or "và".
const PLACE_NAME = String.raw`${CAP_WORD}(?:[ ]${CAP_WORD}){0,3}`;
// "Thành phố Hà Nội, ⟨Thành phố Hồ Chí Minh⟩": the item before, written with its own "tỉnh"/"thành phố"
// ("tại Hà Nội, Thành ủy Hà Nội" is no list).
const LISTED_BEFORE = rx(String.raw`(?:[Tt]ỉnh|[Tt]hành\sphố)\s${PLACE_NAME},\s{1,2}$`, 'u');
const LISTED_AFTER = rx(String.raw`^,\s{1,2}(?:(?:[Tt]ỉnh|[Tt]hành\sphố)\s)?${PLACE_NAME}(?=\s{0,2}[,:;)]|\s(?:và|hoặc)\s)`, 'u');

const IS_A_PROVINCE = rx(String.raw`^(?:một\s)?tỉnh(?![\p{L}])`, 'u');
const NAME_BEFORE = rx(String.raw`(?:^|[^\p{L}])(${CAP_WORD}(?:[ ]${CAP_WORD}){1,2})$`, 'u');

const HCM = rx(String.raw`T(?<![\p{L}]T)(?:P\.?\s?HCM|PHCM|P\.?\s?Hồ\sChí\sMinh)(?![\p{L}])`, 'gu');
const CAPTION = /(?:[-–(]\s?|^)Ảnh\s?(?:minh\shọa|minh\shoạ)?\s?:|\(Ảnh\b/mu;

/** Whether the line at `at` is a photo caption ("… - Ảnh: TTXVN", "(Ảnh: …)"). */
function inCaption(t: string, at: number): boolean {
  const ls = t.lastIndexOf('\n', at) + 1;
  let le = t.indexOf('\n', at);
  if (le < 0) le = t.length;
  return le - ls < 400 && CAPTION.test(t.slice(ls, le));
}

/** The province named most often over the tallies, in order (the first named wins a tie). */
export function provinceFromTallies(tallies: readonly ProvinceTally[], isProvince: IsProvince = ANY_NAME): string | null {
  const sum = (pick: (x: ProvinceTally) => Map<string, number>) => {
    if (tallies.length === 1) return pick(tallies[0]!);
    const out = new Map<string, number>();
    for (const x of tallies) for (const [k, v] of pick(x)) out.set(k, (out.get(k) ?? 0) + v);
    return out;
  };
  const listed = sum((x) => x.listed);
  return mostFrequent(sum((x) => x.counts), isProvince, listed) ?? mostFrequent(sum((x) => x.afterPosition), isProvince, listed);
}

function mostFrequent(counts: Map<string, number>, isProvince: IsProvince, listed: Map<string, number>): string | null {
  let best: string | null = null;
  let n = 0;
  let names = 0;
  let tied = 0;
  let total = 0;
  for (const [k, v] of counts) {
    if (!isProvince(k)) continue;
    names++;
    total += v;
    if (v > n) { best = k; n = v; tied = 1; }
    else if (v === n) tied++;
  }
  if (best === null) return null;
  for (const [k, v] of listed) {
    if (!isProvince(k)) continue;
    if (!counts.has(k)) names++;
    total += v;
  }
  // A text that names many provinces about as often as each other is about none of them (fourth
  // outside probe: national news on 23 new provincial Party organisations took the first, An Giang).
  return (names >= 3 && tied >= 3) || (names >= 5 && n * 4 < total) ? null : best;
}

/** A province record as `provincePlaces` needs it (see corpus/provinces.ts). */
export interface ProvinceRecordView {
  /** fold of the place: "ha giang". */
  key: string;
  until?: string;
  /** fold of the successor's place, when it merged. */
  successorKey?: string;
}

/**
 * The places whose local documents are the report's own: its province and, once the merger has
 * taken effect on the report's date, the other former provinces of the same new unit. A 2026
 * report of tỉnh Tuyên Quang — or one naming the former Tỉnh ủy Hà Giang — cites documents of
 * both former provinces. Folded names ("tuyen quang"); the province itself when unknown.
 */
export function provincePlaces(province: string, reportDate: string, records: readonly ProvinceRecordView[]): Set<string> {
  let key = fold(province);
  // The reader stops a name at three words: "Bà Rịa" stands for "Bà Rịa - Vũng Tàu".
  if (!records.some((r) => r.key === key)) key = records.find((r) => r.key.startsWith(key + ' -'))?.key ?? key;
  const merged = (r: ProvinceRecordView) => r.until !== undefined && r.successorKey !== undefined && reportDate.slice(0, r.until.length) >= r.until;
  const head = records.find((r) => r.key === key && merged(r))?.successorKey ?? key;
  const out = new Set([key, head]);
  for (const r of records) if (r.successorKey === head && merged(r)) out.add(r.key);
  return out;
}
