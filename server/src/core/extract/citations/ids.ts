// Stage 1: ids ("290-QĐ/TW", "30/2020/NĐ-CP", "1234/QĐ-UBND") found anywhere, with the kind word
// and a law's name read back from each.

import type { NormalizedText } from '../../text/normalize';
import { GLUED_FORMS, GLUED_ISSUERS, GLUED_PAIRS, GLUED_TYPES, KIND_ALTERNATION, KIND_BY_CODE, OLD_STATE_SYMBOLS, PARTY_ISSUER_CODE, STATE_GLUED_ISSUERS, STATE_ISSUER_CODE } from '../patterns';
import * as kindReader from './kind';
import * as textHelpers from './text';
import type { Draft } from './types';
import * as drafts from './types';
import { rx } from '../../text/letters';
import { romanValue } from '../terms';

// Helpers bound once: run through tsx (tests, benches), each call through an import is a getter call.
const { FORM, NAMED_LAW_BEFORE_ID, abbreviatedKind, canonicalKind, kindBefore, kindFits } = kindReader;
const { hasBlankLine, isDigit, isUpperCode, isWordChar } = textHelpers;
/** An ASCII small letter or "đ": where a code written in small letters may start. */
const isLowerLetter = (c: number): boolean => (c >= 97 && c <= 122) || c === 0x111;
const isAsciiLetter = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
const { blank } = drafts;

export const L = String.raw`[\p{Lu}Đ]`;
// A line break right after a separator: PDF extraction and soft-wrapped Markdown break ids there
// ("Thông tư số 42/2019/TT-\nBLĐTBXH").
// A PDF page's lines may be indented ("… Kết  luận  số  185-\n                  KL/TW"; twelfth
// outside probe): the next line's indent is part of the wrap.
const WRAP = String.raw`(?:[ ]{0,2}\n[ ]{0,24})?`;
// What may not follow an id: more of a word, another symbol part, another number.
const ID_END = String.raw`(?![\p{L}\p{N}]|-${L}|/\p{N})`;

// A hyphen inside a state symbol, possibly with a stray space on one side ("71/NQ -CP",
// "75/KH- UBND"): the spaced form only before a code in capitals, so "12/QĐ-UBND - Về việc" does
// not run on into the next words.
const HY = String.raw`(?:[ ]-[ ]?|-[ ])(?=${L}(?:[\p{Lu}\p{N}]|Tg))|-`;
// "&" inside a code, "BKH&ĐT"; a space after it as some type it, "15972/SXD-QLN& TTBĐS" (fifty-first session's probe 474: cut
// at "&", the date lost), only before two capitals, so that "& Kế hoạch" after an id is not read into it.
const AMP = String.raw`&(?:(?=${L})|[ ](?=${L}{2}))`;
// An office's department after a dot: "6721/VPCP-V.I", "V.III", "KTTH.2"; a regional office's number and place, "838/CCTKV.XII-
// NVDTPC.HUE" of a tax office (fiftieth session's probe 466: cut at the first dot, its date and issuer lost).
const DEPT = String.raw`(?:\.(?:[IVX\d]{1,4}|${L}{2,4})(?!\p{Ll}))?`;

// Ids, in one pattern tried where a number starts (scanIds), in four branches:
//   Party: 290-QĐ/TW, 08B-NQ/HNTW, 5053-CV/VPTW/nb, "25 - NQ/TW", "25-\nNQ/TW";
//   state with a year: 30/2020/NĐ-CP, 41/2024/QH15, 34/2007/PL-UBTVQH11, 01/2014/NQLT/CP-UBTƯMTTQVN;
//   state without a year, and Party ids written state-style or with a slash: 1234/QĐ-UBND,
//   16/CT-TTg, 217/QĐ-TW, 66/QĐ/TW, 56/UBND-ĐT, 6721/VPCP-V.I, "71/NQ -CP", and a ministry's letter
//   with its code of seven letters, 747/BLĐTBXH-VPQGGN (thirty-sixth outside probe: it was not read), and a
//   department after a spaced hyphen too, "07/HD- BCA- V28" (thirty-seventh: read as 07/HD-BCA);
//   a symbol with its hyphen lost: 27/CTTg (kept only when it splits into known codes).
//   a Party id with its hyphen lost: 57NQ/TW, "298 KH/TWĐTN" (a known type code, a Party issuer).
// A Party issuer may carry a department after a hyphen, as the Youth Union's do: 183-KH/TWĐTN-TNNT, and a joint body the
// other party's code, "40-HD/BTGTW-BCSĐBVHTTDL" (seventieth outside probe: not read).
// A local committee's code with a dot, as some write it: "03-HD/Th.U", "15-KH/Đ.U" (fifty-sixth outside probe:
// cut at the dot, they named documents "03-HD/Th" and "15-KH/Đ").
// Groups: 1 number; Party 2-3 spaces around the hyphen, 4 type, 5 issuer, 6 suffix; state with a
// year 7 year, 8 symbol; state without 9 type, 10 separator, 11 the rest; 12 a glued symbol.
// The Party id with its hyphen lost has an expression of its own (GLUED_PARTY_AT).
// Party type codes that may stand glued to the number (the hyphen lost): known codes only, so that
// "57N" is no number and "3 CV" no id.
const PARTY_TYPES = 'QĐi|QĐ|NQ|CT|KL|HD|KH|TB|BC|CV|TTr|CTr|QC|ĐA';
// What makes a state-order id a Party one (idDraft): a Party type code, or one that begins with one ("QĐNS", a personnel
// decision), or the Party's thông tri "TT" ("Thông tri số 297/TT-TW … của Ban Bí thư"), which glued ids leave out as the
// state's thông tư code.
const PARTY_TYPE = new RegExp(`^(?:${PARTY_TYPES}|TT)`, 'u');
// The issuers of such ids: Party committees and boards, and the Youth Union's ("TWĐTN", "TĐTN").
const GLUED_PARTY_ISSUER = rx(String.raw`^[\p{Lu}Đ]{0,8}(?:TW|TƯ|TU|HU|QU|ĐU|ĐUK|ĐTN|HNTW)[\p{Lu}Đ]{0,6}$`, 'u');
// With its year, up to seven codes: a joint circular of six bodies, "10/2018/TTLT-BTP-BCA-BQP-BTC-TANDTC-VKSNDTC", and
// "&" inside one, "19/2012/TTLT-BTC-BKH&ĐT-BTTTT" (hundred-and-third outside probe: the first was not read, the second
// cut at "&"); without a year too, "739/BNV-CTTN&BĐG" (a ministry's department; hundred-and-eleventh: cut at "&"), a
// sender's code "167/SGD&ĐT-VP" and a joint circular's six bodies "30/TTLT-BLĐTBXH-BNV-BNN&PTNT-BCT-BTTTT"
// (hundred-and-twenty-eighth and -thirtieth: not read, and cut at "&").
const ID_AT = rx(
  String.raw`(\d{1,5}(?:\.\d{1,3})?[A-Za-z]?)(?:` +
    String.raw`(\s{0,3})-([ ]{0,2}\n[ ]{0,24}|\s{0,3})(${L}[\p{L}]{0,5})\s{0,2}/\s{0,2}(T\.[ƯW](?![\p{L}\p{N}])|(?:Th|Đ|H|T|Q)\.U(?![\p{L}\p{N}])|(?:tw|tư)(?![\p{L}\p{N}])|${L}[\p{L}\p{N}]{0,11}(?:-${L}[\p{Lu}\p{N}Đ]{1,13})?)(/[a-z]{1,3})?` +
    String.raw`|[ ]?/[ ]?(?:((?:19|20)\d\d)[ ]?/(?:[ ](?=\p{Lu}[\p{Lu}\p{N}])|${WRAP})(${L}[\p{L}\p{N}]{0,9}(?:(?:${HY}|/)${WRAP}${L}(?:[\p{L}\p{N}]|${AMP}){0,14}){0,6})` +
    String.raw`|(${L}(?:[\p{L}]|&(?=${L})){0,6}${DEPT})(${HY}|[ ]?/[ ]?)${WRAP}(T\.[ƯW](?![\p{L}\p{N}])|${L}(?:[\p{L}\p{N}]|${AMP}){0,14}${DEPT}(?:(?:${HY})${WRAP}${L}(?:[\p{L}\p{N}]|${AMP}){0,13}${DEPT}){0,5})` +
    String.raw`|(${L}[\p{L}]{2,9}|CP|QH1\d)))${ID_END}`,
  'uy',
);
// A Party id with its hyphen lost, tried only where ID_AT found nothing and a capital follows the
// number (most numbers are dates and figures): 1 number, 2 the space, 3 type, 4 issuer, 5 suffix.
const GLUED_PARTY_AT = rx(String.raw`(\d{1,5})([ ]?)(${PARTY_TYPES})/(${L}[\p{L}\p{N}]{0,11})(/[a-z]{1,3})?${ID_END}`, 'uy');
// Ids with a separator swapped, tried only where ID_AT found nothing and a code follows the separator:
// a hyphen for the slash, "25-NQ-TW" (Party) and "182-QĐ-TTg" (state), and a space for the state hyphen,
// "673/QĐ TTg" (sixty-fifth to sixty-eighth outside probes: not read, so neither checked nor told); a stray slash before
// the first hyphen too, "09/-CT-TW", "130/-TB-TW" (hundred-and-ninety-fifth: not read).
// Known codes only, on both sides: "3-CV-TU" or "12/QĐ Về" must be more than a run of capitals.
// Groups: 1 number; 2 type and 3 issuer after a hyphen; 4 type and 5 issuer after a slash and a space.
const SWAPPED_AT = rx(
  String.raw`(\d{1,5})(?:\/?-(${PARTY_TYPES}|NĐ)-(${L}[\p{L}]{0,8})|/(${GLUED_TYPES.join('|')})[ ](${[...GLUED_ISSUERS].join('|')}))${ID_END}`,
  'uy',
);

