// citation-incomplete: the first citation of a document in a text gives its kind, number and
// symbol, date, issuer and subject (Nghị định 30/2020/NĐ-CP, Phụ lục I; Hướng dẫn 36-HD/VPTW);
// later ones may be short. Information; the fix inserts the missing parts from the record, in
// the customary order: "… số 290-QĐ/TW ngày 25/2/2010 của Bộ Chính trị về …".

import type { Citation } from '../extract/citations';
import type { TextEdit } from '../types';
import { shiftedFinding } from '../shift';
import type { CollectingRule, DocumentContext, RuleContext, RuleFinding } from './rule';
import { AMENDED_BY_WORDS, dateVi, isOwnNumber, label, trustedCitations } from './util/citations';
import { KeyIndex, keyNumber } from './util/key-index';
import { rx } from '../text/letters';
import { fold } from '../text/normalize';
import { SAME_FROM, subjectAgreement } from '../corpus/same-document';
import { sameDayMonth } from '../corpus/corpus-index';
import { clauseCut } from '../corpus/context-choice';
import type { DirectiveRecord } from '../corpus/types';

const seen = new KeyIndex();
// What the judge knows of a document (KeyIndex values; -1: not yet met).
const JUDGED = 0;
const TITLE_ONLY = 1;

/** A block's first mention of a document, and what it lacks if anything. */
interface FirstMention {
  /** The document: keyNumber of its record's key, else of its id. */
  no: number;
  citation: Citation;
  /** The record that confirms it; without one there is nothing to insert (finding null). */
  trusted: Trusted | undefined;
  /** Whether the words before the citation's parenthesis describe it (describedBefore). */
  described: boolean;
  /** What the citation's clause gives outside the citation itself (writtenAround). */
  around: Around;
  /** Whether it stands in a title line (onTitleLine): judged only when no other mention follows. */
  title: boolean;
  finding?: RuleFinding | null;
}

type Trusted = ReturnType<typeof trustedCitations>[number];

