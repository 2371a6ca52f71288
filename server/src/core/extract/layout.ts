// Layout noise that PDF extraction leaves inside sentences: the Official Gazette repeats a running
// header on every page ("CÔNG BÁO/Số 1085 + 1086/Ngày 01-11-2023") with the page number on a
// line of its own, and the portal stamps its signature block ("Người ký: …", "Email: …",
// "Cơ quan: …", "Thời gian ký: …") before a page break. A citation broken by a page
// ("… của \n 4 \nCÔNG BÁO/Số …\nChính phủ") reads whole once these lines are left out.
//
// Only whole lines are left out, so what remains keeps its line structure; a block starts at a
// line start and ends after a line feed, so no span of a reading ends inside one.

import type { Span } from '../types';

const RUNNING_HEAD = /^[ ]{0,40}CÔNG BÁO\/Số[^\n]{0,60}$/u;
const PAGE_NUMBER = /^[ ]{0,40}\d{1,4}[ ]{0,40}$/;
const BLANK = /^[ ]{0,80}$/;
const STAMP = /^(?:Người ký|Email|Cơ quan|Thời gian ký):[^\n]{0,120}$/u;
// How far a block may reach from its running head, in lines: bounds the work per head.
const REACH = 12;

/** Canonical ranges of page-break blocks, sorted and disjoint. Linear in the text. */
export function layoutNoise(t: string): Span[] {
  const out: Span[] = [];
  let from = 0;
  for (;;) {
    const hit = t.indexOf('CÔNG BÁO/', from);
    if (hit < 0) break;
    const ls = t.lastIndexOf('\n', hit - 1) + 1;
    let le = t.indexOf('\n', hit);
    if (le < 0) le = t.length;
    from = le;
    if (!RUNNING_HEAD.test(t.slice(ls, le))) continue;
    // Backwards over blank lines, page numbers and the signature stamp.
    let start = ls;
    for (let k = 0; k < REACH && start > 0; k++) {
      const ps = t.lastIndexOf('\n', start - 2) + 1;
      const line = t.slice(ps, start - 1);
      if (line.length > 160 || !(BLANK.test(line) || PAGE_NUMBER.test(line) || STAMP.test(line))) break;
      start = ps;
    }
    // Forwards over blank lines and the page number.
    let end = le < t.length ? le + 1 : le;
    for (let k = 0; k < REACH && end < t.length; k++) {
      let ne = t.indexOf('\n', end);
      if (ne < 0) ne = t.length;
      const line = t.slice(end, ne);
      if (line.length > 160 || !(BLANK.test(line) || PAGE_NUMBER.test(line))) break;
      end = ne < t.length ? ne + 1 : ne;
    }
    const last = out[out.length - 1];
    if (last && start <= last.end) last.end = Math.max(last.end, end);
    else out.push({ start, end });
    from = Math.max(from, end);
  }
  return out;
}