// The year's slashes slipped in an id with a year: two slashes before it, "45//2022/NĐ-CP", or a space for the one after
// it, "08/2022 NĐ-CP" (hundred-and-eighty-fourth outside probe: neither read, so the decrees were neither checked nor
// told), or a hyphen, "168/2024-NĐ-CP" (two hundred and eighty-fifth: not read). Tried only where ID_AT found nothing; the symbol must be a known type code and issuer code, as glued symbols'
// are. Groups: 1 number; 2 the two slashes and 3 the year after them, or 4 the year and 5 the space or hyphen after it; 6 type,
// 7 issuer.
const YEAR_SLIP_TYPES = [...new Set(GLUED_PAIRS.flatMap(([types]) => types))];
const YEAR_SLIP_ISSUERS = GLUED_PAIRS.flatMap(([, issuers]) => [...issuers]).filter((x) => !PARTY_ISSUER_CODE.test(x));
const YEAR_SLIP_AT = rx(
  String.raw`(\d{1,5})(?:(//)((?:19|20)\d\d)/|/((?:19|20)\d\d)([ ]|-))(${YEAR_SLIP_TYPES.join('|')})-(${YEAR_SLIP_ISSUERS.join('|')})${ID_END}`,
  'uy',
);

// A Party id with its type code left out, the kind written before it: "Chỉ thị số 37/TW ngày 4/8/2009 của Bộ Chính trị"
// (two-hundred-and-ninth outside probe: not read, so neither checked nor told). The kind gives the code (TYPE_OF_KIND).
// And the National Assembly Standing Committee's resolutions, "Nghị quyết 1665/UBTVQH15" (three hundred and thirteenth outside
// probe: not read at all); they are numbered without their year, "1665/NQ-UBTVQH15".
const TYPELESS_AT = rx(String.raw`(\d{1,5})/(TW|TƯ|UBTVQH1\d)(?![\p{L}\p{N}])`, 'uy');
// The Party type code of each kind that has one (KIND_BY_CODE turned round; "Quy định" and "Quyết định" share "QĐ").
const TYPE_OF_KIND: Readonly<Record<string, string>> = Object.fromEntries(
  PARTY_TYPES.split('|').flatMap((code) => (KIND_BY_CODE[code] ? [[KIND_BY_CODE[code]!, code]] : [])).concat([['Quy định', 'QĐ']]),
);

// A state id with a space for the slash after its number: "QĐ số 318 QĐ-TTg ngày 8/3/2022" (two hundred and seventieth outside
// probe: not read, the decision went unchecked). Known type and issuer codes only, and only after a kind word (scanIds): "có 3
// TB-UBND" is a count. Groups: 1 number, 2 type, 3 issuer.
const NUMBER_SPACE_AT = rx(
  String.raw`(\d{1,5})[ ](${GLUED_TYPES.join('|')})-(${STATE_GLUED_ISSUERS.join('|')})${ID_END}`,
  'uy',
);
// The same numbers with a hyphen, as the gazette printed them before the mid-nineties: "Nghị định số 64-CP ngày 27/9/1993",
// "Quyết định số 132-HĐBT ngày 5 tháng 5 năm 1990 của Hội đồng Bộ trưởng" (two hundred and eighty-fourth outside probe: not
// read). Only after a kind of OLD_FORM_KINDS (scanIds). Groups: 1 number, 2 code.
const OLD_HYPHEN_AT = rx(String.raw`(\d{1,4}[A-Za-z]?)-(${OLD_STATE_SYMBOLS.join('|')})${ID_END}`, 'uy');

