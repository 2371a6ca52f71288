// Stage 2: number-only mentions ("Quyết định 217", "Kết luận số 21"), with their list
// continuations ("Quyết định 217 và 218").

import { KIND_BY_CODE, KIND_LAST_WORDS } from '../patterns';
import * as kindReader from './kind';
import * as textHelpers from './text';
import type { Draft } from './types';
import * as drafts from './types';
import { rx } from '../../text/letters';

// Helpers bound once: run through tsx (tests, benches), each call through an import is a getter call.
const { KIND_BY_LAST, kindBefore } = kindReader;
const { hasBlankLine, isHeadingLine, isSo, wordBounds } = textHelpers;
const { blank } = drafts;

// A count, not a number: "Kế hoạch 5 năm", "Báo cáo 6 tháng", "Chương trình 3 lần", "Chương
// trình 1 triệu sáng kiến" (fifth outside probe), and in a
// heading "KẾ HOẠCH 5 NĂM (2021 - 2025)" — but "CHƯƠNG TRÌNH 167 NĂM 2023" is program 167 of a
// year, and "Nghị quyết số 47 ngày 13/12/2019" a number and its date.
const DATE_AFTER_NGAY = String.raw`(?!\s{1,2}\d{1,2}(?:\s{0,2}[/.\-]|\s{1,2}(?:tháng|THÁNG)))`;
const NOT_A_NUMBER = String.raw`\s{1,2}(?:năm|tháng|ngày${DATE_AFTER_NGAY}|tuần|quý|lần|điểm|người|triệu|nghìn|ngàn|tỷ|nội\s{1,2}dung|NĂM(?!\s{0,2}[\d…])|THÁNG|NGÀY${DATE_AFTER_NGAY}|TUẦN|QUÝ|LẦN|%)(?![\p{L}])`;
// After the number of a number-only mention ("Quyết định 217"): not an id, a count or a word.
// "Nghị quyết số 66…/2026", "Nghị định số 64//2023/…" (typos of ids) and "3%" are not numbers either;
// a "-" or "/" after a blank line is the next paragraph's, not part of this id.
// Nor a number that goes on as a foreign body's symbol after a space: UNESCO's "Nghị quyết số 18 C/4.351" (fifty-fourth
// session's probe 508: read as the Government's resolution 18 of the report's year).
const NUMBER_ONLY_AFTER = rx(String.raw`(?:[\p{L}\p{N}%…]|(?!\n\n)\s{0,2}[-/]|[.,]\p{N}|\.\.|[ ]\p{Lu}{1,4}/\p{N}|${NOT_A_NUMBER})`, 'uy');
// What makes a lower-case kind a citation after all: "số", then, after the number or the list,
// the date or the named body it was given ("quyết định số 217 và 218 của Bộ Chính trị", "nghị quyết
// số 47 ngày 13/12/2019"); "quyết định số 15 của giám đốc" names no body. Or its subject: "Bộ Chính trị khóa XIII đã ban
// hành kết luận số 12 về công tác người Việt Nam ở nước ngoài", "nghị quyết số 24 về Chiến lược Quốc phòng Việt Nam" (three
// hundred and sixth and eighth outside probes: neither read, and the subject that chooses among the numbers was lost).
const STRONG_TAIL = rx(String.raw`\s{1,2}(?:ngày\s{1,2}\d|của\s{1,2}\p{Lu}|về\s{1,2}[\p{L}])`, 'uy');
// The Party's central bodies after the number, with "của" or without: enough for a lower-case kind without "số" too
// ("nghị quyết 24 của BCH TW Đảng khóa XI", "nghị quyết số 24 Ban chấp hành TW Đảng"; hundred-and-eighty-sixth outside
// probe: neither read, the news item left with no citation).
const CENTRAL_BODY_AFTER = rx(
  String.raw`\s{1,2}(?:của\s{1,2})?(?:Ban\s{1,2}[Cc]hấp\s{1,2}hành\s{1,2}(?:Trung\s{1,2}ương|TW|TƯ)|BCH\s{1,2}(?:TW|TƯ|Trung\s{1,2}ương)|Bộ\s{1,2}Chính\s{1,2}trị|Ban\s{1,2}Bí\s{1,2}thư)(?![\p{L}])`,
  'uy',
);
// "số" may come again before each ("Nghị quyết số 10, số 11 và số 12 của Hội nghị Trung ương 5 (khóa XII)";
// fifty-fourth outside probe: only the first was read, and taken without its khóa for the resolution of 2002).
const NUMBER_ONLY_MORE = rx(
  String.raw`^(\s{0,2}(?:,|và|,\s{0,2}và)\s{0,2}(?:số\s{1,2})?)(\d{1,4}[A-Za-z]?)(?![\p{L}\p{N}]|(?!\n\n)\s{0,2}[-/]\s{0,2}[\p{L}\p{N}]|${NOT_A_NUMBER})`,
  'u',
);
// A year after the number, and no symbol after it: "Nghị định số 178/2024", "nghị quyết số 102/2025
// của Ủy ban Thường vụ Quốc hội" (eleventh outside probe: news items shorten state ids so, and
// they were not read at all). With a symbol after the year it is an id (ids.ts); with a stray
// separator ("19/2022//TT-BKHĐT") a mistyped one, not read here.
const YEAR_AFTER = rx(String.raw`/((?:19|20)\d\d)(?![\p{L}\p{N}/\-]|\s{0,2}[-/]\s{0,2}[\p{L}\p{N}])`, 'uy');
// "số 124 năm 2023": the document's year written as a word after "số" and a number.
const YEAR_WORD_AFTER = /[ ]{1,2}năm[ ]{1,2}((?:19|20)\d\d)(?![\d/.\-])/uy;
// Without "số" too, after the kinds a count of years does not follow ("Quy định 29 năm 2016", "Chỉ thị 05 năm 2016 của
// Bộ Chính trị"; ninety-ninth outside probe: not read), and not before a period ("… 5 năm 2021 - 2025"): a plan, a
// programme or a report is as often "5 năm" of something.
const PERIOD_NEXT = /^\s{0,2}[-–]\s{0,2}\d/u;
// A noun counted by the number: "9 nhóm", "3 nội dung", "5 giải pháp".
const COUNTED_NOUN_AFTER = rx(String.raw`^[ ]{1,2}(?:nhóm|loại|nội\s{1,2}dung|trường\s{1,2}hợp|tiêu\s{1,2}chí|nhiệm\s{1,2}vụ|giải\s{1,2}pháp|điều|khoản|chương|mục|bước|lĩnh\s{1,2}vực|hành\s{1,2}vi|đối\s{1,2}tượng)(?![\p{L}])`, 'u');
const COUNTED_KINDS: ReadonlySet<string> = new Set(['Kế hoạch', 'Chương trình', 'Chương trình hành động', 'Báo cáo', 'Đề án', 'Dự án']);
// A line's start before a kind word, with a list mark or bold marks: "\n- ", "\n**".
const LINE_OPENS = /(?:^|\n)[ \t]{0,3}(?:[-+•*]{1,2}[ \t]{0,2})?$/u;
/** "năm <year>" at `at`, or null; without "số", not before a period ("năm 2021 - 2025"). */
function yearWordAfter(t: string, at: number, so: boolean): RegExpExecArray | null {
  YEAR_WORD_AFTER.lastIndex = at;
  const m = YEAR_WORD_AFTER.exec(t);
  return m && !so && PERIOD_NEXT.test(t.slice(YEAR_WORD_AFTER.lastIndex, YEAR_WORD_AFTER.lastIndex + 8)) ? null : m;
}

