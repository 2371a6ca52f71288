// Lists: citations joined by "," or "và" share the date, issuer, term and subject written once
// after the last member.

import { KIND_ALTERNATION } from '../patterns';
import * as textHelpers from './text';
import type { Draft } from './types';

// Helpers bound once: run through tsx (tests, benches), each call through an import is a getter call.
const { hasBlankLine, isHeadingLine } = textHelpers;

const KIND_ALT = KIND_ALTERNATION;
// Between two members of a list: ", ", " và " — possibly with the kind word again, perhaps
// qualified ("và Báo cáo tiếp thu số …"), or "văn bản", which a letter's citation is read without ("ý kiến của Ban Tổ chức
// Trung ương tại Văn bản số 9151-CV/BTCTW … và Văn bản số 9671-CV/BTCTW …"; fifty-first session's probe 474: the second was
// told its issuer was missing). A ";" separates clauses ("Căn cứ …; Căn cứ …"), not members, so it does not join a list.
const LIST_GAP = new RegExp(
  String.raw`^\s{0,3}(?:,|và|,\s{0,2}và|cùng)\s{0,3}(?:(?:các\s{1,2})?(?:${KIND_ALT}|văn\s{1,2}bản)(?:\s{1,2}[\p{Ll}]{1,6}){0,2}\s{1,3})?(?:số\s{0,2}:?\s{0,3})?$`,
  'iu',
);

// An issuer written as a plenum of the Central Committee ("Hội nghị lần thứ 11 Ban Chấp hành Trung ương Đảng").
const PLENUM_ISSUER = /^(?:Hội|hội|HỘI)\s{1,2}(?:nghị|NGHỊ)\s/u;

/** Cheap first test of LIST_GAP: after spaces, a comma, "và" or "cùng". */
function mayJoinList(t: string, at: number): boolean {
  let i = at;
  while (i < at + 3 && (t.charCodeAt(i) === 32 || t.charCodeAt(i) === 10)) i++;
  const c = t.charCodeAt(i);
  return c === 44 || c === 118 || c === 99 || c === 86 || c === 67; // , v c V C
}

/** Merge three sorted lists; a later kind of citation never overlaps an earlier one. */
export function mergeDrafts(ids: Draft[], numberOnly: Draft[], named: Draft[]): Draft[] {
  const all = ids.concat(numberOnly, named);
  all.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Draft[] = [];
  for (const d of all) {
    const last = out[out.length - 1];
    if (last && d.start < last.end) {
      // Overlap: ids win over the weaker readings; else the first one stays.
      if (d.style !== 'named' && d.style !== 'number-only' && (last.style === 'named' || last.style === 'number-only')) out[out.length - 1] = d;
      continue;
    }
    out.push(d);
  }
  return out;
}