// The Government's resolutions on the business environment of 2014–2018, numbered with their year after a hyphen:
// "Nghị quyết số 19-2017/NQ-CP ngày 06/02/2017" (thirty-seventh session's probe 324: not read). Groups: 1 number, 2 year.
const YEAR_HYPHEN_AT = rx(String.raw`(\d{1,3})-((?:19|20)\d\d)/NQ-CP${ID_END}`, 'uy');

// A Party id all in small letters, as a copy lowered whole writes it: "chỉ thị số 06-ct/tw", "kết luận số 01-kl/tw" (two hundred
// and seventy-ninth outside probe: not read, so four citations went unchecked). Known type codes and the Central Committee's
// code only, and only after a kind word (scanIds): "3-kh/tw" alone is too little to trust. Groups: 1 number, 2 type, 3 issuer.
const LOWER_PARTY_AT = rx(String.raw`(\d{1,5})-(${PARTY_TYPES.toLowerCase()})/(tw|tư)(?![\p{L}\p{N}])`, 'uy');

// A letter's number whose symbol is its sender's code alone, no type code and no department: "Công văn số 123/UBND",
// "Văn bản số 1691/UBDNGS15" of a National Assembly committee, its term glued to its code (forty-eighth session's probe
// 454: not read, so its date went unchecked). Capitals only, and only after "Công văn", "Công điện" or "Văn bản" (scanIds):
// "số 12/UBND" alone may be anything. Groups: 1 number, 2 code.
const LETTER_CODE_AT = rx(String.raw`(\d{1,5})/(${L}[\p{Lu}Đ]{1,9}(?:1\d)?)${ID_END}`, 'uy');
// What a letter's number follows: its kind word or "Văn bản", with "số" and a colon or not.
export const LETTER_BEFORE = rx(String.raw`(?:^|[^\p{L}])(?:[Cc]ông\s{1,2}văn|[Cc]ông\s{1,2}điện|[Vv]ăn\s{1,2}bản)\s{1,2}(?:số\s{0,2}:?\s{0,2})?$`, 'u');
// Letters' kinds, as kindBefore answers them.
const LETTER_KINDS: ReadonlySet<string> = new Set(['Công văn', 'Công điện']);

// The issuer after a year's type code and a space, "165/2008/QĐ TTg": read on by scanIds.
const SPACED_ISSUER_AFTER = rx(String.raw`[ ](${[...GLUED_ISSUERS].join('|')})${ID_END}`, 'uy');

const SPLIT_JOINT = /^(NQ|TT)-LT(?=[-/])/u;
const JOINT_SLASH = /^(?:NQLT|TTLT)\/|^NQ\/ĐCT-/u;
/**
 * Small words a PDF copy glues to a symbol's end ("56/2012/NĐ-CPvà"), as one alternation (space-missing asks for the space);
 * and the first words of the next citation glued the same way, "51/2014/QH13Luật …", "…/NĐ-CPNghị định …" (thirty-sixth
 * session's probes 310, 314: read as the unknown id "…/QH13Luật").
 */
// And the verbs of a title or a clause after it: "205/2025/NĐ-CPsửa đổi" (forty-first session's probe 403: read as the unknown
// id "…/NĐ-CPsửa").
export const GLUED_AFTER_SYMBOL = 'và|của|về|ngày|Ngày|năm|Năm|số|Số|theo|tại|để|đã|được|do|trong|với|sửa|quy|hướng|thay|ban|có|Luật|Pháp|Nghị|Quyết|Chỉ|Thông|Căn|Điều';
// With a capital too: "104/2023/QH15Ngày 10/11/2023" (eighty-second outside probe).
// The Prime Minister's code ends in a small letter ("31/2017/QĐ-TTgngày"; hundred-and-forty-sixth outside probe: read as the
// id "…-TTgngày", unknown).
const GLUED_STATE_WORD = new RegExp(`^(.*(?:[A-ZĐ0-9]|TTg))(${GLUED_AFTER_SYMBOL})$`, 'u');
const GLUED_CAPS_WORD = /^(.+?)(CỦA|VỀ|NGÀY)$/u;
const SPACED_WORD = /^(.+?)(\s{1,2}[-–]\s{1,2}[A-ZĐ]*[^\x00-\x7FĐ\s][^\s]*)$/u;
const FOOTNOTE_AFTER_CODE = /^(TW|TƯ|TU|HU|ĐU|ĐUK)(\d{1,2})$/u;
const GLUED_WORD = rx(String.raw`^([\p{Lu}Đ]{2,}?)(\p{Lu}[\p{Ll}\p{M}]{2,})$`, 'u');
// The Central Committee's code as older texts and some writers put it: "30-CT/T.Ư", "25-NQ/TƯ".
// The official id is "…/TW" (Hướng dẫn 36-HD/VPTW); the text keeps its own form (idText).
const CENTRAL_CODE: Readonly<Record<string, string>> = { TƯ: 'TW', 'T.Ư': 'TW', 'T.W': 'TW' };
// The same code in small letters, as some copies have it ("Quyết định số 46-QĐ/tw"; hundred-and-fifty-ninth outside probe:
// not read at all): read as "TW", and told as a code in the wrong case.
const CENTRAL_CODE_LOWER: Readonly<Record<string, string>> = { tw: 'TW', tư: 'TW' };
// The National Assembly's code with its term ("QH14"), not its Standing Committee's ("UBTVQH14", whose resolutions carry "NQ-").
const NA_TERM_CODE = /^QH1\d$/u;
// Digits after the Government's or the Prime Minister's code, which carries none: a glued footnote (group 1 the code).
const GLUED_DIGITS = /^(CP|TTg)(\d{1,2})$/u;
// The symbols of numbers with no type code (see idDraft).
const OLD_STATE_SYMBOL: ReadonlySet<string> = new Set(OLD_STATE_SYMBOLS);
// The kinds numbered that way.
const OLD_FORM_KINDS = new Set(['Nghị định', 'Nghị quyết', 'Quyết định', 'Chỉ thị', 'Thông tư']);
// The National Assembly Standing Committee's code with its term ("UBTVQH14").
const STANDING_COMMITTEE = /^UBTVQH1\d$/u;
// A steering committee's code ("BCĐTW", "BCĐ…"): the state's central ones write their ids in the state order.
const STEERING_CODE = /^BCĐ/u;

/** The first offset ≥ `from` where a run of ASCII digits starts, or -1. */
function nextNumberStart(t: string, from: number): number {
  for (let i = from; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (isDigit(c) && (i === 0 || !isDigit(t.charCodeAt(i - 1)))) return i;
  }
  return -1;
}