export const rule: CollectingRule<FirstMention[]> = {
  code: 'citation-incomplete',
  scope: 'collect',
  defaultSeverity: 'information',
  description: { vi: 'Lần trích dẫn đầu tiên thiếu thông tin', en: 'First citation lacks details' },
  judge(parts, doc) {
    const datesOptional = normativeReport(doc);
    // Only the report's first mention of each document counts, complete or not.
    // A headline or a heading names a document shortly ("… theo Kết luận 126-KL/TW") above the text
    // that cites it in full (twenty-second outside probe: three such titles were told they lacked
    // what the next line gave): a title's short mention counts only when no mention in the text follows.
    seen.begin();
    const out: RuleFinding[] = [];
    const pending = new Map<number, { m: FirstMention; offset: number }>();
    const findingOf = (m: FirstMention) => (m.finding === undefined ? (m.finding = firstFinding(m.citation, m.trusted, m.described, datesOptional, m.around)) : m.finding);
    const judge = (m: FirstMention, offset: number) => {
      const f = findingOf(m);
      if (f) out.push(shiftedFinding(f, offset));
    };
    for (const { offset, facts } of parts)
      for (const m of facts) {
        const state = seen.get(m.no);
        if (state === JUDGED) continue;
        if (m.title) {
          if (state >= 0) continue; // a title already met
          // A title whose document is not known for sure says nothing of it: the text's first mention is judged (hundred-
          // and-eleventh outside probe's set: "tổng kết 10 năm thực hiện Nghị quyết số 11 của Bộ Chính trị" above its full
          // citation had silenced the finding once the review's count chose the same record).
          if (!m.trusted) continue;
          // A title that cites in full has done what the rule asks; a short one waits for the text.
          if (findingOf(m)) {
            seen.set(m.no, TITLE_ONLY);
            pending.set(m.no, { m, offset });
          } else seen.set(m.no, JUDGED);
          continue;
        }
        seen.set(m.no, JUDGED);
        pending.delete(m.no);
        judge(m, offset);
      }
    for (const { m, offset } of pending.values()) judge(m, offset);
    return out;
  },
  collect(ctx) {
    const out: FirstMention[] = [];
    // The block's first mention of each document in its text, and in a title line before it.
    const first = new Set<string>();
    const firstTitle = new Set<string>();
    const trusted = new Map(trustedCitations(ctx).map((r) => [r.index, r]));
    ctx.reading.citations.forEach((c: Citation, i) => {
      if (c.style === 'named' || isOwnNumber(c, ctx)) return;
      const res = ctx.resolutions[i];
      const key = res?.entry.key ?? c.id;
      if (!key || first.has(key)) return;
      // A document named in another's subject, as the title is written ("Thông tư số 62/2016/TT-BTC … hướng dẫn thực hiện
      // quy chế quản lý tài chính … ban hành kèm theo Quyết định số 180/2002/QĐ-TTg ngày 19/12/2002", "Kết luận số 44-KL/TW
      // về tiếp tục thực hiện Chỉ thị số 43-CT/TW …"): nothing is asked of it there, and its first citation for itself is the
      // one asked (two hundred and sixty-second outside probe: told it lacked its subject).
      // One that gives its own subject there has been cited with its title, and a later short mention is no first one:
      // "Kết luận 49-KL/TW … về tiếp tục thực hiện Chỉ thị số 11-CT/TW của Bộ Chính trị khóa X về tăng cường sự lãnh đạo …",
      // then "… Chỉ thị số 11-CT/TW của Bộ Chính trị khóa X và …" (fortieth session's probe 371: the second was told it lacked
      // its subject). So has one that gives its day there: "Kế hoạch hành động số 328-KH/TU … về việc thực hiện Nghị quyết số
      // 57-NQ/TW, ngày 22/12/2024 của Bộ Chính trị", then "… Nghị quyết số 57- NQ/TW của Bộ Chính trị" (probe 438: the second
      // was told it lacked its day).
      if (inSubjectOfAnother(ctx.text, ctx.reading.citations, i)) {
        if ((!c.subject && !c.date) || onTitleLine(ctx.text, c)) return;
        first.add(key);
        out.push({ no: keyNumber(key), citation: c, trusted: undefined, described: false, around: NOTHING_AROUND, title: false, finding: null });
        return;
      }
      const title = onTitleLine(ctx.text, c);
      if (title) {
        if (firstTitle.has(key)) return;
        firstTitle.add(key);
      } else first.add(key);
      const tr = trusted.get(i);
      // The instrument that amended a document cited just before is named by its number: "Hiến pháp … đã được
      // sửa đổi, bổ sung một số điều theo Nghị quyết số 203/2025/QH15", "… được sửa đổi, bổ sung bởi Nghị định
      // số 111/2025/NĐ-CP" — the căn cứ formula of the gazette and of the Standing Committee's resolutions
      // (thirty-eighth outside probe: told it lacked its date and issuer). Nothing is asked of it.
      const amending = !!tr && AMENDED_BY_BEFORE.test(ctx.text.slice(Math.max(0, c.span.start - 60), c.span.start));
      // Made when the judge needs it (the report's first mention), then kept with the block.
      const no = keyNumber(key);
      if (amending) {
        out.push({ no, citation: c, trusted: undefined, described: false, around: NOTHING_AROUND, title, finding: null });
        return;
      }
      out.push(tr ? { no, citation: c, trusted: tr, described: describedBefore(ctx.text, c), around: namedAround(ctx, i, writtenAround(ctx, c, tr.entry.record)), title } : { no, citation: c, trusted: undefined, described: false, around: NOTHING_AROUND, title, finding: null });
    });
    return out;
  },
};

/**
 * Whether the citation stands in parentheses after words that describe the same document with its
 * issuer: "… ký ban hành Chỉ thị của Bộ Chính trị về nghiên cứu, học tập … (Chỉ thị số 01-CT/TW, ngày
 * 23/1/2026)" gives the issuer and the subject before the number (twelfth outside probe: both were
 * reported missing).
 */
// What a title says of the document that brought in the text it names: "… ban hành kèm theo", "… được ban hành tại".
const ATTACHED_BEFORE = /(?:kèm\s{1,2}theo|ban\s{1,2}hành\s{1,2}tại)\s{1,2}$/u;

