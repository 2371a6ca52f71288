// Stage 3: Party documents named without a number: plenum and congress resolutions (national or
// local), the Party's Charter and its Platform. Laws by name are in laws.ts.

import { ORDINAL_WORDS } from '../patterns';
import { romanValue, toRoman } from '../terms';
import * as textHelpers from './text';
import type { Draft } from './types';
import * as drafts from './types';
import { rx } from '../../text/letters';

// Helpers bound once: run through tsx (tests, benches), each call through an import is a getter call.
const { isWordChar } = textHelpers;
const { blank } = drafts;

// Ordinal words only after "lần thứ": "Nghị quyết Trung ương năm 2020" is not plenum 5.
const ORD_NUM = String.raw`(?:\d{1,2}|[IVXL]{1,6})`;
const ORD = String.raw`(?:${ORD_NUM}|${Object.keys(ORDINAL_WORDS).sort((a, b) => b.length - a.length).join('|')})`;
// With a capital too, "Nghị quyết Trung ương 4 (Khóa XI)" (hundred-and-thirty-fourth outside probe: not resolved).
export const TERM_WORD = String.raw`(?:khóa|khoá|Khóa|Khoá|KHÓA|KHOÁ)`;
// "Nghị quyết" in any case ("các nghị quyết Hội nghị Trung ương 6"), the Party's Charter and
// Platform, each found by its own scan: one alternation of all six spellings costs three times
// as much on the gazette, and "Cương" is found fastest from its rare second word.
const NQ_SCAN = /[Nn]ghị\s{1,2}quyết|NGHỊ\s{1,2}QUYẾT/g;
// The press's "NQ" before the Central Committee or its plenum ("NQTW7", "NQ TW lần thứ 7").
const NQ_ABBR_SCAN = /NQ(?=\s{0,2}(?:TW|TƯ|T\.\s?Ư|Trung|Hội))/g;
// Only "Kết luận Hội nghị": no other form names a plenum's conclusion.
const KL_SCAN = /[Kk]ết\s{1,2}luận\s{1,2}(?=[Hh]ội\s{1,2}nghị)|KẾT\s{1,2}LUẬN\s{1,2}(?=HỘI)/g;
const CHARTER_SCAN = /Điều\s{1,2}lệ|ĐIỀU\s{1,2}LỆ/g;
const PLATFORM_SCAN = /lĩnh|LĨNH/g;
const PLATFORM_BEFORE = /(?:Cương|CƯƠNG)\s{1,2}$/u;
/** Words as written, with the first letter in either case, or in capitals; a space is one or two blanks. */
function cw(words: string): string {
  return words
    .split(' ')
    .map((w) => {
      const forms = new Set([w, w[0]!.toLowerCase() + w.slice(1), w[0]!.toUpperCase() + w.slice(1), w.toUpperCase()]);
      return forms.size === 1 ? w : `(?:${[...forms].join('|')})`;
    })
    .join(String.raw`\s{1,2}`);
}
// "Trung ương" and its abbreviations in news text ("Nghị quyết T.Ư 7 (khóa XI)", "Nghị quyết TW4
// khóa 11": the number glued on, read as if a space stood between).
const TU = String.raw`(?:${cw('Trung ương')}|T\.\s?Ư|TƯ|TW)`;
const TU_GLUED = String.raw`(?:TW|TƯ)(?=\d{1,2}(?!\d))`;
const BCH = String.raw`(?:${cw('Ban Chấp hành')}|BCH)`;
// The Central Committee, its initials glued too: "Nghị quyết Hội nghị lần thứ 11 BCHTW Đảng khóa XIII" (two hundred and
// tenth outside probe: not read).
// "BCHT.Ư" too (thirty-eighth session's probe 336: "Nghị quyết Hội nghị lần thứ 9 BCHT.Ư Đảng (khóa XI)" was not read).
const BCH_TU = String.raw`(?:BCH(?:TW|TƯ|T\.\s?Ư)|${BCH}\s{1,2}${TU})`;
const BCH_TU_OPT = String.raw`(?:BCH(?:TW|TƯ|T\.\s?Ư)|(?:${BCH}\s{1,2})?${TU})`;
// A mass organisation's central committee is not the Party's: "Nghị quyết Hội nghị lần thứ 12 của Ban Chấp hành Trung ương Hội
// Nông dân Việt Nam khóa VI" (thirteenth outside probe's text, read as the Party's plenum once "của" was allowed).
// Across a line break, and glued to the next word: "Hội nghị lần thứ tư Ban Chấp hành Trung ương\n\n HộiNông dân Việt Nam
// (Khóa VI)", a heading of the Farmers' Union (three hundred and sixty-second outside probe: read as the Party's plenum).
const NOT_MASS_BODY = String.raw`(?!\s{1,4}(?:${cw('Hội')}|${cw('Đoàn')}|${cw('Mặt trận')}|${cw('Công đoàn')}|MTTQ|${cw('Liên hiệp')})(?![\p{Ll}]))`;
// "Đảng" after the Central Committee, with the Party's full name too ("Ban chấp hành trung ương Đảng cộng sản Việt Nam khoá
// IX"; hundred-and-sixty-second outside probe: the term after it was lost, and the plenum of the report's term taken).
const PARTY_NAME = String.raw`(?:\s{1,2}${cw('Đảng')}(?:\s{1,2}${cw('Cộng sản Việt Nam')})?)?`;
// More plenums of the same term after the first: "Nghị quyết Trung ương 6, 7 khóa XII", "Nghị quyết Hội nghị lần thứ sáu, lần
// thứ bảy Ban Chấp hành Trung ương Đảng khóa XII", "Nghị quyết Trung ương 6 và Trung ương 7 (khóa XII)" (a common phrase in
// reports; only the first had been read, without its term). Only where a term follows within the sentence: "Trung ương 4, 5
// năm qua" is no list. Ordinal words only after "lần thứ", as above. Captured whole; plenumList reads its members.
const plenumItem = (capture: boolean) => {
  const [o, c] = capture ? ['(', ')'] : ['(?:', ')'];
  return String.raw`(?:(?:${cw('Hội nghị')}\s{1,2})?${TU}\s{1,2}|${cw('Hội nghị')}\s{1,2})?(?:${cw('lần thứ')}\s{1,2}${o}${ORD}${c}|${o}\d{1,2}${c})(?![\p{L}\p{N}])`;
};
const PLENUM_ITEM = plenumItem(false);
// A plenum held in two sessions, or an extended one, between its number and its body or term: "Nghị quyết Trung ương 6 lần 2
// khóa VIII", "Hội nghị lần thứ 6 (lần 2) Ban Chấp hành Trung ương Đảng (khóa VIII)", "Nghị quyết Trung ương 10 (mở rộng) khóa
// II" (fifty-fourth session's probe 504: the term after it was lost, and the sixth plenum of the report's term taken).
// Unbracketed only before what must follow (`next`): "Trung ương 6 mở rộng …" may be a verb.
const SESSION_WORDS = String.raw`(?:${cw('lần')}\s{1,2}(?:2|3|hai|ba)|${cw('mở rộng')})`;
const session = (next: string) => String.raw`(?:\s{0,2}\(\s{0,2}${SESSION_WORDS}\s{0,2}\)|\s{1,2}${SESSION_WORDS}(?=${next}))?`;
const SESSION_NUMBER = rx(String.raw`(?:^|[\s(])(?:lần|Lần|LẦN)\s{1,2}(2|3|hai|ba)(?![\p{L}\p{N}])`, 'u');
const PLENUM_SEP = String.raw`(?:[ ]{0,2},[ ]{0,2}(?:và[ ]{1,2})?|[ ]{1,2}và[ ]{1,2})`;
const PLENUM_LIST = String.raw`((?:${PLENUM_SEP}${PLENUM_ITEM}){1,5}(?=[^.;\n]{0,100}?${TERM_WORD}\s{1,2}(?:[IVXL]{1,6}|\d{1,2})(?![\p{L}\p{N}])))?`;
// The same item, captured whole (1) with its ordinal (2 after "lần thứ", 3 a number).
const PLENUM_ITEM_RE = rx(String.raw`${PLENUM_SEP}(${plenumItem(true)})`, 'uy');
// "Nghị quyết Hội nghị lần thứ 8 của Ban chấp hành Trung ương Đảng khóa XIII" and "Nghị quyết Hội nghị 11 Ban Chấp hành
// Trung ương" (fifty-sixth and fifty-eighth outside probes: neither was read).
const namedPlenum = (kind: string) =>
  rx(
  String.raw`${kind}(?:(?:${cw('của')}\s{1,2})?${cw('Hội nghị')}\s{1,2}(?:(?:${cw('lần thứ')}\s{1,2}(?=${ORD})|(?=${ORD_NUM}\s{1,2}(?:${cw('của')}\s{1,2})?${BCH}))(${ORD})${PLENUM_LIST}${session(String.raw`\s`)}\s{1,2}(?:${cw('của')}\s{1,2})?${BCH_TU_OPT}${NOT_MASS_BODY}${PARTY_NAME}|${BCH_TU_OPT}\s{1,2}(?:${cw('lần thứ')}\s{1,2}(?=${ORD})|(?=${ORD_NUM}))(${ORD})${PLENUM_LIST})|(?:${TU}\s{1,2}(?:${cw('lần thứ')}\s{1,2}(?=${ORD})|(?=${ORD_NUM}))|${TU_GLUED})(${ORD})${PLENUM_LIST}` +
    // "Nghị quyết lần thứ 7 BCH Trung ương Đảng khóa X": the plenum's ordinal with no "Hội nghị", the body after it
    // (hundred-and-fifty-eighth outside probe: not read).
    String.raw`|${cw('lần thứ')}\s{1,2}(?=${ORD})(${ORD})${PLENUM_LIST}${session(String.raw`\s`)}\s{1,2}(?:${cw('của')}\s{1,2})?${BCH_TU}${NOT_MASS_BODY}${PARTY_NAME})` +
    // "… lần thứ 11 của BCH Trung ương Đảng (khóa XIII)": the body again before the term.
    String.raw`${session(String.raw`\s{0,2}[(,]?\s{0,2}${TERM_WORD}`)}(?:\s{1,2}${cw('của')}\s{1,2}${BCH_TU}${PARTY_NAME})?(?:\s{0,2}[(,]?\s{0,2}${TERM_WORD}\s{1,2}([IVXL]{1,6}|\d{1,2})\)?)?(?![\p{L}\p{N}])`,
  'uy',
);
const NAMED_PLENUM = namedPlenum(String.raw`${cw('Nghị quyết')}\s{1,2}`);
// A plenum's conclusion named so: "Kết luận Hội nghị Trung ương 4 khóa XIII" is 21-KL/TW (records carry the name as an alias).
const CONCLUSION_PLENUM = namedPlenum(String.raw`${cw('Kết luận')}\s{1,2}`);
// The press's "NQ" for it, the body's initials glued or not: "NQTW7 khóa XI", "NQ TW lần thứ 7 khóa XI", "NQTW8 (khóa XI)"
// (three hundred and sixth outside probe: not read).
const ABBREVIATED_PLENUM = namedPlenum(String.raw`NQ\s{0,2}`);
// "… Đại hội VIII của Đảng bộ Khối" is a local congress too (tenth outside probe).
// … and "Nghị quyết Đại hội XIII Công đoàn Việt Nam" is the trade unions' (sixty-first outside probe), as are the Front's
// and the mass organisations' congresses named so.
const NOT_NATIONAL = String.raw`(?!\s{1,2}(?:(?:của|CỦA)\s{1,2})?(?:(?:Đảng|đảng|ĐẢNG)\s{1,2}(?:bộ|BỘ)|${cw('Công đoàn')}|${cw('Mặt trận')}|MTTQ|${cw('Hội')}\s{1,2}\p{Lu}|${cw('Đoàn')}\s{1,2}(?:TNCS|${cw('Thanh niên')})))`;
// A national congress's number in digits, after "toàn quốc lần thứ" or before "của Đảng": "Nghị quyết Đại hội toàn quốc lần
// thứ 13", "Nghị quyết Đại hội 12 của Đảng" (two hundred and fifteenth and twenty-second outside probes: not read).
const CONGRESS_NUMBER = String.raw`(?:1[0-4]|[1-9])(?!\d)`;
const NAMED_CONGRESS = rx(
  String.raw`${cw('Nghị quyết')}\s{1,2}(?:${cw('của')}\s{1,2})?${cw('Đại hội')}\s{1,2}(?:(?:${cw('đại biểu')}\s{1,2})?(?:${cw('Đảng')}\s{1,2})?${cw('toàn quốc lần thứ')}\s{1,2}([IVXL]{1,6}|${CONGRESS_NUMBER})|(?:${cw('Đảng')}\s{1,2})?(?:${cw('lần thứ')}\s{1,2})?([IVXL]{1,6}|${CONGRESS_NUMBER}(?=\s{1,2}${cw('của Đảng')}(?!\s{1,2}(?:bộ|BỘ)(?![\p{L}])))))(?:\s{1,2}${cw('của Đảng')}(?!\s{1,2}(?:bộ|BỘ)(?![\p{L}])))?(?![\p{L}\p{N}])${NOT_NATIONAL}` +
    // "Nghị quyết Đại hội Đảng", "Nghị quyết Đại hội đại biểu toàn quốc của Đảng": no number written. Not
    // "Nghị quyết Đại hội Đảng các cấp", every level's congresses (thirty-seventh and thirty-ninth outside probes).
    String.raw`|${cw('Nghị quyết')}\s{1,2}(?:${cw('của')}\s{1,2})?${cw('Đại hội')}\s{1,2}(?:${cw('đại biểu')}\s{1,2})?(?:${cw('toàn quốc')}\s{1,2})?(?:${cw('của')}\s{1,2})?${cw('Đảng')}(?![\p{L}\p{N}])(?!\s{1,2}(?:bộ|BỘ|viên|toàn|lần|các|CÁC|[IVXL]{1,6}(?![\p{L}])))`,
  'uy',
);
// A congress of a local Party organisation: "Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XX",
// "Nghị quyết Đại hội XIX Đảng bộ tỉnh", "nghị quyết đại hội đảng bộ các cấp nhiệm kỳ 2015-2020".
// Its number is the locality's own, never the national congress's.
const LOCAL_CONGRESS = rx(
  String.raw`${cw('Nghị quyết')}\s{1,2}(?:${cw('của')}\s{1,2})?${cw('Đại hội')}\s{1,2}(?:${cw('đại biểu')}\s{1,2})?(?:(?:${cw('lần thứ')}\s{1,2})?([IVXL]{1,6})\s{1,2})?${cw('Đảng bộ')}` +
    String.raw`(?:(?:,?\s{1,2}[\p{L}]{1,10}){0,6}?\s{1,2}${cw('lần thứ')}\s{1,2}([IVXL]{1,6})(?![\p{L}\p{N}])|(?:,?\s{1,2}[\p{L}]{1,10}){0,6}?\s{1,2}${cw('nhiệm kỳ')}\s{1,2}\d{4}\s{0,2}-\s{0,2}\d{4}|(?![\p{L}\p{N}]))`,
  'uy',
);
// "Điều lệ Đảng", "Điều lệ Đảng Cộng sản Việt Nam", "Điều lệ (và các quy định) của Đảng".
// The congress that adopted it may follow: "Điều lệ Đảng do Đại hội X thông qua", "Điều lệ Đảng Đại hội XI" (group 1; three
// hundred and second outside probe: the charter of Đại hội XI was taken where the text contrasts Đại hội X's with it).
const CHARTER = rx(
  String.raw`${cw('Điều lệ')}(?:\s{1,2}${cw('Đảng')}(?:\s{1,2}${cw('Cộng sản Việt Nam')})?(?![\p{L}\p{N}])(?!\s{1,2}(?:bộ|viên))` +
    String.raw`(?:\s{1,2}(?:(?:do|của)\s{1,2})?${cw('Đại hội')}\s{1,2}(?:${cw('đại biểu toàn quốc')}\s{1,2})?(?:${cw('lần thứ')}\s{1,2})?([IVXL]{1,5})(?![\p{L}\p{N}]))?` +
    String.raw`|(?=\s{1,2}(?:${cw('và các quy định')}\s{1,2})?${cw('của Đảng')}(?![\p{L}])))`,
  'uy',
);
// "Cương lĩnh xây dựng đất nước trong thời kỳ quá độ lên chủ nghĩa xã hội (bổ sung, phát triển
// năm 2011)": the year is the revision's.
const PLATFORM = rx(
  String.raw`${cw('Cương lĩnh')}(?:\s{1,2}${cw('xây dựng đất nước')}(?:\s{1,2}${cw('trong thời kỳ quá độ lên chủ nghĩa xã hội')})?(?:\s{0,2}\(\s?${cw('bổ sung')},?\s{1,2}${cw('phát triển')}\s{1,2}${cw('năm')}\s{1,2}(\d{4})\s?\))?|\s{0,2}\(\s?${cw('bổ sung')},?\s{1,2}${cw('phát triển')}\s{1,2}${cw('năm')}\s{1,2}(\d{4})\s?\)|\s{1,2}${cw('năm')}\s{1,2}(\d{4}))(?![\p{L}\p{N}])`,
  'uy',
);

// "Nghị quyết Trung ương 4 (khóa XI, XII)", "… khóa XI và khóa XII": one plenum number, the resolutions
// of two terms — each is cited (a common phrase in Party reports of 2017–2025; the later term had
// been lost). Only on the same line, and only a later term: ", II." would be a heading. They are no
// list: a subject written after them is most often the later resolution's title ("… (khóa XI, XII) về
// tăng cường xây dựng, chỉnh đốn Đảng"), which would make the earlier one another document.
const MORE_TERM = rx(String.raw`(?:[ ]{0,2},[ ]{0,2}(?:và[ ]{1,2})?|[ ]{1,2}và[ ]{1,2})(?:${TERM_WORD}[ ]{1,2})?([IVXL]{1,5})(?![\p{L}\p{N}])\)?`, 'uy');

/** The later terms written after a plenum's ("khóa XI, XII"), each as a draft of its own. */
function laterTerms(t: string, d: Draft): Draft[] {
  const out: Draft[] = [];
  let prev = d;
  let last = romanValue(d.named!.term!) ?? 99;
  for (;;) {
    MORE_TERM.lastIndex = prev.end;
    const m = MORE_TERM.exec(t);
    const v = m ? romanValue(m[1]!) : null;
    // A Central Committee term: VI (1986) to XIV.
    if (!m || v === null || v <= last || v > 14) return out;
    const end = m.index + m[0].length;
    const at = end - m[1]!.length - (t.charCodeAt(end - 1) === 41 ? 1 : 0); // before a closing ")"
    const next = blank(at, end, 'named');
    next.named = { kind: 'plenum', plenum: d.named!.plenum, term: m[1]! };
    next.kind = d.kind;
    out.push(next);
    prev = next;
    last = v;
  }
}

/**
 * The later plenums of a list written after the first ("6, 7, 8", "lần thứ sáu, lần thứ bảy", "6 và Trung ương 7"), between
 * `from` and `to`, each as a draft with the first's term; the last reaches to the end of the first's match (its body and term).
 */
function plenumList(t: string, d: Draft, from: number, to: number): Draft[] {
  const out: Draft[] = [];
  for (let i = from; i < to; ) {
    PLENUM_ITEM_RE.lastIndex = i;
    const m = PLENUM_ITEM_RE.exec(t);
    if (!m || m.index + m[0].length > to) break;
    const plenum = ordinalValue(m[2] ?? m[3]);
    i = m.index + m[0].length;
    if (plenum === null) break;
    const next = blank(i - m[1]!.length, i, 'named');
    next.named = { kind: 'plenum', plenum, term: d.named!.term };
    out.push(next);
  }
  if (out.length) out[out.length - 1]!.end = d.end;
  return out;
}

/** A term as a Roman numeral: news text writes "khóa 11" for khóa XI. */
function romanTerm(s: string | undefined): string | null {
  if (!s) return null;
  if (!/^\d+$/u.test(s)) return s;
  const n = +s;
  return n < 1 || n > 39 ? null : toRoman(n);
}

function ordinalValue(s: string | undefined): number | null {
  if (!s) return null;
  if (/^\d+$/.test(s)) return +s;
  const r = romanValue(s);
  if (r !== null) return r;
  return ORDINAL_WORDS[s.toLowerCase()] ?? null;
}

// The plenum written before the word, in the sentence that says it issued the resolution: "Hội nghị lần thứ năm Ban Chấp
// hành Trung ương Đảng khóa VIII đã ban hành Nghị quyết về xây dựng và phát triển nền văn hóa", "Hội nghị Trung ương 5
// khóa XIII đã ban hành Nghị quyết “về …”" (hundred-and-sixty-fourth outside probe and the gazette: not read, so neither
// resolved nor its term judged). Only with no number after the word (a numbered one is read by its id), only with the
// verb right before it, and only the Party's Central Committee: "Hội nghị lần thứ 12 Ban Chấp hành Trung ương Hội Nông
// dân" is a mass organisation's. Groups: 1 ordinal after "lần thứ", 2 number after "Trung ương", 3 the term.
const PLENUM_BEFORE = rx(
  String.raw`${cw('Hội nghị')}\s{1,2}(?:${cw('lần thứ')}\s{1,2}(${ORD})(?:\s{1,2}(?:${cw('của')}\s{1,2})?${BCH_TU}${NOT_MASS_BODY}${PARTY_NAME})?|${BCH_TU_OPT}\s{1,2}(?:${cw('lần thứ')}\s{1,2})?(${ORD_NUM}))` +
    String.raw`(?:\s{0,2}\(\s{0,2}${cw('năm')}\s{1,2}\d{4}\s{0,2}\),?)?(?:\s{1,2}(?:${cw('của')}\s{1,2})?${BCH_TU}${NOT_MASS_BODY}${PARTY_NAME})?` +
    String.raw`\s{0,2}[(,]?\s{0,2}${TERM_WORD}\s{1,2}([IVXL]{1,6}|\d{1,2})\)?,?\s{1,2}(?:${cw('đã')}\s{1,2})?(?:${cw('ban hành')}|${cw('thông qua')})\s{1,2}$`,
  'u',
);
// What may follow such a word: its subject or its quoted title, not a number or another name.
const PLENUM_BEFORE_AFTER = /^\s{1,2}(?:về|“|")/u;

/** The plenum written before a "Nghị quyết" at `start` with no name of its own, or null. */
function plenumBefore(t: string, start: number, kindEnd: number): Draft | null {
  if (!PLENUM_BEFORE_AFTER.test(t.slice(kindEnd, kindEnd + 4))) return null;
  // The sentence before the word, on its line: a plenum phrase with its term and verb is under 200 characters.
  let from = Math.max(0, start - 200);
  const nl = t.lastIndexOf('\n', start);
  if (nl >= from) from = nl + 1;
  const m = PLENUM_BEFORE.exec(t.slice(from, start));
  if (!m) return null;
  const term = romanTerm(m[3]);
  const plenum = ordinalValue(m[1] ?? m[2]);
  if (!term || plenum === null) return null;
  const d = blank(start, kindEnd, 'named');
  d.named = { kind: 'plenum', plenum, term, fromSentence: true };
  return d;
}

// A later member of the plenum's list: "… (khóa IX) thông qua Nghị quyết về …; Nghị quyết về công tác dân tộc và Nghị quyết
// về công tác tôn giáo" (hundred-and-eighty-seventh outside probe: only the first was read). In the same sentence, after
// a semicolon, a comma or "và", with the word and a subject of its own.
const LIST_BEFORE = /(?:[;,]\s{0,2}(?:và\s{1,2})?|\s{1,2}và\s{1,2})$/u;
const LIST_BREAK = /[.\n]/u;

/** The next resolution of a list whose first took its plenum from the sentence (plenumBefore), or null. */
function plenumListed(t: string, start: number, kindEnd: number, prev: Draft | undefined): Draft | null {
  if (!prev || prev.named?.kind !== 'plenum' || !prev.named.fromSentence || start - prev.end > 400) return null;
  if (!PLENUM_BEFORE_AFTER.test(t.slice(kindEnd, kindEnd + 4))) return null;
  const between = t.slice(prev.end, start);
  if (LIST_BREAK.test(between) || !LIST_BEFORE.test(between)) return null;
  const d = blank(start, kindEnd, 'named');
  d.named = { kind: 'plenum', plenum: prev.named.plenum, term: prev.named.term, fromSentence: true };
  return d;
}

/** Named documents, in order. */
export function scanNamed(t: string): Draft[] {
  // Candidate starts of the three scans, in order: [start, end of the kind word].
  const starts: [number, number][] = [];
  for (const re of [NQ_SCAN, CHARTER_SCAN, KL_SCAN, NQ_ABBR_SCAN]) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(t)) !== null) starts.push([m.index, m.index + m[0].length]);
  }
  PLATFORM_SCAN.lastIndex = 0;
  let pm: RegExpExecArray | null;
  while ((pm = PLATFORM_SCAN.exec(t)) !== null) {
    const b = PLATFORM_BEFORE.exec(t.slice(Math.max(0, pm.index - 8), pm.index));
    if (b) starts.push([pm.index - b[0].length, pm.index + 4]);
  }
  starts.sort((a, b) => a[0] - b[0]);
  const named: Draft[] = [];
  let after = 0;
  for (const [start, kindEnd] of starts) {
    if (start < after) continue;
    if (start > 0 && isWordChar(t.charCodeAt(start - 1))) continue;
    const first = t[start]!.toLowerCase();
    let d: Draft | null = null;
    let listed: Draft[] = [];
    let kind = 'Nghị quyết';
    if (first === 'đ') {
      CHARTER.lastIndex = start;
      const m = CHARTER.exec(t);
      if (m) {
        d = blank(start, start + m[0].length, 'named');
        d.named = { kind: 'charter', plenum: null, term: romanTerm(m[1]), year: null };
        kind = 'Điều lệ';
      }
    } else if (first === 'c') {
      PLATFORM.lastIndex = start;
      const m = PLATFORM.exec(t);
      if (m) {
        d = blank(start, start + m[0].length, 'named');
        const y = m[1] ?? m[2] ?? m[3];
        d.named = { kind: 'platform', plenum: null, term: null, year: y ? +y : null };
        kind = 'Cương lĩnh';
      }
    } else {
      const conclusion = first === 'k';
      if (conclusion) kind = 'Kết luận';
      const plenumRe = conclusion ? CONCLUSION_PLENUM : t.charCodeAt(start + 1) === 81 /* Q */ ? ABBREVIATED_PLENUM : NAMED_PLENUM;
      plenumRe.lastIndex = start;
      let m = plenumRe.exec(t);
      if (m) {
        d = blank(start, start + m[0].length, 'named');
        d.named = { kind: 'plenum', plenum: ordinalValue(m[1] ?? m[3] ?? m[5] ?? m[7]), term: romanTerm(m[9]) };
        const held = SESSION_NUMBER.exec(m[0]);
        if (held) d.named.session = ordinalValue(held[1]) ?? undefined;
        const list = m[2] ?? m[4] ?? m[6] ?? m[8];
        if (list && d.named.term) {
          // The first ends at its own number; the later ones follow it, the last holding the term.
          const at = start + m[0].indexOf(list);
          listed = plenumList(t, d, at, at + list.length);
          d.end = at;
        }
      } else if (!conclusion) {
        NAMED_CONGRESS.lastIndex = start;
        m = NAMED_CONGRESS.exec(t);
        if (m) {
          d = blank(start, start + m[0].length, 'named');
          d.named = { kind: 'congress', plenum: null, term: romanTerm(m[1] ?? m[2]), level: 'national' };
        } else {
          LOCAL_CONGRESS.lastIndex = start;
          m = LOCAL_CONGRESS.exec(t);
          if (m) {
            d = blank(start, start + m[0].length, 'named');
            d.named = { kind: 'congress', plenum: null, term: m[1] ?? m[2] ?? null, level: 'local' };
          } else d = plenumBefore(t, start, kindEnd) ?? plenumListed(t, start, kindEnd, named[named.length - 1]);
        }
      }
    }
    if (!d) continue;
    d.kind = kind;
    d.kindWritten = true;
    d.kindStart = start;
    d.kindEnd = kindEnd;
    named.push(d);
    after = d.end;
    for (const more of listed) {
      more.kind = kind;
      named.push(more);
      after = more.end;
    }
    if (d.named?.kind === 'plenum' && d.named.term) {
      for (const more of laterTerms(t, d)) {
        named.push(more);
        after = more.end;
      }
    }
  }
  return named;
}