/** The end of the run of ASCII digits at `s`. */
function digitsEnd(t: string, s: number): number {
  let i = s;
  while (i < t.length && isDigit(t.charCodeAt(i))) i++;
  return i;
}

// A lower-case letter outside ASCII: "Sở", "Bộ" are words, while "Đ" (U+0110, upper case) is part
// of codes such as "QHĐP", "ĐT", "BCĐ".
const VIETNAMESE_LOWER = rx(String.raw`(?![a-z])\p{Ll}`, 'u');
// Spaces inside an id other than a line wrap: "71/NQ -CP", "30 /2020/NĐ-CP".
const SPACED = /[ ](?![ ]{0,2}\n)(?<!\n[ ]{0,24})/;

/** The draft of an id matched by ID_AT at `s`, or null when its form is not trusted. */
function idDraft(s: number, m: RegExpExecArray): Draft | null {
  // A dotted number ("66.17/2026/NQ-CP") occurs with a year only; "004.5N/BCB-NV" codes a table.
  if (m[7] === undefined && m[1]!.includes('.')) return null;
  if (m[4] !== undefined) {
    // A footnote's number glued to the symbol ("30-CT/TW1"; sixth outside probe): a Party issuer
    // code never ends in a digit, so the digits are the footnote's and stay outside the id.
    const footnote = m[6] === undefined ? FOOTNOTE_AFTER_CODE.exec(m[5]!) : null;
    // A word glued to the code by a PDF copy ("02-KH/BCĐTWNgày đăng"; seventh outside probe): codes
    // are capitals, so a capital followed by small letters after them starts the next word.
    // (Tried only when the code ends in a small letter: codes end in a capital or a digit.)
    const last = m[5]!.charCodeAt(m[5]!.length - 1);
    // A small word glued the same way ("47 - QĐ/TWcủa BCH"; twenty-eighth outside probe) likewise.
    let word = footnote || m[6] !== undefined || isUpperCode(last) || isDigit(last) ? null : GLUED_WORD.exec(m[5]!) ?? GLUED_STATE_WORD.exec(m[5]!);
    // A title in capitals glued the same way: "KẾT LUẬN SỐ 60-KL/TWCỦA BỘ CHÍNH TRỊ" (two-hundred-and-third outside probe:
    // read as the code "TWCỦA").
    if (!word && !footnote && m[6] === undefined) {
      const caps = GLUED_CAPS_WORD.exec(m[5]!);
      if (caps && PARTY_ISSUER_CODE.test(CENTRAL_CODE[caps[1]!] ?? caps[1]!)) word = caps;
    }
    const d = blank(s, s + m[0].length - (footnote ? footnote[2]!.length : word ? word[2]!.length : 0), 'party');
    d.number = m[1]!;
    d.typeCode = m[4];
    const code = footnote ? footnote[1]! : word ? word[1]! : m[5]!;
    d.issuerCode = CENTRAL_CODE[code] ?? CENTRAL_CODE_LOWER[code] ?? code;
    d.suffix = m[6] ?? null;
    if (CENTRAL_CODE_LOWER[code]) d.malformed = 'case';
    // A line break after the hyphen (and the next line's indent) is a wrap, not a spacing error.
    if (m[2]!.length + m[3]!.length > 0 && (m[2]!.includes(' ') || (m[3]!.includes(' ') && !m[3]!.includes('\n')) || m[2]!.includes('\n'))) d.malformed = 'spacing';
    // A state body's code: the state id written Party-style, read (and looked up) as the state id.
    // Not a "CV": a state công văn carries no type code (Nghị định 30/2020/NĐ-CP), so "571-CV/UBND" is no state id
    // written backwards but a Party letter (here the Ban cán sự đảng's, its body mistyped; fifty-third outside
    // probe: told to write "571/CV-UBND", itself no valid form).
    if (d.suffix === null && STATE_ISSUER_CODE.test(d.issuerCode) && d.typeCode !== 'CV') {
      d.style = 'state';
      d.malformed = 'party-order';
    }
    // "QĐI" in a title in capitals is "QĐi" (ninth outside probe: "QUY ĐỊNH SỐ 07-QĐI/TW" was
    // told its code did not fit its kind).
    mixedCase(d);
    return d;
  }
  if (m[7] !== undefined) {
    // A word glued to the symbol by a PDF copy ("56/2012/NĐ-CPvà kiến nghị"; fourteenth outside
    // probe): codes end in a capital or a digit, so a common word after them is the next word.
    // And a heading's spaced dash before its next word in capitals: "NGHỊ ĐỊNH 40/2020/NĐ-CP - PHÂN LOẠI DỰ ÁN" (two hundred
    // and twenty-seventh outside probe: read as the symbol "NĐ-CP-PHÂN"). Codes are ASCII capitals, digits and Đ.
    const word = GLUED_STATE_WORD.exec(m[8]!) ?? (m[8]!.includes(' ') ? SPACED_WORD.exec(m[8]!) : null);
    const d = blank(s, s + m[0].length - (word ? word[2]!.length : 0), 'state');
    d.number = m[1]!;
    d.idYear = +m[7];
    const sym = noSpace(word ? word[1]! : m[8]!);
    // The type code ends at the first hyphen, or at a slash some ids have there ("01/2014/NQLT/CP-UBTƯMTTQVN",
    // and "102/2025/NQLT/UBTVQH15-CP-…" as some write "…/NQLT-UBTVQH15-…"): NQLT, not "NQLT/UBTVQH15",
    // which was told it did not fit "Nghị quyết liên tịch".
    // "19/2008/NQ-LT/CP-UBTUMTTQVN": a joint code written with a hyphen inside it is the joint code
    // (fifty-seventh outside probe: read as "NQ", a Nghị quyết liên tịch was told it had a plain
    // resolution's symbol).
    const joint = SPLIT_JOINT.exec(sym);
    const dash = joint ? joint[0].length : sym.search(/[-/]/u);
    d.typeCode = joint ? `${joint[1]}LT` : dash >= 0 ? sym.slice(0, dash) : null;
    d.issuerCode = dash >= 0 ? sym.slice(dash + 1) : sym;
    if (dash >= 0 && sym.charCodeAt(dash) === 47) d.typeSlash = true; // the id keeps it as written
    // A footnote's or list's number glued to a code that never carries digits: "146/2018/NĐ-CP1" (two hundred and
    // nineteenth outside probe: read as the unknown "NĐ-CP1").
    const footnote = d.typeCode && !word && isDigit(d.issuerCode.charCodeAt(d.issuerCode.length - 1)) ? GLUED_DIGITS.exec(d.issuerCode) : null;
    if (footnote) {
      d.issuerCode = footnote[1]!;
      d.end -= footnote[2]!.length;
      d.fullEnd = d.end;
    }
    if (SPACED.test(word ? m[0].slice(0, m[0].length - word[2]!.length) : m[0])) d.malformed = 'spacing';
    // "61/2018/NĐCP", "01/2018/TTVPCP": the hyphen lost between known codes (a law's "QH15" is
    // one code and never splits).
    const glued = dash < 0 ? splitGlued(sym) : null;
    if (glued) {
      d.typeCode = glued[0];
      d.issuerCode = glued[1];
      d.malformed = 'hyphen';
    }
    // A National Assembly resolution's number carries no type code ("54/2017/QH14"); writers add the Government's "NQ-"
    // ("Nghị quyết số 54/2017/NQ-QH14"; hundred-and-ninety-seventh outside probe: unknown, nothing said of the form).
    if (d.typeCode === 'NQ' && d.issuerCode && NA_TERM_CODE.test(d.issuerCode)) {
      d.typeCode = null;
      // Only from 2002 on: no source read gives the form of the Assembly's resolutions of the 1990s, and "13/1998/NQ-QH10"
      // is how pages write one of 1998 (three hundred and sixty-sixth outside probe: a warning no source settled).
      if (d.idYear === null || d.idYear >= 2002) d.malformed = 'na-type';
    }
    mixedCase(d);
    return d;
  }
  if (m[12] !== undefined) {
    // The Government's and the Prime Minister's numbers before 2001 had no type code: "Nghị định số 19/CP" of 16/2/1995,
    // "Chỉ thị số 406/TTg" (two hundred and nineteenth outside probe: not read).
    // The National Assembly's resolution with its year left out: "Nghị quyết số 15/QH12 ngày 29/5/2008" (two hundred and
    // eightieth outside probe: not read); looked up as a number without its year (corpus-index, byIdWithYear).
    // Not a year before it: "Nghị quyết số: /\n2017/QH14", a draft's blank number (two hundred and thirty-seventh outside probe).
    if (OLD_STATE_SYMBOL.has(m[12]) || (NA_TERM_CODE.test(m[12]) && m[1]!.length <= 3)) {
      const d = blank(s, s + m[0].length, 'state');
      d.number = m[1]!;
      d.issuerCode = m[12];
      return d;
    }
    // "27/CTTg": accepted only when the letters are a known type code glued to a known issuer.
    const split = splitGlued(m[12]);
    if (!split) return null;
    const d = blank(s, s + m[0].length, 'state');
    d.number = m[1]!;
    d.typeCode = split[0];
    d.issuerCode = split[1];
    d.malformed = 'hyphen';
    if (PARTY_ISSUER_CODE.test(d.issuerCode)) d.style = 'party';
    return d;
  }
  // Symbol parts are codes in capitals (with ASCII exceptions: TTg, CTr, QyĐ); a part with a
  // Vietnamese lower-case letter is a word: "105/LĐVL-Sở", "107/LĐVL-Bộ" code a statistics form.
  // A common word glued to the issuer's code by a copy is the next word: "Chỉ thị 666/CT-BGDĐTngày 24/8/2020" (fortieth
  // session's probe 390: not read).
  const glued = VIETNAMESE_LOWER.test(m[11]!) ? GLUED_STATE_WORD.exec(m[11]!) : null;
  const rest = glued ? glued[1]! : m[11]!;
  const whole = glued ? m[0].slice(0, m[0].length - glued[2]!.length) : m[0];
  if (VIETNAMESE_LOWER.test(rest)) return null;
  const d = blank(s, s + whole.length, 'state');
  d.number = m[1]!;
  d.typeCode = m[9]!;
  // "36/NQ-T.Ư": the Central Committee's code as older texts write it, in the state order (hundred-and-sixty-sixth outside
  // probe: cut to "36/NQ-T", told unknown).
  d.issuerCode = CENTRAL_CODE[noSpace(rest)] ?? noSpace(rest);
  const sep = m[10]!.trim();
  // A space by the slash ("42/NQ /TW", "47/HD /BTCTW"; hundred-and-seventy-sixth outside probe: not read) only in a Party
  // id written state-style: "12/QĐ /ABC" is too odd to trust.
  const spacedSlash = sep === '/' && m[10]!.length > 1;
  if (spacedSlash && !(PARTY_ISSUER_CODE.test(d.issuerCode) && PARTY_TYPE.test(d.typeCode))) return null;
  // A central steering committee of the state writes its ids in the state order ("01/QĐ-BCĐTW" of the Ban Chỉ đạo
  // Trung ương các chương trình mục tiêu quốc gia; forty-ninth outside probe: told to write "01-QĐ/BCĐTW").
  // Only a Party type code makes it a Party id: "319/VTLTNN-NVTW" is a letter of the State Records and Archives Department
  // (its unit "Nghiệp vụ Trung ương"; hundred-and-thirty-eighth outside probe: told to write "319-VTLTNN/NVTW").
  if (PARTY_ISSUER_CODE.test(d.issuerCode) && PARTY_TYPE.test(d.typeCode) && !(sep === '-' && STEERING_CODE.test(d.issuerCode))) {
    d.style = 'party';
    d.malformed = sep === '/' ? 'slash' : 'state-order';
  } else if (SPACED.test(whole)) {
    d.malformed = 'spacing';
  } else if (sep === '/' && GLUED_TYPES.includes(d.typeCode) && (GLUED_ISSUERS.has(d.issuerCode) || STANDING_COMMITTEE.test(d.issuerCode))) {
    // "284/QĐ/TTg", "71/NQ/CP": a known type code and a state issuer's, the hyphen written as a slash (seventieth outside
    // probe: not read, so the Book Day decision's swapped day and month went unseen), and "655/NQ/UBTVQH14" (hundred-and-
    // seventy-third: not read).
    d.malformed = 'slash';
  } else if (sep === '/' && !JOINT_SLASH.test(`${d.typeCode}/${d.issuerCode}`)) {
    // "5973/UBND-KT"-like ids never use two slashes; "12/QĐ/ABC" is too odd to trust. Joint resolutions and the
    // Front's presidium do: "88/NQLT/CP-ĐCTUBTWMTTQVN", "04/NQ/ĐCT-MTTW" (fifty-seventh and fifty-eighth outside
    // probes: not read at all).
    return null;
  } else if (sep === '/') {
    d.typeSlash = true;
  }
  mixedCase(d);
  return d;
}

