// Stage 3: documents named without a number: plenum and congress resolutions.

import { ORDINAL_WORDS } from '../patterns';
import { romanValue } from '../terms';
import { isWordChar } from './text';
import { blank, type Draft } from './types';

// Ordinal words only after "lần thứ": "Nghị quyết Trung ương năm 2020" is not plenum 5.
const ORD_NUM = String.raw`(?:\d{1,2}|[IVXL]{1,6})`;
const ORD = String.raw`(?:${ORD_NUM}|${Object.keys(ORDINAL_WORDS).sort((a, b) => b.length - a.length).join('|')})`;
const TERM_WORD = String.raw`(?:khóa|khoá|KHÓA|KHOÁ)`;
const NQ_SCAN = /Nghị\s{1,2}quyết|NGHỊ\s{1,2}QUYẾT/g;
/** Words as written or in capitals ("Đại hội" / "ĐẠI HỘI"), a space being one or two blanks. */
function cw(words: string): string {
  return words
    .split(' ')
    .map((w) => (w === w.toUpperCase() ? w : `(?:${w}|${w.toUpperCase()})`))
    .join(String.raw`\s{1,2}`);
}
const NAMED_PLENUM = new RegExp(
  String.raw`${cw('Nghị quyết')}\s{1,2}(?:(?:${cw('của')}\s{1,2})?${cw('Hội nghị')}\s{1,2}(?:${cw('lần thứ')}\s{1,2}(${ORD})\s{1,2}(?:${cw('Ban Chấp hành')}\s{1,2})?${cw('Trung ương')}(?:\s{1,2}${cw('Đảng')})?|(?:${cw('Ban Chấp hành')}\s{1,2})?${cw('Trung ương')}\s{1,2}(?:${cw('lần thứ')}\s{1,2}(?=${ORD})|(?=${ORD_NUM}))(${ORD}))|${cw('Trung ương')}\s{1,2}(?:${cw('lần thứ')}\s{1,2}(?=${ORD})|(?=${ORD_NUM}))(${ORD}))(?:\s{0,2}[(,]?\s{0,2}${TERM_WORD}\s{1,2}([IVXL]{1,6})\)?)?(?![\p{L}\p{N}])`,
  'uy',
);
const NAMED_CONGRESS = new RegExp(
  String.raw`${cw('Nghị quyết')}\s{1,2}(?:${cw('của')}\s{1,2})?${cw('Đại hội')}\s{1,2}(?:(?:${cw('đại biểu')}\s{1,2})?(?:${cw('Đảng')}\s{1,2})?${cw('toàn quốc lần thứ')}\s{1,2}([IVXL]{1,6})|(?:${cw('Đảng')}\s{1,2})?(?:${cw('lần thứ')}\s{1,2})?([IVXL]{1,6}))(?:\s{1,2}${cw('của Đảng')})?(?![\p{L}\p{N}])(?!\s{1,2}(?:Đảng|đảng|ĐẢNG)\s{1,2}(?:bộ|BỘ))`,
  'uy',
);


function ordinalValue(s: string | undefined): number | null {
  if (!s) return null;
  if (/^\d+$/.test(s)) return +s;
  const r = romanValue(s);
  if (r !== null) return r;
  return ORDINAL_WORDS[s.toLowerCase()] ?? null;
}

/** Named documents, in order. */
export function scanNamed(t: string): Draft[] {
  const named: Draft[] = [];
  NQ_SCAN.lastIndex = 0;
  let nm: RegExpExecArray | null;
  while ((nm = NQ_SCAN.exec(t)) !== null) {
    const start = nm.index;
    if (start > 0 && isWordChar(t.charCodeAt(start - 1))) continue;
    NAMED_PLENUM.lastIndex = start;
    let m = NAMED_PLENUM.exec(t);
    let d: Draft | null = null;
    if (m) {
      d = blank(start, start + m[0].length, 'named');
      d.named = { kind: 'plenum', plenum: ordinalValue(m[1] ?? m[2] ?? m[3]), term: m[4] ?? null };
    } else {
      NAMED_CONGRESS.lastIndex = start;
      m = NAMED_CONGRESS.exec(t);
      if (m) {
        d = blank(start, start + m[0].length, 'named');
        d.named = { kind: 'congress', plenum: null, term: m[1] ?? m[2] ?? null };
      }
    }
    if (!d) continue;
    d.kind = 'Nghị quyết';
    d.kindWritten = true;
    d.kindStart = start;
    d.kindEnd = start + nm[0].length;
    named.push(d);
    NQ_SCAN.lastIndex = d.end;
  }
  return named;
}