/**
 * Whether citation `i` names the document a text of another citation's title was brought in by, alone or in a list (the
 * reader's lists): "… quy chế quản lý tài chính … ban hành kèm theo Quyết định số 180/2002/QĐ-TTg ngày 19/12/2002 và Quyết
 * định số 30/2015/QĐ-TTg …", or stands inside another citation's subject.
 */
function inSubjectOfAnother(text: string, citations: readonly Citation[], i: number): boolean {
  const c = citations[i]!;
  for (let j = i - 1; j >= 0; j--) {
    const s = citations[j]!.subject;
    if (s && s.span.start <= c.span.start && c.span.end <= s.span.end) return true;
  }
  let k = i;
  while (c.list >= 0 && k > 0 && citations[k - 1]!.list === c.list) k--;
  const at = citations[k]!.span.start;
  return ATTACHED_BEFORE.test(text.slice(Math.max(0, at - 24), at));
}

function describedBefore(text: string, c: Citation): boolean {
  if (!c.kind) return false;
  let p = c.span.start - 1;
  while (p >= 0 && text.charCodeAt(p) === 32) p--;
  if (text.charCodeAt(p) !== 40) return false; // "("
  const before = text.slice(Math.max(0, p - 400), p);
  const clause = before.slice(Math.max(before.lastIndexOf('. '), before.lastIndexOf('; '), before.lastIndexOf('\n')) + 1);
  return clause.toLowerCase().includes(`${c.kind.toLowerCase()} của `);
}