/** "25-NQ-TW", "182-QĐ-TTg", "673/QĐ TTg" matched by SWAPPED_AT at `s`, when the issuer's code tells Party from state. */
function swappedDraft(s: number, m: RegExpExecArray): Draft | null {
  const d = blank(s, s + m[0].length, 'state');
  d.number = m[1]!;
  if (m[4] !== undefined) {
    // "12/QĐ TW" would be a Party id in the state order with a space: too far from any form to trust.
    if (PARTY_ISSUER_CODE.test(m[5]!)) return null;
    d.typeCode = m[4];
    d.issuerCode = m[5]!;
    d.malformed = 'hyphen';
    return d;
  }
  const issuer = CENTRAL_CODE[m[3]!] ?? m[3]!;
  if (GLUED_PARTY_ISSUER.test(issuer)) d.style = 'party';
  else if (!STATE_ISSUER_CODE.test(issuer)) return null;
  d.typeCode = m[2]!;
  d.issuerCode = issuer;
  d.malformed = 'dash';
  mixedCase(d);
  return d;
}

/** "318 QĐ-TTg" matched by NUMBER_SPACE_AT at `s`. */
function numberSpaceDraft(s: number, m: RegExpExecArray): Draft {
  const d = blank(s, s + m[0].length, 'state');
  d.number = m[1]!;
  d.typeCode = m[2]!;
  d.issuerCode = m[3]!;
  d.malformed = 'number-slash';
  return d;
}