/** Trailing parts written once after a list belong to every member that lacks them. */
export function shareListParts(drafts: Draft[]): void {
  const byList = new Map<number, Draft[]>();
  for (const d of drafts) if (d.list >= 0) (byList.get(d.list) ?? byList.set(d.list, []).get(d.list)!).push(d);
  for (const members of byList.values()) {
    // An issuer written before the first member is every member's ("đề nghị của Sở Giáo dục và
    // Đào tạo tại Công văn số 1383/SGDĐT-KHTC …, Công văn số 1780/SGDĐT-KHTC …").
    const first = members[0]!;
    if (first.issuerFirst && first.issuer) for (const d of members) if (!d.issuer && (!d.issuerCode || d.issuerCode === first.issuerCode)) d.issuer = first.issuer;
    // So is the sentence's day written before that issuer, for members of its kind and symbol: "Ngày 21/3/2025, Phó Thủ tướng
    // Trần Hồng Hà ký các Quyết định số 654/QĐ-TTg và 655/QĐ-TTg" (outside probe 413: the second was undated).
    if (first.dateFirst && first.date)
      for (const d of members)
        if (!d.date && d.issuer === first.issuer && d.issuerCode === first.issuerCode && (!d.kind || d.kind === first.kind) && (d.idYear === null || d.idYear === first.date.year)) {
          d.date = first.date;
          d.dateShared = true;
        }
    shareSymbol(members);
    const last = members[members.length - 1]!;
    // Members each with a subject of their own share only what the last writes after its subject: before it, its date,
    // issuer and term are its own ("… và Nghị quyết số 71-NQ/TW ngày 22/8/2025 của Bộ Chính trị về …").
    const ownUntil = last.subject && members[0]!.subject && members[0]!.subject !== last.subject ? last.subject.start : -1;
    const lastDate = last.date && last.date.span.start > ownUntil ? last.date : null;
    const lastTerm = last.term && last.term.span.start > ownUntil ? last.term : null;
    const lastIssuer = last.issuer && last.issuer.start > ownUntil ? last.issuer : null;
    // From the end, so that a member takes the issuer of the nearest member after it that has one, written or taken
    // (kept as the loop goes: a list may have thousands of members): "Kết luận số 21-KL/TW, Quy định số 37-QĐ/TW của Ban
    // Chấp hành Trung ương khóa XIII và Quy định số 57-QĐ/TW của Ban Bí thư" gives 21-KL/TW the Central Committee, not the
    // Secretariat (eighty-ninth outside probe). Without an issuer after it, that is the last member.
    let owner = last;
    for (let j = members.length - 2; j >= 0; j--) {
      const d = members[j]!;
      if (members[j + 1]!.issuer) owner = members[j + 1]!;
      // A member whose issuer is written after it ends there: "Nghị quyết số 57-NQ/TW của Bộ Chính trị, Nghị quyết số
      // 36-NQ/TW ngày 30/01/2023 của Bộ chính trị về phát triển … công nghệ sinh học" does not date 57-NQ/TW or give it
      // that subject (forty-sixth session's probe 443: 57-NQ/TW of 2024 was told "another document of 30/1/2023").
      const ended = !!d.issuer && d.issuer.start >= d.end && d.issuer.start < members[j + 1]!.start;
      // Only members of one kind from one issuer share what follows the last of them:
      // "Nghị định số 70/2025/NĐ-CP và Thông tư số 32/2025/TT-BTC ngày 31/5/2025 của Bộ trưởng
      // Bộ Tài chính" dates and attributes the Thông tư alone.
      if (d.issuerCode && owner.issuerCode && d.issuerCode !== owner.issuerCode) continue;
      // Members of other kinds with the same issuer code share the issuer only: "Chỉ thị số
      // 31-CT/TU ngày 6/6/2023, Kế hoạch số 134-KH/TU ngày … của Ban Thường vụ Tỉnh ủy".
      if (d.kind && owner.kind && d.kind !== owner.kind) {
        // Not a plenum written right after a resolution, which names that resolution's session, not an issuer of the list:
        // "Kết luận 127-KL/TW …, Kết luận số 137-KL/TW … và Nghị quyết 60-NQ/TW Hội nghị lần thứ 11 Ban Chấp hành Trung ương"
        // (fifty-fourth session's probe 510: the Politburo's conclusions were told they were not the plenum's).
        if (d.issuerCode && d.issuerCode === owner.issuerCode && !d.issuer && owner.issuer && !PLENUM_ISSUER.test(owner.issuer.written)) {
          d.issuer = owner.issuer;
          d.issuerShared = true;
          if (owner.issuers) d.issuers = owner.issuers;
          // The term written after that issuer qualifies it, so it is the member's too: "Nghị quyết 52-NQ/TW và Kết luận
          // 69-KL/TW của Bộ Chính trị (khóa XIII)" writes both as khóa XIII's (three hundred and forty-sixth outside probe:
          // 52-NQ/TW of 2019, khóa XII's, went unchecked).
          const term = owner === last ? lastTerm : owner.term;
          if (!d.term && term && term.span.start > owner.issuer.start) d.term = term;
        }
        // The list's subject is written after its last member.
        if (d.issuerCode && d.issuerCode === last.issuerCode && !d.subject && last.subject) d.listSubject = last.subject.text;
        continue;
      }
      const issuer = owner === last ? lastIssuer : owner.issuer;
      if (!d.issuer && issuer) {
        d.issuer = issuer;
        d.issuerShared = true;
        if (owner.issuers) d.issuers = owner.issuers;
      }
      if (d.issuerCode && last.issuerCode && d.issuerCode !== last.issuerCode) continue;
      if (d.kind && last.kind && d.kind !== last.kind) continue;
      // "Nghị định số 112/2021/NĐ-CP và Nghị định số 128/2025/NĐ-CP ngày 11/6/2025": a date in
      // another year than the member's own id belongs to the last member only.
      if (ended) continue;
      if (!d.date && lastDate && (d.idYear === null || lastDate.year === d.idYear)) {
        d.date = lastDate;
        d.dateShared = true;
      }
      if (!d.term && lastTerm) d.term = lastTerm;
      if (!d.subject && last.subject) d.subject = last.subject;
    }
  }
}