const OPEN_BRACKET_ONLY = /^\s{0,2}\(\s{0,2}$/u;
// After the bracket's close, the subject: ") về xây dựng …".
const SUBJECT_AFTER_BRACKET = /^[^()\n]{0,40}?\)\s{0,2}[“"]?\s{0,2}về\s/u;

/**
 * What the same document cited by name right before the citation's bracket gives: its issuer (a plenum is the Central
 * Committee's) and, when the words after the bracket open with "về", its subject: "… ký ban hành nghị quyết Hội nghị lần thứ
 * 9 Ban Chấp hành Trung ương Đảng khóa XI (nghị quyết số 33-NQ/TW) về xây dựng và phát triển văn hóa, con người Việt Nam …"
 * (three hundred and third outside probe: told it lacked its issuer and subject). "Nghị quyết Trung ương 4 khóa XII (Nghị
 * quyết số 04-NQ/TW ngày 30/10/2016) gắn với …" still lacks its subject.
 */
function namedAround(ctx: RuleContext, i: number, around: Around): Around {
  const prev = ctx.reading.citations[i - 1];
  const here = ctx.resolutions[i];
  if (!prev || prev.style !== 'named' || !here || ctx.resolutions[i - 1]?.entry !== here.entry) return around;
  const c = ctx.reading.citations[i]!;
  if (!OPEN_BRACKET_ONLY.test(ctx.text.slice(prev.fullSpan.end, c.span.start))) return around;
  const subject = around.subject || SUBJECT_AFTER_BRACKET.test(ctx.text.slice(c.fullSpan.end, c.fullSpan.end + 60));
  return { ...around, issuer: true, subject };
}

const AMENDED_BY_BEFORE = new RegExp(`${AMENDED_BY_WORDS}\\s{1,2}$`, 'u');

interface Around {
  /** The record's date is written in the clause before the citation. */
  date: boolean;
  /** The record's issuer is named in the citation's clause, before it or after it. */
  issuer: boolean;
  /** The record's subject follows the citation without "về": "… (khóa XI) một số vấn đề chính sách xã hội". */
  subject: boolean;
}
const NOTHING_AROUND: Around = { date: false, issuer: false, subject: false };
// A subject written straight after the citation, with no "về" before it: words, not a comma or a new clause, nor a
// word that goes on the sentence ("… (khóa VIII) và sơ kết 5 năm thực hiện quy chế dân chủ", "Kết luận 21 tại Hội nghị").
const BARE_SUBJECT = rx(String.raw`^[ \t]{1,3}(?!(?:và|cùng|đã|được|sẽ|là|thì|để|do|cho|tại|trong|nhằm|với|có|đến|từ|theo|thể\s+hiện|nêu|nhấn|khẳng|đề\s+ra|xác\s+định)(?![\p{L}\p{M}]))(\p{Ll}[^.;:\n]{10,250})`, 'u');

/** Whether the words right after the citation, up to the clause's end, are mostly the record's subject. */
function bareSubjectAfter(t: string, c: Citation, r: DirectiveRecord): boolean {
  if (c.subject || !r.subject) return false;
  const m = BARE_SUBJECT.exec(t.slice(c.fullSpan.end, c.fullSpan.end + 260));
  const agreement = m ? subjectAgreement(m[1]!, r) : null;
  return agreement !== null && agreement >= SAME_FROM;
}

// How far a clause is looked at on either side of the citation.
const CLAUSE_BEFORE = 200;
const CLAUSE_AFTER = 300;
// "Trung ương" in the clause names the Central Committee's plenum ("Hội nghị Trung ương lần thứ bảy, khóa X
// đã thông qua …"), which stands for the Committee itself.
const CENTRAL_COMMITTEE = /^ban chap hanh trung uong/u;
// After the issuer's name, folded: a few words ("lần thứ bảy, khóa X", "đã kịp thời") and the verb, then the citation.
const ISSUED_BEFORE = /^[^.;]{0,60}?\s(?:ban hanh|thong qua|ky|ra|co)\s{0,3}$/u;
// How far back a list's head may stand, and the colon that ends it.
const LIST_HEAD_REACH = 600;
const LIST_HEAD_END = /^\s{0,2}:/u;
// "thay mặt" before the issuer's name, a few words of it between ("thay mặt BCH Trung ương"), and the signing after it.
const ON_BEHALF_BEFORE = /thay mat\s[^.;]{0,30}$/u;
const SIGNED_BEFORE = /^[^;]{0,140}?\s(?:da\s)?ky(?:\sban hanh)?\s{0,3}$/u;
// Right before the issuer's name after the citation, folded: "do", "của", "giữa".
const ISSUER_WORD_AFTER = /(?:^|\s)(?:do|cua|giua)\s{1,2}$/u;

// "thay mặt" and the body's name, a term perhaps, closing a sentence.
const ON_BEHALF_END = rx(String.raw`(?<![\p{L}])[Tt]hay\s{1,2}mặt\s{1,2}[^.;\n]{3,90}$`, 'u');

/**
 * What the citation's clause says of the document outside the citation: "Tiếp đó, ngày 05/8/2008, Hội
 * nghị Trung ương lần thứ bảy, khóa X đã thông qua Nghị quyết số 26-NQ/TW về …" gives its date and issuer
 * before it; "Quyết định 263/QĐ-TTg năm 2022 phê duyệt … do Thủ tướng Chính phủ ban hành" its issuer after
 * its subject (thirty-sixth outside probe: both were told they lacked them). The clause runs between
 * the marks that end a sentence or an item (". ", ";", a line break).
 */
function writtenAround(ctx: RuleContext, c: Citation, r: DirectiveRecord): Around {
  const subject = bareSubjectAfter(ctx.text, c, r);
  if (c.date && c.issuer) return subject ? { ...NOTHING_AROUND, subject } : NOTHING_AROUND;
  const t = ctx.text;
  const from = Math.max(0, c.span.start - CLAUSE_BEFORE);
  const before = t.slice(from, c.span.start);
  let cut = clauseCut(before);
  // A sentence that ends on "thay mặt <issuer>" has no verb of its own: its full stop is a slip and the next sentence goes
  // on with it ("Ngày 30-10-2016, thay mặt BCH Trung ương Đảng … khóa XII. Tổng Bí thư … đã ký ban hành Nghị quyết số
  // 04-NQ/TW": thirty-eighth session's probe 332, told it lacked its date and issuer).
  if (cut > 0 && before[cut] === '.' && ON_BEHALF_END.test(before.slice(0, cut))) cut = clauseCut(before.slice(0, cut));
  const start = from + cut + 1;
  const afterText = t.slice(c.fullSpan.end, c.fullSpan.end + CLAUSE_AFTER);
  const stop = afterText.search(/\.\s|;|\n/u);
  const end = c.fullSpan.end + (stop < 0 ? afterText.length : stop);
  let date = false;
  // A day without its year is the record's in a text of the record's year: "Ngày 9-6, Tổng bí thư … đã ký ban hành …" in
  // an item of 12/6/2014 (three hundred and third outside probe).
  const yearless = r.date?.length === 10 && r.date.slice(0, 4) === ctx.reportDate.slice(0, 4);
  const dayOf = (d: { iso: string | null; year: number | null; day: number; month: number }) => d.iso === r.date || (yearless && d.year === null && sameDayMonth(d, r.date));
  if (!c.date && r.date) for (const d of ctx.reading.dates) if (d.span.start >= start && d.span.end <= c.span.start && dayOf(d)) date = true;
  let issuer = false;
  if (!c.issuer && r.issuer) {
    // As the one who issued it: before it with the verb right before the citation ("Hội nghị Trung ương …
    // đã thông qua"), or after it as "do/của/giữa X" — not any mention ("cơ quan thuộc Chính phủ … theo
    // Nghị quyết số 140/NQ-CP" names no issuer).
    const foldedBefore = fold(t.slice(start, c.span.start));
    const foldedAfter = fold(t.slice(c.fullSpan.end, end));
    const names = r.issuer.split(/\s*,\s*|\s+và\s+/u).map(fold);
    const said = (n: string) => {
      const at = foldedBefore.lastIndexOf(n);
      if (at >= 0 && ISSUED_BEFORE.test(foldedBefore.slice(at + n.length))) return true;
      // "thay mặt <issuer> …, Tổng Bí thư … đã ký ban hành": the signer's name and title stand between.
      if (at >= 0 && ON_BEHALF_BEFORE.test(foldedBefore.slice(Math.max(0, at - 40), at)) && SIGNED_BEFORE.test(foldedBefore.slice(at + n.length))) return true;
      const k = foldedAfter.indexOf(n);
      return k >= 0 && ISSUER_WORD_AFTER.test(foldedAfter.slice(Math.max(0, k - 5), k));
    };
    // A list headed by its issuer, "Căn cứ Quyết định của Thủ tướng Chính phủ: số 491/QĐ-TTg …; số 558/QĐ-TTg …" (thirty-eighth
    // session's probe 337: each item was told it lacked its issuer): the head's "của <issuer>:" earlier in the paragraph.
    let paragraph: string | undefined;
    const headed = (n: string) => {
      paragraph ??= fold(t.slice(Math.max(0, t.lastIndexOf('\n', c.span.start - 1) + 1, c.span.start - LIST_HEAD_REACH), c.span.start));
      const head = `cua ${n}`;
      const at = paragraph.lastIndexOf(head);
      return at >= 0 && LIST_HEAD_END.test(paragraph.slice(at + head.length, at + head.length + 4));
    };
    issuer = names.some((n) => said(n) || headed(n) || (CENTRAL_COMMITTEE.test(n) && said('trung uong')));
  }
  return date || issuer || subject ? { date, issuer, subject } : NOTHING_AROUND;
}

// A title line ends without the punctuation a sentence or a list item of the text ends with.
const TITLE_END = /[.;,:!?…]$/u;
const SENTENCE_INSIDE = rx(String.raw`[.!?]\s+\p{Lu}`, 'u');
// A heading's number: "1.", "II.", "2.3.", "a)".
const ENUMERATOR = /^(?:[IVXLC]+|\d{1,2}(?:\.\d{1,2})*|[a-zđ])[.)]\s+/u;
// A letter's subject line: "V/v: …", "V/v …".
const LETTER_SUBJECT = /^[Vv]\/[vV]\b/u;
const LOWER_LETTER = rx(String.raw`\p{Ll}`, 'gu');
const UPPER_LETTER = rx(String.raw`\p{Lu}`, 'gu');