// Kinds whose state documents are numbered with their year — and the Party kinds the press shortens so:
// "Quy định 80/2022, Quy định 50/2021, … Kết luận 20/2022" (the number and the year it was issued;
// twenty-eighth outside probe: a list of what a new regulation replaced was not read). Not "Chỉ thị
// 05/2024": the Prime Minister's directives are numbered without their year, so it may be either's.
// … but a directive written with "số", its year and the Politburo or the Secretariat after it is theirs ("Chỉ thị số
// 33/2014 của Bộ Chính trị"; hundred-and-sixtieth outside probe: not read).
const PARTY_ISSUER_AFTER = /^\/(?:19|20)\d\d,?\s{1,2}(?:của\s{1,2})?(?:Bộ\s{1,2}Chính\s{1,2}trị|Ban\s{1,2}Bí\s{1,2}thư|Ban\s{1,2}Chấp\s{1,2}hành\s{1,2}Trung\s{1,2}ương)/u;
function partyIssuerAfter(t: string, at: number): boolean {
  return PARTY_ISSUER_AFTER.test(t.slice(at, at + 48));
}
const YEAR_NUMBERED = new Set(['Nghị định', 'Nghị quyết', 'Thông tư', 'Thông tư liên tịch', 'Nghị quyết liên tịch', 'Luật', 'Pháp lệnh', 'Quyết định', 'Quy định', 'Kết luận']);
// A type code with no issuer code after a number ("06 - CT", "06-CT"): then a space or punctuation, not
// "/" or a letter (an id would have been read).
const OWN_CODE_AFTER = rx(String.raw`\s{0,2}[-–]\s{0,2}(\p{Lu}{2,4})(?=[\s,.;:)]|$)`, 'uy');
// A number of one to four digits (and a letter: "8b") after a space, a line break or a colon.
const NUMBER_CANDIDATE = /[ \n:]\d{1,4}[A-Za-z]?(?![\d])/g;
// Last letters of kind words and of "số", both cases: a number after any other word is skipped
// without building a string.
const KIND_FINAL_LETTER = new Set<number>();
for (const w of [...KIND_LAST_WORDS, 'số']) {
  const c = w[w.length - 1]!;
  KIND_FINAL_LETTER.add(c.charCodeAt(0));
  KIND_FINAL_LETTER.add(c.toUpperCase().charCodeAt(0));
}