/** "64-CP", "132-HĐBT" matched by OLD_HYPHEN_AT at `s`, the id as written (the corpus finds either spelling; respelled). */
function oldHyphenDraft(s: number, m: RegExpExecArray): Draft {
  const d = blank(s, s + m[0].length, 'state');
  d.number = m[1]!;
  d.issuerCode = m[2]!;
  d.numberDash = true;
  return d;
}

/** "19-2017/NQ-CP" matched by YEAR_HYPHEN_AT at `s`: the number is "19-2017", as the resolution's own header prints it. */
function yearHyphenDraft(s: number, m: RegExpExecArray): Draft {
  const d = blank(s, s + m[0].length, 'state');
  d.number = `${m[1]}-${m[2]}`;
  d.typeCode = 'NQ';
  d.issuerCode = 'CP';
  return d;
}

/** "06-ct/tw" matched by LOWER_PARTY_AT at `s`: the codes in their official case, the id marked as written in the wrong case. */
function lowerDraft(s: number, m: RegExpExecArray): Draft {
  const d = blank(s, s + m[0].length, 'party');
  d.number = m[1]!;
  const type = m[2]!.toUpperCase();
  d.typeCode = MIXED_CASE[type] ?? type;
  d.issuerCode = CENTRAL_CODE_LOWER[m[3]!]!;
  d.malformed = 'case';
  return d;
}

/** "165/2008/QĐ TTg": the state issuer after the type code and a space, taken into the id. */
function spacedIssuer(t: string, d: Draft): void {
  SPACED_ISSUER_AFTER.lastIndex = d.end;
  const m = SPACED_ISSUER_AFTER.exec(t);
  if (!m || PARTY_ISSUER_CODE.test(m[1]!)) return;
  d.typeCode = d.issuerCode;
  d.issuerCode = m[1]!;
  d.end += m[0].length;
  d.malformed = 'hyphen';
}

// The National Assembly's term cut from its code by a hyphen or a space: "163/2024/QH-15", "38/2019/QH 14" (eighty-second
// outside probe: read as "…/QH", neither resolved nor told).
// … or in Roman figures after a space, "34/2007/PL-UBTVQH XI" (two hundred and fourteenth outside probe: read as
// "…/PL-UBTVQH", told unknown though the corpus holds 34/2007/PL-UBTVQH11).
const SPACED_TERM_AFTER = rx(String.raw`(?:[ ]?-[ ]?|[ ])(\d{2})(?![\p{L}\p{N}])|[ ]([IVX]{1,5})(?![\p{L}\p{N}])`, 'uy');

// … or split inside its digits, as a PDF's copy spaces them: "Luật Đầu tư công số 58/2024/QH1 5" (probes 402 and 453: read as
// "…/QH1", the term's last digit left over).
/** The Assembly's codes spacedTerm reads on from: the term left off, or cut to its first digit. */
const TERM_LEFT_OFF = /^(?:UBTV)?QH1?$/u;
const SPLIT_DIGIT_AFTER = rx(String.raw`[ ](\d)(?![\p{L}\p{N}])`, 'uy');

/** "163/2024/QH-15", "58/2024/QH1 5": the term read on into the code, and the id told as badly spaced. */
function spacedTerm(t: string, d: Draft): void {
  const split = d.issuerCode!.endsWith('QH1');
  const re = split ? SPLIT_DIGIT_AFTER : SPACED_TERM_AFTER;
  re.lastIndex = d.end;
  const m = re.exec(t);
  if (!m) return;
  const term = split ? `1${m[1]}` : m[1] ?? String(romanValue(m[2]!) ?? 0);
  // The National Assembly's terms since the first to be numbered in its codes (QH10 … QH16).
  if (+term < 9 || +term > 16) return;
  d.issuerCode = `${split ? d.issuerCode!.slice(0, -1) : d.issuerCode}${term}`;
  d.end += m[0].length;
  d.malformed = 'term-split';
}

/** "45//2022/NĐ-CP", "08/2022 NĐ-CP" matched by YEAR_SLIP_AT at `s`. */
function yearSlipDraft(s: number, m: RegExpExecArray): Draft {
  const d = blank(s, s + m[0].length, 'state');
  d.number = m[1]!;
  d.idYear = +(m[3] ?? m[4]!);
  d.typeCode = m[6]!;
  d.issuerCode = m[7]!;
  d.malformed = m[2] !== undefined ? 'double-slash' : 'year-slash';
  return d;
}

/** "123/UBND" matched by LETTER_CODE_AT at `s`: the sender's code alone. */
function letterDraft(s: number, m: RegExpExecArray): Draft {
  const d = blank(s, s + m[0].length, 'state');
  d.number = m[1]!;
  d.issuerCode = m[2]!;
  return d;
}

/** "37/TW" matched by TYPELESS_AT at `s`: the type code comes from the kind before it (scanIds). */
function typelessDraft(s: number, m: RegExpExecArray): Draft {
  const standing = m[2]!.startsWith('U');
  const d = blank(s, s + m[0].length, standing ? 'state' : 'party');
  d.number = m[1]!;
  d.issuerCode = standing ? m[2]! : 'TW';
  d.malformed = 'type-missing';
  return d;
}

/** "57NQ/TW", "298 KH/TWĐTN" matched by GLUED_PARTY_AT at `s`: only with a Party issuer. */
function gluedDraft(s: number, m: RegExpExecArray): Draft | null {
  if (!GLUED_PARTY_ISSUER.test(m[4]!)) return null;
  const d = blank(s, s + m[0].length, 'party');
  d.number = m[1]!;
  d.typeCode = m[3]!;
  d.issuerCode = CENTRAL_CODE[m[4]!] ?? m[4]!;
  d.suffix = m[5] ?? null;
  d.malformed = 'hyphen';
  return d;
}