/** Whether a line of three words or more is written in capitals (an id's "TW", "QĐ-TTg" aside: nine in ten letters). */
function allCapitals(line: string): boolean {
  if (line.split(/\s+/u).length < 3) return false;
  const lower = line.match(LOWER_LETTER)?.length ?? 0;
  const upper = line.match(UPPER_LETTER)?.length ?? 0;
  return upper >= 10 && lower * 10 <= upper;
}

/** Whether the line [s, e) is a paragraph of its own: the text's start or a blank line before it, a blank line or the end after. */
function aloneBetweenBlanks(text: string, s: number, e: number): boolean {
  const before = s === 0 || /\n[ \t]*\n$/u.test(text.slice(Math.max(0, s - 8), s)) || text.slice(0, s).trim() === '';
  const after = e >= text.length || /^\n[ \t]*(?:\n|$)/u.test(text.slice(e, e + 8)) || text.slice(e).trim() === '';
  return before && after;
}

// What a line after a title starts with: a capital, a digit, a dash or a bullet (a new sentence).
const NEW_LINE_START = rx(String.raw`^\s*[\p{Lu}\d\-–•*+(]`, 'u');

/**
 * Whether the citation stands in a title line: a Markdown heading; a letter's "V/v" line, a line in capitals or a
 * headline that is a paragraph of its own (no sentence's end in it or at its end), wherever the citation stands; or at the
 * end of a line of at most
 * 200 characters that opens its paragraph (or follows a finished sentence), holds no sentence's end,
 * does not end as a sentence or a list item does, ends with the citation, and is followed by a new
 * sentence or nothing — a news item's headline ("… theo Kết luận 126-KL/TW"), a numbered heading
 * ("1. Bối cảnh ra đời Nghị quyết số 66-NQ/TW"). A line of hard-wrapped text (the gazette's
 * extracts) goes on in the next line, or was read on into it as the citation's date or issuer.
 */
