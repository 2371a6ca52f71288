// A document's title written before its number: the text names the regulation or resolution first and gives the number
// that carries it after, so the tail readers (tails.ts) find no subject there.
//   “Quy chế công tác dân vận của hệ thống chính trị” ban hành theo Quyết định số 290-QĐ/TW, ngày 25-02-2010 …
//   Quy chế làm việc của Ban Chấp hành Trung ương ban hành kèm theo Quyết định số 97-QĐ/TW …
//   … đã ban hành Nghị quyết “Một số vấn đề cấp bách về xây dựng Đảng hiện nay” (Nghị quyết số 12-NQ/TW, ngày 16-01-2012)
// Two hundred and ninety-third and three hundred and second outside probes: each was told it lacked its subject.

import { KIND_WORDS } from '../patterns';
import { rx } from '../../text/letters';

const SP = String.raw`\s{1,2}`;
const QUOTED = String.raw`[“"]([^“”"\n]{8,240})[”"]`;
// The regulation-like documents a decision carries, named by their head word without quotes.
const CARRIED = String.raw`((?:Quy${SP}chế|Quy${SP}định|Điều${SP}lệ|Quy${SP}trình|Chiến${SP}lược|Chương${SP}trình|Đề${SP}án|Kế${SP}hoạch)${SP}[^“”".;:()\n]{8,200}?)`;
// The issuer may be written between: "… được Thủ tướng Chính phủ ban hành theo Quyết định số 1679/QĐ-TTg" (group 3).
const ISSUED_BY = String.raw`,?\s{0,2}(?:(?:đã${SP})?được${SP}(?:([^.;:\n]{2,80}?)${SP})?)?ban${SP}hành${SP}(?:kèm${SP})?theo${SP}$`;
const KIND_ALT = KIND_WORDS.map((k) => k.replace(/ /g, SP)).join('|');

/** A quoted or headed title, then "(được) ban hành (kèm) theo", right before the citation's kind word. */
const CARRIED_BY = new RegExp(String.raw`(?:${QUOTED}|${CARRIED})${ISSUED_BY}`, 'u');
/** A kind word, its quoted title, then the citation in brackets: "Nghị quyết “…” (Nghị quyết số 12-NQ/TW". */
const TITLED_THEN_BRACKET = rx(String.raw`(?<![\p{L}])(?:${KIND_ALT})\s{1,2}${QUOTED}\s{0,2}\(\s{0,2}$`, 'iu');

// A provision of the document, not a title: "Quy định tại điểm b khoản 1 Mục II Chương trình ban hành kèm theo Quyết định số
// 920/QĐ-TTg" says where a rule stands (forty-ninth session's probe 463: taken for the decision's title, it was told "another
// document of the number").
const PROVISION = rx(String.raw`(?:^|\s)(?:tại|điểm|khoản|Điều|Mục|Chương|Phần|Phụ${SP}lục)${SP}(?:[IVXLC]{1,5}|\d{1,3}|[a-zđ])(?![\p{L}\p{N}])`, 'u');

// How far back a title may begin: its own length and the words around it.
const REACH = 300;

export interface TitleBefore {
  subject: { text: string; start: number; end: number };
  /** Where the words naming the document begin (its kind word, for a bracketed citation): an issuer is read before it. */
  from: number;
}

/** The title written before a citation whose kind word (or number) starts at `begin`, not before `floor`, or null. */
export function titleBefore(t: string, begin: number, floor: number): TitleBefore | null {
  // Cheap first test, before any slice (most citations lack a subject): both forms end with "theo " or "(".
  let k = begin - 1;
  while (k > floor && (t.charCodeAt(k) === 32 || t.charCodeAt(k) === 9)) k--;
  if (t.charCodeAt(k) !== 40 && !(t.charCodeAt(k) === 111 && t.startsWith('theo', k - 3))) return null; // "(", "…theo"
  const from = Math.max(floor, begin - REACH);
  const before = t.slice(from, begin);
  const carried = CARRIED_BY.exec(before);
  // With the issuer between the title and the number, it is read before the number as usual.
  if (carried && !(carried[2] && PROVISION.test(carried[2]))) return found(carried, from, carried[3] ? begin : from + carried.index);
  const titled = TITLED_THEN_BRACKET.exec(before);
  if (titled) return found(titled, from, from + titled.index);
  return null;
}

function found(m: RegExpExecArray, offset: number, at: number): TitleBefore {
  const text = (m[1] ?? m[2])!;
  const start = offset + m.index + m[0].indexOf(text);
  return { subject: { text: text.trim(), start, end: start + text.length }, from: at };
}