// Codes whose official form mixes cases (Nghị định 30/2020/NĐ-CP, Phụ lục III; the Party's "QĐi",
// Hướng dẫn 36-HD/VPTW), as writers put them in capitals: "101/QĐ-TTG" is "101/QĐ-TTg".
const MIXED_CASE: Readonly<Record<string, string>> = { TTG: 'TTg', TTR: 'TTr', CTR: 'CTr', QĐI: 'QĐi' };

/** A symbol's code in capitals where the official form mixes cases: corrected, and the id marked. */
function mixedCase(d: Draft): void {
  const type = d.typeCode && MIXED_CASE[d.typeCode];
  const issuer = d.issuerCode && MIXED_CASE[d.issuerCode];
  if (!type && !issuer) return;
  if (type) d.typeCode = type;
  if (issuer) d.issuerCode = issuer;
  d.malformed ??= 'case';
}

/** A glued symbol split into a type code and an issuer code it is known to pair with, or null. */
function splitGlued(s: string): readonly [string, string] | null {
  const known = GLUED_FORMS[s];
  if (known) return known;
  for (const [types, issuers] of GLUED_PAIRS)
    for (const type of types) if (s.length > type.length && s.startsWith(type) && issuers.has(s.slice(type.length))) return [type, s.slice(type.length)];
  return null;
}

/** Without its line breaks and spaces (a wrapped symbol), cheaply when there are none. */
function noSpace(s: string): string {
  return s.includes('\n') || s.includes(' ') ? s.replace(/\s+/g, '') : s;
}

/** Whether an id may start at `s`: not inside a word or a longer number ("số31" is allowed). */
function idMayStart(t: string, s: number): boolean {
  if (s === 0) return true;
  const c = t.charCodeAt(s - 1);
  // Not after / - . nor inside a URL (%20, =, &).
  if (c === 47 || c === 45 || c === 46 || c === 37 || c === 61 || c === 38) return false;
  if (!isWordChar(c)) return true;
  // "số31-QĐ/TW": a space lost in PDF extraction.
  if (s >= 2 && t.slice(s - 2, s).toLowerCase() === 'số' && (s === 2 || !isWordChar(t.charCodeAt(s - 3)))) return true;
  // Or after the kind word: "Nghị quyết72-NQ/TW" (fifty-third session's probe 498: not read).
  return KIND_GLUED.test(t.slice(Math.max(0, s - 24), s));
}

// A document kind ending right before a number, as a word of its own.
const KIND_GLUED = rx(String.raw`(?<![\p{L}\p{N}])(?:${KIND_ALTERNATION})$`, 'iu');

/**
 * The length of a Party type code glued before an id's number, "NQ57-NQ/TW" as a ward's portal heads a text (two hundred and
 * sixty-eighth outside probe: not read), the code a word of its own; 0 when there is none. The id must then carry the same code.
 */
function codeBefore(t: string, s: number): number {
  let a = s;
  while (a > 0 && s - a <= 3 && isUpperCode(t.charCodeAt(a - 1))) a--;
  if (s - a < 2 || s - a > 3 || (a > 0 && isWordChar(t.charCodeAt(a - 1)))) return 0;
  return s - a;
}

type DraftMaker = (s: number, m: RegExpExecArray) => Draft | null;

// The forms tried in order where ID_AT found nothing, by what follows the number: a capital after a space or at once, a code
// after a hyphen or a slash, a small letter after a hyphen, a slash then a slash or a digit.
const UPPER_AFTER: readonly (readonly [RegExp, DraftMaker])[] = [[GLUED_PARTY_AT, gluedDraft]];
const UPPER_AFTER_SPACE: readonly (readonly [RegExp, DraftMaker])[] = [[GLUED_PARTY_AT, gluedDraft], [NUMBER_SPACE_AT, numberSpaceDraft]];
const CODE_AFTER_HYPHEN: readonly (readonly [RegExp, DraftMaker])[] = [[SWAPPED_AT, swappedDraft], [OLD_HYPHEN_AT, oldHyphenDraft]];
const CODE_AFTER_SLASH: readonly (readonly [RegExp, DraftMaker])[] = [[SWAPPED_AT, swappedDraft], [TYPELESS_AT, typelessDraft], [LETTER_CODE_AT, letterDraft]];
const LOWER_AFTER_HYPHEN: readonly (readonly [RegExp, DraftMaker])[] = [[LOWER_PARTY_AT, lowerDraft]];
const YEAR_AFTER_SLASH: readonly (readonly [RegExp, DraftMaker])[] = [[YEAR_SLIP_AT, yearSlipDraft]];
const YEAR_AFTER_HYPHEN: readonly (readonly [RegExp, DraftMaker])[] = [[YEAR_HYPHEN_AT, yearHyphenDraft]];
// Forms read only after a kind word or its abbreviation ("QĐ số 318 QĐ-TTg"): alone they are too little to trust.
const KIND_OR_ABBREVIATION: ReadonlySet<DraftMaker> = new Set([lowerDraft, numberSpaceDraft]);

/** The first of `forms` matching at `s`, with its draft maker; null when none does. */
function tryForms(t: string, s: number, forms: readonly (readonly [RegExp, DraftMaker])[]): { m: RegExpExecArray; make: DraftMaker } | null {
  for (let i = 0; i < forms.length; i++) {
    const re = forms[i]![0];
    re.lastIndex = s;
    const m = re.exec(t);
    if (m) return { m, make: forms[i]![1] };
  }
  return null;
}