export function onTitleLine(text: string, c: Citation): boolean {
  const at = c.span.start;
  const s = text.lastIndexOf('\n', at - 1) + 1;
  let e = text.indexOf('\n', at);
  if (e < 0) e = text.length;
  const raw = text.slice(s, e);
  if (/^\s{0,3}#{1,6}\s/u.test(raw)) return true;
  const line = raw.trim().replace(ENUMERATOR, '');
  // A letter's subject line ("V/v: Triển khai Nghị quyết số 36-NQ/TW của Bộ Chính trị"), a heading in capitals ("KẾT QUẢ 5
  // NĂM THỰC HIỆN NGHỊ QUYẾT SỐ 36-NQ/TW NGÀY 01/7/2014 …"), or a headline standing alone between blank lines ("Quy định
  // 131-QĐ/TW: Chỉ rõ …", "Nghị quyết số 68-NQ/TW - động lực mới …"): titles wherever the citation stands in them
  // (two-hundred-and-thirty-sixth, -ninth and -forty-seventh outside probes: told incomplete above the text citing in full).
  if (line.length <= 200 && (LETTER_SUBJECT.test(line) || allCapitals(line) || (aloneBetweenBlanks(text, s, e) && !TITLE_END.test(line) && !SENTENCE_INSIDE.test(line)))) return true;
  // The citation ends the line, or its subject does ("Quy định số 144-QĐ/TW Quy định chuẩn mực …").
  const tail = Math.max(c.fullSpan.end, c.subject?.span.end ?? 0);
  if (tail > e || !/^[\s"”’).]*$/u.test(text.slice(tail, e))) return false;
  if (line.length > 200 || TITLE_END.test(line) || SENTENCE_INSIDE.test(line)) return false;
  const before = text.slice(0, Math.max(0, s - 1)).trimEnd();
  if (before && !/[.:;!?]$/u.test(before) && !text.slice(Math.max(0, s - 2), s).startsWith('\n\n')) return false;
  const next = text.slice(e + 1, e + 8);
  return e >= text.length || next.trim() === '' || NEW_LINE_START.test(next);
}

/**
 * Whether the report is a legal normative text (văn bản quy phạm pháp luật) of 1/4/2025 or later: its own
 * number carries its year ("37/2025/NQ-HĐND"; an administrative text's does not, "1234/QĐ-UBND"), and from
 * that day Nghị định 78/2025/NĐ-CP, Điều 68, asks a first citation for the kind, number, issuer and name —
 * no date — and for a law its name and year (nhansu.vn, "Cách ghi viện dẫn văn bản quy phạm pháp luật từ
 * 01/4/2025"). Fifteenth outside probe: an HĐND resolution and a Thủ tướng decision of 2025 were told that
 * each law and decree in their "Căn cứ" lacked its date.
 */
function normativeReport(doc: DocumentContext): boolean {
  const own = doc.header.number?.id;
  return !!own && /^\d{1,5}\/(?:19|20)\d\d\//u.test(own) && doc.reportDate >= '2025-04-01';
}

function firstFinding(c: Citation, tr: Trusted | undefined, described = false, datesOptional = false, around = NOTHING_AROUND): RuleFinding | null {
  if (!tr) return null; // without the record there is nothing to insert, and the id may be all the writer has
  const r = tr.entry.record;
  // Laws are cited by name ("Luật Bảo hiểm xã hội số 41/2024/QH15"): the name is the subject, the
  // issuer is in the symbol, and no date is asked — Nghị định 30/2020/NĐ-CP, Phụ lục I: "đối với Luật và
  // Pháp lệnh chỉ ghi tên loại và tên của Luật, Pháp lệnh"; Nghị quyết 351/2017/UBTVQH14, Điều 24: "tên
  // loại văn bản, tên gọi của văn bản và số, ký hiệu văn bản".
  const isLaw = /^(Luật|Bộ luật|Pháp lệnh)$/u.test(r.kind);
  const missing: { vi: string; en: string }[] = [];
  const edits: TextEdit[] = [];
  const idEnd = c.idSpan?.end ?? c.span.end;
  // A bare number that took its symbol from the list ("số 18, 19-NQ/TW") names the whole id.
  if (c.style === 'number-only' && c.idSpan && !c.symbol) {
    missing.push({ vi: 'số ký hiệu đầy đủ', en: 'full number and symbol' });
    edits.push({ start: c.idSpan.start, end: c.idSpan.end, newText: r.id });
  }
  if (!c.date && !isLaw && !datesOptional && !around.date && r.date && /^\d{4}-\d{2}-\d{2}$/.test(r.date)) {
    missing.push({ vi: 'ngày ban hành', en: 'date' });
    edits.push({ start: idEnd, end: idEnd, newText: ` ngày ${dateVi(r.date)}` });
  }
  if (!c.issuer && !isLaw && !described && !around.issuer && r.issuer) {
    missing.push({ vi: 'cơ quan ban hành', en: 'issuer' });
    const at = c.date && !c.dateShared ? Math.max(idEnd, c.date.span.end) : idEnd;
    edits.push({ start: at, end: at, newText: ` của ${r.issuer}` });
  }
  // A subject written once after a list of several kinds is the list's ("Chỉ thị số 35-CT/TW, ngày 14/6/2024 và Kết luận số
  // 118-KL/TW, ngày 18/01/2025 của Bộ Chính trị về đại hội đảng bộ các cấp"; three hundred and fifty-first outside probe).
  if (!c.subject && !c.listSubject && !isLaw && !described && !around.subject && r.subject) {
    missing.push({ vi: 'trích yếu', en: 'subject' });
    const at = Math.max(idEnd, c.fullSpan.end);
    const subject = /^(về|ban hành|hướng dẫn|quy định)\s/iu.test(r.subject) ? r.subject : `về ${r.subject}`;
    edits.push({ start: at, end: at, newText: ` ${subject}` });
  }
  if (missing.length === 0) return null;
  // Edits at the same offset go in the order they were listed: keep them as one insertion.
  const merged: TextEdit[] = [];
  for (const e of edits) {
    const last = merged[merged.length - 1];
    if (last && last.start === e.start && last.end === e.end && e.start === e.end) last.newText += e.newText;
    else merged.push({ ...e });
  }
  return {
    span: c.span,
    message: {
      vi: `Lần đầu trích dẫn ${label(c, tr.entry)} nên ghi đủ: còn thiếu ${missing.map((m) => m.vi).join(', ')} (Nghị định 30/2020/NĐ-CP; Hướng dẫn 36-HD/VPTW).`,
      en: `The first citation of ${label(c, tr.entry)} should be complete: missing ${missing.map((m) => m.en).join(', ')} (Decree 30/2020/NĐ-CP; Guide 36-HD/VPTW).`,
    },
    // Not part of "Fix all": it adds content the writer should read, not a correction.
    fixes: [{ title: { vi: 'Bổ sung từ kho văn bản', en: 'Insert the missing parts from the corpus' }, edits: merged, safe: false }],
  };
}