// Named documents. The ordinal may be digits, a Roman numeral or a word ("lần thứ tư").

// Kinds only ever named by their number, never by a year, and "của" with a body after the number.
const NUMBERED_ONLY = new Set(['Quyết định', 'Nghị định', 'Chỉ thị', 'Thông tư', 'Công văn', 'Kết luận', 'Quy định', 'Hướng dẫn', 'Thông báo']);
const ISSUER_AFTER = rx(String.raw`^\s{1,2}của\s{1,2}(?:Thủ\s{1,2}tướng|Chính\s{1,2}phủ|Bộ\s{1,2}\p{Lu}|Ban\s{1,2}\p{Lu}|Ủy\s{1,2}ban|UBND|Tỉnh\s{1,2}ủy|Thành\s{1,2}ủy|Quốc\s{1,2}hội)`, 'u');

/** Number-only mentions outside the ids already found (sorted). */
export function scanNumberOnly(t: string, ids: readonly Draft[]): Draft[] {
  const numberOnly: Draft[] = [];
  let idIdx = 0;
  let after = 0; // numbers before this offset are taken
  NUMBER_CANDIDATE.lastIndex = 0;
  let dm: RegExpExecArray | null;
  while ((dm = NUMBER_CANDIDATE.exec(t)) !== null) {
    const at = dm.index + 1;
    if (at < after) continue;
    const e = dm.index + dm[0].length;
    while (idIdx < ids.length && ids[idIdx]!.end <= at) idIdx++;
    const nextId = ids[idIdx];
    if (nextId && nextId.start <= at) continue; // inside an id citation
    // Cheap tests first: the word before (or before "số") must end a kind word.
    let w = wordBounds(t, at, 0);
    if (!w || !KIND_FINAL_LETTER.has(t.charCodeAt(w.end - 1))) continue;
    const so = isSo(t, w);
    if (so) {
      w = wordBounds(t, w.start, 0);
      if (!w) continue;
    }
    if (!KIND_BY_LAST.has(t.slice(w.start, w.end).toLowerCase())) continue;
    const num = t.slice(at, e);
    const prevIdEnd = idIdx > 0 ? ids[idIdx - 1]!.end : 0;
    const k = kindBefore(t, at, Math.max(prevIdEnd, after), false);
    if (!k || !k.kind) continue;
    // "… thực hiện Chương trình\n1. Các bước …": a line break between the kind and the number
    // (with no "số") starts a numbered list, not a citation.
    const gap = t.slice(k.kindEnd, at);
    if (gap.includes('\n') && !/số/iu.test(gap)) continue;
    // "Chương trình 3: Thực hiện dân chủ …" opening a line, the number and a colon: a part of a programme numbered in the
    // text, not a document (two-hundred-and-forty-third outside probe: taken for a joint programme of 2021).
    if (!so && COUNTED_KINDS.has(k.kind) && LINE_OPENS.test(t.slice(Math.max(0, k.kindStart - 8), k.kindStart)) && /^\s{0,2}:/u.test(t.slice(at + num.length, at + num.length + 3))) continue;
    // "Quy định 9 nhóm hành vi gây lãng phí": a verb and a count, not a document (two hundred and ninety-first outside probe:
    // read as "Quy định 9"). Without "số" only.
    if (!so && COUNTED_NOUN_AFTER.test(t.slice(at + num.length, at + num.length + 16))) continue;
    YEAR_AFTER.lastIndex = at + num.length;
    // "thay thế Quy định số 124 năm 2023": after "số", a number and "năm" with a year is a document of
    // that year, not a count of years (twenty-third outside probe: not read).
    const year = (YEAR_NUMBERED.has(k.kind) || (k.kind === 'Chỉ thị' && so && partyIssuerAfter(t, at + num.length)) ? YEAR_AFTER.exec(t) : null) ?? (so || !COUNTED_KINDS.has(k.kind) ? yearWordAfter(t, at + num.length, so) : null);
    // "Chỉ thị số 06 - CT ngày 07 tháng 11 năm 2006": the kind's own code after the number and no
    // issuer code (sixteenth outside probe: not read, so the directive's title line was told it lacked
    // the date given here). Read as the number; the code is the kind's, so it adds nothing.
    OWN_CODE_AFTER.lastIndex = at + num.length;
    const own = year ? null : OWN_CODE_AFTER.exec(t);
    const ownCode = own && KIND_BY_CODE[own[1]!] === k.kind ? own : null;
    NUMBER_ONLY_AFTER.lastIndex = at + num.length;
    if (!year && !ownCode && NUMBER_ONLY_AFTER.test(t)) continue;
    // A number-only mention is weak evidence: the kind must be capitalised ("Quyết định 217"),
    // or written with "số" and followed by the date or body the document was given (STRONG_TAIL,
    // tested after the list below).
    const first = t[k.kindStart]!;
    const weak = first === first.toLowerCase();
    CENTRAL_BODY_AFTER.lastIndex = at + num.length;
    const central = weak && CENTRAL_BODY_AFTER.test(t);
    if (weak && !so && !central) continue;
    // A four-digit year after the kind names a law or constitution ("Hiến pháp 2013"), not a number. After "số" it is the
    // number ("Phó Thủ tướng … vừa ký Quyết định số 1959 về việc xếp hạng di tích"; hundred-and-sixty-first outside probe).
    // Unless the body that issued it follows: "theo Quyết định 2086 của Thủ tướng Chính phủ" (two hundred and fifty-eighth
    // outside probe: not read); a year is never a decision's.
    if (!so && /^(?:19[4-9]\d|20\d\d)$/.test(num) && !(NUMBERED_ONLY.has(k.kind) && ISSUER_AFTER.test(t.slice(at + num.length, at + num.length + 40)))) continue;
    const listStart = numberOnly.length;
    const numEnd = at + num.length + (year ? year[0].length : 0) + (ownCode ? ownCode[0].length : 0);
    const d = blank(k.start, numEnd, 'number-only');
    d.kind = k.kind;
    d.kindStart = k.kindStart;
    d.kindEnd = k.kindEnd;
    d.kindWritten = true;
    d.number = num;
    d.idYear = year ? +year[1]! : null;
    d.idStart = at;
    d.idEnd = numEnd;
    numberOnly.push(d);
    let pos = d.end;
    // "Nghị định số 178/2024 và Nghị định số 67/2025" are two citations, each with its kind; a bare
    // list ("178/2024, 67/2025") is not read on.
    for (let guard = 0; guard < 20 && !year; guard++) {
      const more = NUMBER_ONLY_MORE.exec(t.slice(pos, pos + 24));
      // A list never continues past a blank line or out of a heading line.
      if (!more || (more[1]!.includes('\n') && (hasBlankLine(more[1]!) || isHeadingLine(t, pos)))) break;
      const ms = pos + more[1]!.length;
      const me = ms + more[2]!.length;
      if (nextId && nextId.start < me) break;
      const next = blank(ms, me, 'number-only');
      next.kind = k.kind;
      next.number = more[2]!;
      next.idStart = ms;
      next.idEnd = me;
      numberOnly.push(next);
      pos = me;
    }
    if (weak && !central) {
      STRONG_TAIL.lastIndex = pos;
      CENTRAL_BODY_AFTER.lastIndex = pos;
      if (!STRONG_TAIL.test(t) && !CENTRAL_BODY_AFTER.test(t)) numberOnly.length = listStart;
    }
    after = pos;
    NUMBER_CANDIDATE.lastIndex = pos;
  }
  return numberOnly;
}