/** Every id in the text, in order; `ownNumber` is the original offset of the report's own number. */
export function scanIds(nt: NormalizedText, ownNumber: number): Draft[] {
  const t = nt.text;
  const ids: Draft[] = [];
  let floor = 0;
  let from = 0;
  for (;;) {
    // The pattern is tried where a number starts, not at each of its digits: a match inside a number
    // is refused anyway (idMayStart), and a scanning expression tried every digit of every date and
    // figure, most of the reader's time in scanIds.
    const s = nextNumberStart(t, from);
    if (s < 0) break;
    ID_AT.lastIndex = s;
    let cm = ID_AT.exec(t);
    // The form tried where ID_AT found nothing, by what follows the number; its draft maker tells the rest which it was.
    let make: DraftMaker = idDraft;
    if (!cm) {
      // A number's letter suffix before a hyphen belongs to the number: "Quyết định số 64B-HĐBT" (probe 327: not read).
      const d0 = digitsEnd(t, s);
      const e = isAsciiLetter(t.charCodeAt(d0)) && t.charCodeAt(d0 + 1) === 45 ? d0 + 1 : d0;
      const sep = t.charCodeAt(e);
      const next = t.charCodeAt(sep === 32 ? e + 1 : e);
      const fallback = isUpperCode(next)
        ? tryForms(t, s, sep === 32 ? UPPER_AFTER_SPACE : UPPER_AFTER)
        : (sep === 45 || sep === 47) && (isUpperCode(t.charCodeAt(e + 1)) || (sep === 47 && t.charCodeAt(e + 1) === 45 && isUpperCode(t.charCodeAt(e + 2))))
          ? tryForms(t, s, sep === 45 ? CODE_AFTER_HYPHEN : CODE_AFTER_SLASH)
          : sep === 45 && isLowerLetter(t.charCodeAt(e + 1))
            ? tryForms(t, s, LOWER_AFTER_HYPHEN)
            : sep === 47 && (t.charCodeAt(e + 1) === 47 || isDigit(t.charCodeAt(e + 1)))
              ? tryForms(t, s, YEAR_AFTER_SLASH)
              : sep === 45 && isDigit(t.charCodeAt(e + 1))
                ? tryForms(t, s, YEAR_AFTER_HYPHEN)
                : null;
      if (!fallback) {
        from = e;
        continue;
      }
      cm = fallback.m;
      make = fallback.make;
    }
    from = s + cm[0].length;
    // Spaces inside an id may hold a line break, never a blank line: nothing is read across a
    // paragraph (core/blocks.ts analyses paragraphs apart). Checked on the match: a look-ahead in
    // the pattern cost a quarter of the reader's time.
    const mayStart = idMayStart(t, s);
    const glue = mayStart ? 0 : codeBefore(t, s);
    // The main form called directly: nearly every id is one.
    let d = (mayStart || glue > 0) && !hasBlankLine(cm[0]) ? (make === idDraft ? idDraft(s, cm) : make(s, cm)) : null;
    if (d && glue > 0 && (d.style !== 'party' || t.slice(s - glue, s) !== d.typeCode)) d = null;
    // A run of capitals that is no known glued symbol ("123/UBND") may still be a letter's number: its sender's code.
    if (!d && make === idDraft && cm[12] !== undefined && mayStart) {
      LETTER_CODE_AT.lastIndex = s;
      const lm = LETTER_CODE_AT.exec(t);
      if (lm) {
        cm = lm;
        make = letterDraft;
        d = letterDraft(s, lm);
      }
    }
    if (!d) {
      // Not an id here: look again right after the number (a later part may start one).
      from = s + cm[1]!.length;
      continue;
    }
    if (d.idYear !== null && d.typeCode === null && d.issuerCode && GLUED_TYPES.includes(d.issuerCode)) spacedIssuer(t, d);
    if (d.idYear !== null && d.issuerCode && TERM_LEFT_OFF.test(d.issuerCode)) spacedTerm(t, d);
    if (ownNumber >= 0 && nt.toOriginal(s) === ownNumber) {
      floor = d.end;
      continue; // the report's own "Số 45-BC/…"
    }
    d.idStart = s;
    d.idEnd = d.end;
    const k = kindBefore(t, s, floor, true);
    if (k === FORM) continue;
    // "298 KH/TWĐTN" is an id only after its kind word ("Kế hoạch số 298 KH/TWĐTN"): a figure
    // before a code ("có 3 CV/TU", "năm 2019 QĐ/TW") is not.
    if (make === gluedDraft && cm[2] && !k?.kind) continue;
    if (KIND_OR_ABBREVIATION.has(make) && !k?.kind && !abbreviatedKind(t, s, floor, d.typeCode!, d.style)) continue;
    if (make === letterDraft && !(k?.kind ? LETTER_KINDS.has(k.kind) : LETTER_BEFORE.test(t.slice(Math.max(floor, s - 24), s)))) continue;
    // So is a number with no type code before "CP" or "TTg" ("Nghị định số 19/CP"): "3/CP" alone is no id, and "Đề án 06/CP"
    // is the project's name, not a number (its decision is 06/QĐ-TTg).
    if (d.typeCode === null && d.idYear === null && d.issuerCode !== null && OLD_STATE_SYMBOL.has(d.issuerCode) && !(k?.kind && OLD_FORM_KINDS.has(k.kind))) continue;
    // A typeless id is one only after a kind that has a Party code, which it takes.
    if (make === typelessDraft) {
      const code = d.style === 'state' ? (k?.kind === 'Nghị quyết' ? 'NQ' : undefined) : k?.kind ? TYPE_OF_KIND[k.kind] : undefined;
      if (!code) continue;
      d.typeCode = code;
    }
    if (k) {
      d.start = k.start;
      if (k.kind) {
        d.kind = k.kind;
        d.kindWritten = true;
        d.kindStart = k.kindStart;
        d.kindEnd = k.kindEnd;
        d.name = k.name;
        // A compound kind whose head does not fit the symbol takes the other word.
        if (k.alt && d.typeCode && !kindFits(k.kind, d.typeCode) && kindFits(k.alt, d.typeCode)) d.kind = k.alt;
      }
    }
    if (!d.kind && d.typeCode) {
      const ab = abbreviatedKind(t, s, floor, d.typeCode, d.style);
      if (ab) {
        d.kind = ab.kind;
        d.start = ab.start;
        d.kindStart = ab.start;
        d.kindEnd = ab.end;
      }
    }
    // "NQ57-NQ/TW": the glued code stands for the kind.
    if (glue > 0 && !d.kind && KIND_BY_CODE[d.typeCode!]) Object.assign(d, { kind: KIND_BY_CODE[d.typeCode!], start: s - glue, kindStart: s - glue, kindEnd: s });
    // "Luật Hải quan 54/2014/QH13": a law's name right before its number, without "số".
    if (!d.kind && d.issuerCode && /^QH\d{1,2}$/u.test(d.issuerCode) && !d.typeCode) {
      const from = Math.max(floor, s - 200);
      const m = NAMED_LAW_BEFORE_ID.exec(t.slice(from, s));
      if (m) {
        const ks = from + m.index;
        const nameStart = ks + m[1]!.length + (m[2]!.length - m[2]!.trimStart().length);
        Object.assign(d, { start: ks, kind: canonicalKind(m[1]!), kindWritten: true, kindStart: ks, kindEnd: ks + m[1]!.length, name: { start: nameStart, end: nameStart + m[2]!.trim().length } });
      }
    }
    // No kind word here: a list member takes its kind later; otherwise the code may imply it.
    if (!d.kind && d.typeCode && KIND_BY_CODE[d.typeCode]) d.kind = KIND_BY_CODE[d.typeCode]!;
    ids.push(d);
    floor = d.end;
  }
  return ids;
}