/**
 * "Quyết định số 217, 218-QĐ/TW", "Nghị quyết số 18, 19 và 20-NQ/TW": numbers written bare before
 * a Party id of the same kind share its symbol, so each names a whole id (217-QĐ/TW). The style
 * stays number-only (the writer did not write the symbol there); the id comes from the list.
 * Only a run of bare numbers right before the id takes it: "Nghị quyết 18 và Chỉ thị 05-CT/TW"
 * are two kinds, and a state id's symbol ("…/2025/NĐ-CP") belongs to its year.
 */
function shareSymbol(members: Draft[]): void {
  for (let i = members.length - 1; i > 0; i--) {
    const owner = members[i]!;
    if (owner.style !== 'party' || owner.malformed) continue;
    for (let j = i - 1; j >= 0; j--) {
      const d = members[j]!;
      if (d.style !== 'number-only' || d.typeCode || (d.kind && owner.kind && d.kind !== owner.kind)) break;
      d.typeCode = owner.typeCode;
      d.issuerCode = owner.issuerCode;
      d.suffix = owner.suffix;
    }
  }
}

/** Past the closing quotes or bracket of a subject ending at `at`. */
function afterQuote(t: string, at: number): number {
  let i = at;
  while (i < at + 2 && CLOSING.has(t.charCodeAt(i))) i++;
  return i;
}
const CLOSING = new Set([0x201d, 0x22, 0x2019, 0x27, 0xbb, 0x29]); // ” " ’ ' » )

/** Whether `d` continues the list (or starts one) with the citation before it. */
export function joinsList(t: string, prev: Draft, d: Draft): boolean {
  if (prev.style === 'named' || d.style === 'named') return false;
  // A member may carry its own subject before the next, the date and issuer written once after the last: "Nghị quyết số
  // 18-NQ/TW, về “…” và Nghị quyết số 19-NQ/TW, về “…” ngày 25-10-2017 của Ban Chấp hành Trung ương khóa XII" (two
  // hundred and ninety-seventh outside probe: 18-NQ/TW was told it lacked its date and issuer).
  // Only when the next has its subject too ("Nghị quyết số 59-NQ/TW về …, Nghị quyết số 71-NQ/TW ngày 22/8/2025" writes the
  // last one's own date), and is of the same kind: "quyết định số 217 và 218 của Bộ Chính trị về …, và Thông tri 28 của
  // Trung ương Mặt trận …" is a list of two, whose subject is not the circular's.
  const ownSubject = !!prev.subject && prev.subject.end > prev.fullEnd;
  if (ownSubject && (!d.subject || !prev.kind || prev.kind !== d.kind)) return false;
  const end = ownSubject ? afterQuote(t, prev.subject!.end) : prev.fullEnd;
  if (d.start - end > 40 || !mayJoinList(t, end)) return false;
  const gap = t.slice(end, d.start);
  // Lists never span paragraphs, nor run out of a heading line.
  if (gap.includes('\n') && (hasBlankLine(gap) || isHeadingLine(t, prev.fullEnd))) return false;
  return LIST_GAP.test(gap);
}
