// citation-superseded: a document cited as in force ("thực hiện", "tiếp tục thực hiện", "theo",
// "căn cứ", "quán triệt" …) at the report's date although the corpus records its replacement
// dated on or before that date. Historical mentions stay quiet: a review of past implementation
// ("tổng kết 10 năm thực hiện …", "năm 2019 đã sơ kết …"), or a clause dated before the
// replacement. The replacement link's confidence decides the severity: only a confirmed link
// warns; a reported one informs; an unverified one says nothing.

import type { DirectiveRecord, Supersession } from '../corpus/types';
import { yearAfterId } from '../corpus/context-choice';
import type { DirectiveEntry } from '../corpus/corpus-index';
import type { Rule, RuleContext, RuleFinding } from './rule';
import type { Citation } from '../extract/citations';
import type { Localized } from '../types';
import { AMENDED_BY_WORDS, dateVi, label, reportDateNote, sourceNote, temporalSeverity, trustedCitations } from './util/citations';
import { IS_NUMBER, rx, startsIn } from '../text/letters';

// "ban hành kèm theo Quyết định số 290-QĐ/TW" names the decision a text came with, not one applied.
// An article of it may stand between ("theo quy định tại Điều 12 Quy định 124-QĐ/TW"; twenty-third
// outside probe: the superseded regulation passed).
const ARTICLE = String.raw`(?:\s(?:[Đđ]iều|[Kk]hoản|[Đđ]iểm|[Cc]hương|[Mm]ục|[Pp]hụ\slục)\s[\dIVXLa-zđ]{1,5}[.,]?)`;
const IN_FORCE_CUE = rx(String.raw`(?:tiếp\stục\sthực\shiện|thực\shiện|triển\skhai|quán\striệt|căn\scứ|áp\sdụng|chấp\shành|(?<!kèm\s)theo(?:\squy\sđịnh\s(?:tại|của))?|theo\stinh\sthần)(?:\s[\p{L}\p{M}]{1,10}){0,3}(?:${ARTICLE}{1,4}(?:\scủa)?)?\s$`, 'iu');
// Words saying the sentence speaks of the time before the replacement, or of the replacement
// itself: "Trước khi có Quyết định số 23-QĐ/TW …", "Trước ngày 01/8/2024 …", "… đến khi được thay
// thế", "23-QĐ/TW … thay thế Quy chế … kèm theo Quyết định số 290-QĐ/TW" (third outside probe).
// "Cá nhân đã được cấp chứng chỉ … theo quy định của Luật Đấu thầu số 43/2013/QH13": a licence granted under it, then.
const PAST = /(?:thay\sthế|trước\skhi|trước\sngày|trước\sđây|đến\skhi|được\scấp)/iu;
// Numeric dates and months in the sentence ("30/7/2021", "tháng 6/2025"): one before the
// replacement makes the sentence historical, as a year does.
const DATE_OR_MONTH = rx(String.raw`(?<![\p{N}/.\-])(?:(\d{1,2})[/.\-])?(\d{1,2})[/.\-]((?:19|20)\d\d)(?![\p{N}/.\-])`, 'gu');
// "sau 10 năm thực hiện Quy định số 47-QĐ/TW" looks back over years of it, as a review does
// (twenty-eighth outside probe: a 2021 article on its replacement was told 47-QĐ/TW was replaced).
const REVIEW = /(?:tổng\skết|sơ\skết|đánh\sgiá|nhìn\slại|kiểm\sđiểm)\s|(?:sau|qua|trong|hơn)\s\d{1,2}\snăm\s/iu;
// The words before the citation (or its list), across line breaks: "… được sửa đổi, bổ sung một số điều theo".
const AMENDED_BY = new RegExp(`${AMENDED_BY_WORDS}\\s[^.;]{0,200}$`, 'iu');
// A line break is a clause's end unless the next line goes on in lower case: a PDF's lines wrap inside sentences
// ("… trước \nngày 01 tháng 01 năm 2024 thì tiếp tục … lựa chọn \nnhà thầu theo quy định của Luật Đấu thầu số
// 43/2013/QH13", a Công báo circular's transition clause, was read from "nhà thầu").
const CLAUSE_START = rx(String.raw`(?:[.;!?]|\n(?![ \t]{0,4}\p{Ll}))(?=(?:[^.;!?\n]|\n(?=[ \t]{0,4}\p{Ll}))*$)`, 'u');
const SENTENCE_END = rx(String.raw`[.;!?]|\n(?![ \t]{0,4}\p{Ll})`, 'u');
const BLANKS = /\s+/gu;
// Words that set an old text against the new one in a paragraph.
const CONTRAST = rx(String.raw`(?<![\p{L}])(?:[Tt]uy\snhiên|so\svới|không\scòn|thay\scho|khác\svới|trước\sđây|điểm\smới)(?![\p{L}])`, 'u');
const YEAR = rx(String.raw`(?<![\p{N}/.\-])(19\d\d|20\d\d)(?![\p{N}/.\-])`, 'gu');
// The year of an amendment names the amending law, as a law's own year names it: "Căn cứ Luật Tổ chức chính quyền địa
// phương ngày 19/6/2015 và Luật sửa đổi, bổ sung năm 2019" in a draft of 2026 (forty-seventh session's probe 447: "2019"
// was read as the time the sentence speaks of, and the law replaced in 2025 passed).
const AMENDMENT_YEAR_BEFORE = rx(String.raw`(?<![\p{L}])sửa\s{1,2}đổi,?\s{1,2}(?:và\s{1,2})?bổ\s{1,2}sung(?:\s{1,2}một\s{1,2}số\s{1,2}điều)?(?:\s{1,2}năm)?\s{1,2}$`, 'iu');

/** Whether the sentence holds a date or a month (not the citation's own date) before `on`. */
function datesBefore(sentence: string, on: string, own: string): boolean {
  for (const m of sentence.matchAll(DATE_OR_MONTH)) {
    const month = +m[2]!;
    if (month < 1 || month > 12) continue;
    const iso = `${m[3]}-${String(month).padStart(2, '0')}${m[1] ? `-${m[1].padStart(2, '0')}` : ''}`;
    if (own && own.startsWith(iso)) continue;
    // A month counts as its last day: "đến hết tháng 6/2025" is before a change on 1/7/2025.
    if (m[1] ? iso < on : iso < on.slice(0, 7)) return true;
  }
  return false;
}

// A law replaces another from the day it takes effect, which can be years after it was passed
// (Luật Thi đua, khen thưởng 2022: passed 15/6/2022, in force 1/1/2024): the link's own effective
// date first, then the replacing record's, then the dates they were issued.
function replacedOn(link: Supersession, ctxReplacing: { date?: string; effective?: string } | undefined): string | null {
  return link.effective ?? ctxReplacing?.effective ?? link.date ?? ctxReplacing?.date ?? null;
}

/** The text from `start` to `end` with every citation but `c` blanked out (spaces, so offsets stay). */
function withoutOthers(ctx: RuleContext, c: Citation, start: number, end: number): string {
  let out = ctx.text.slice(start, end);
  for (const o of ctx.reading.citations) {
    if (o === c || o.fullSpan.end <= start || o.fullSpan.start >= end) continue;
    const s = Math.max(o.fullSpan.start, start) - start;
    const e = Math.min(o.fullSpan.end, end) - start;
    out = out.slice(0, s) + ' '.repeat(e - s) + out.slice(e);
  }
  return out;
}

// A link the sources do not settle informs, saying why: reported only, or sources that disagree (a ministry's own list
// still calls the old law partly in force, a transition the new one left open; the text may rightly cite the old one).
const HEDGE: Readonly<Record<string, Localized>> = {
  reported: { vi: ' (thông tin chưa được xác nhận từ văn bản gốc)', en: ' (reported, not confirmed in the original text)' },
  conflict: { vi: ' (các nguồn chưa thống nhất: có nguồn ghi văn bản cũ chỉ hết hiệu lực một phần)', en: ' (sources disagree: one says the old text ended only in part)' },
};

// A record that says only that it ended ("expired"/"replaced" with the day, no replacing document read): the day it ended
// stands for a replacement's, with no document named. "Căn cứ Luật Bảo vệ và phát triển rừng số 29/2004/QH11" in a commune's
// report of December 2025 (outside probe 416: the law ended on 1/1/2019, and nothing was said). The status is a database's
// word, not the new text's clause: it informs.
const STATUS_ONLY: Localized = { vi: ' (theo tình trạng hiệu lực kho ghi nhận, chưa đọc điều khoản bãi bỏ)', en: ' (per the status the corpus records; the repealing clause was not read)' };

/** The day a record's status alone says it ended, or null. */
function endedOn(r: DirectiveRecord): string | null {
  const st = r.status;
  return st && (st.state === 'expired' || st.state === 'replaced') && st.asOf && st.asOf.length >= 10 ? st.asOf : null;
}

/** The record a replacement link names: its id, of the link's year when the link gives a day (ids recur across years). */
function replacingOf(ctx: RuleContext, link: Supersession): DirectiveEntry | undefined {
  return ctx.corpus.byOfficialId(link.id).find((e) => !link.date || e.record.date?.startsWith(link.date.slice(0, 4)));
}

/** How a replacing document is named: a law with its name ("Luật Đất đai 31/2024/QH15"), a name-like id as it is. */
function nameOf(id: string, record: DirectiveRecord | undefined): string {
  // An id that is a name ("Hiến pháp năm 2013") already says its kind.
  if (!startsIn(id, IS_NUMBER)) return id;
  const kindName = record ? `${record.kind}${record.name ? ` ${record.name}` : ''}` : '';
  return `${kindName} ${id}`.trim();
}

/** The document in force at the text's day down a replacement's own replacements (up to three links), or null if the first still is. */
function inForceSuccessor(ctx: RuleContext, first: DirectiveRecord): { name: string; on: string } | null {
  let found: { name: string; on: string } | null = null;
  let record: DirectiveRecord | undefined = first;
  const seen = new Set<DirectiveRecord>([first]);
  for (let step = 0; step < 3 && record; step++) {
    const link: Supersession | undefined = (record.replacedBy ?? []).find((l) => l.confidence !== 'unverified');
    if (!link) break;
    const next: DirectiveRecord | undefined = replacingOf(ctx, link)?.record;
    const on = replacedOn(link, next);
    if (!on || on.length < 10 || on >= ctx.reportDate || (next && seen.has(next))) break;
    found = { name: nameOf(link.id, next), on };
    record = next;
    if (next) seen.add(next);
  }
  return found;
}

// What stands between one citation (its date, issuer, subject) and the next of one run: a comma or "và", "cùng". Nothing at
// all is no run: "Thông tư số 01/2018/TT-VPCP … hướng dẫn thi hành một số quy định của Nghị định số 61/2018/NĐ-CP" names the
// decree in the circular's subject, which the reader ended before it.
const RUN_JOIN = /^\s{0,2}(?:[,;]\s{0,2}(?:(?:và|cùng(?:\s{1,2}với)?)\s{1,2})?|(?:và|cùng(?:\s{1,2}với)?)\s{1,2})$/u;

/**
 * Where the run the citation at `index` belongs to starts: "Thực hiện Pháp lệnh số 34/2007/PL-UBTVQH11 … về thực hiện dân chủ ở
 * xã, phường, thị trấn và Nghị định số 29/1998/NĐ-CP …" cites both as applied, though the cue stands before the first
 * (probe 450: only the first of a run of kinds was told it had been replaced). A list's members start at its first. Null
 * when the run is part of another document's subject.
 */
function runStart(ctx: RuleContext, index: number, listStart: Map<number, number>): number | null {
  const cs = ctx.reading.citations;
  let cur = cs[index]!;
  for (let i = index; i > 0; i--) {
    const prev = cs[i - 1]!;
    const prevEnd = Math.max(prev.fullSpan.end, prev.subject?.span.end ?? 0);
    if (cur.list >= 0 && prev.list === cur.list) {
      cur = prev;
      continue;
    }
    if (prevEnd > cur.span.start || cur.span.start - prevEnd > 12 || !RUN_JOIN.test(ctx.text.slice(prevEnd, cur.span.start))) break;
    // A run that goes on from a document named in another's subject is that subject's too: "… hướng dẫn thực hiện ưu đãi
    // đầu tư theo quy định của Luật Đất đai và Nghị định số 118/2015/NĐ-CP".
    if (inSubjectOfAnother(ctx, prev)) return null;
    cur = prev;
  }
  return cur.list >= 0 ? listStart.get(cur.list)! : cur.span.start;
}

function inSubjectOfAnother(ctx: RuleContext, c: Citation): boolean {
  return ctx.reading.citations.some((o) => o !== c && o.subject !== null && o.subject.span.start <= c.span.start && c.span.start < o.subject.span.end);
}

// A legal basis clause.
const BASIS = /căn cứ/iu;

export const rule: Rule = {
  code: 'citation-superseded',
  defaultSeverity: 'warning',
  description: { vi: 'Văn bản đã được thay thế nhưng được trích như còn hiệu lực', en: 'Superseded document cited as in force' },
  run(ctx) {
    const out: RuleFinding[] = [];
    const t = ctx.text;
    // Whether the block sets an old text against a new one (CONTRAST), asked only of a replaced citation.
    let contrast: boolean | undefined;
    const listStart = new Map<number, number>();
    ctx.reading.citations.forEach((c) => {
      if (c.list >= 0 && !listStart.has(c.list)) listStart.set(c.list, c.span.start);
    });
    const consolidated = /\/VBHN(?:-|$)/u.test(ctx.reading.header.number?.id ?? '');
    for (const { citation: c, entry, index } of trustedCitations(ctx)) {
      // A law named in an amending law's title ("Luật sửa đổi, bổ sung một số điều của Luật Đất
      // đai") is the text that was amended, not one cited as in force.
      if (c.named?.amended) continue;
      const links = (entry.record.replacedBy ?? []).filter((l) => l.confidence !== 'unverified');
      const link: Supersession | undefined = links[0];
      const replacing = link ? replacingOf(ctx, link) : undefined;
      const on = link ? replacedOn(link, replacing?.record) : endedOn(entry.record);
      // A replacement known only by its year (or month) is not known to be before a report of that year. Nor one on the text's
      // own day: a text of that day speaks of the change ("Thời hạn hoạt động của 18 Bộ … theo Nghị quyết 08/2021/QH15" on the
      // day 176/2025/QH15 replaced it; fortieth session's probe 388).
      if (!on || on >= ctx.reportDate || (on.length < 10 && ctx.reportDate.startsWith(on))) continue;
      // The block cites the document that replaced it too, in words that set the two apart: the writer knows of the
      // replacement ("Theo quy định của Luật Thi đua, khen thưởng năm 2003, … Tuy nhiên, … Luật Thi đua, khen thưởng năm 2022
      // không còn quy định …"; two-hundred-and-forty-ninth outside probe: told the law of 2003 had been replaced). Both cited
      // as applied ("thực hiện Quy định 213-QĐ/TW …; tiếp tục thực hiện Quy định số 76-QĐ/TW") is still the slip.
      if (replacing && (contrast ??= CONTRAST.test(t)) && ctx.resolutions.some((r) => r?.entry === replacing)) continue;
      // A text named in the subject of another ("Thông tư số 83/2016/TT-BTC … hướng dẫn thực hiện ưu đãi đầu tư theo
      // quy định của Luật Đầu tư …") is what that document was about when it was made, not one the writer applies.
      if (inSubjectOfAnother(ctx, c)) continue;
      // The clause before the citation (or before the first member of its list, or of the run of citations it ends).
      const anchor = runStart(ctx, index, listStart);
      if (anchor === null) continue;
      const before = t.slice(Math.max(0, anchor - 200), anchor);
      const cut = CLAUSE_START.exec(before);
      const clause = cut ? before.slice(cut.index + 1) : before;
      if (!IN_FORCE_CUE.test(clause)) continue;
      if (REVIEW.test(clause)) continue;
      // A consolidated text ("Số: 01/VBHN-UBDT") keeps the preamble of the text it consolidates: its "Căn cứ" lines speak
      // from that text's day, not the consolidation's (hundred-and-sixty-third outside probe: a decree of 2011 consolidated
      // in 2024 was told its basis, the Government law of 2001, had been replaced).
      if (consolidated && BASIS.test(clause)) continue;
      // "Căn cứ Luật Bảo vệ môi trường … được sửa đổi, bổ sung một số điều theo Luật số 11/2022/QH15, …": the
      // law cited as an amending act, which it remains (a Công báo text of 2026 was told the 2022 inspection
      // law had been replaced).
      if (AMENDED_BY.test(t.slice(Math.max(0, anchor - 120), c.span.start).replace(BLANKS, ' '))) continue;
      // A year in the sentence before the replacement makes the mention historical.
      const sentenceEnd = t.slice(c.fullSpan.end, c.fullSpan.end + 200).search(SENTENCE_END);
      // Other citations' own dates and years say when those documents were issued, not when the text speaks:
      // "Thực hiện Quy định 205-QĐ/TW … và Nghị định 108/2014/NĐ-CP …", "… Chỉ thị 35-CT/TW … và Kết luận
      // 118-KL/TW ngày 18/01/2025" (forty-first and forty-third outside probes: only the first was told it had
      // been replaced). They are blanked out of the sentence the checks below read — in a text dated by itself;
      // in one with no date of its own they are all there is to tell when it speaks (a Q&A citing "Hướng dẫn số
      // 01-HD/UBKTTW, ngày 21-11-2016 … Quy định số 30-QĐ/TW" speaks of 2016).
      const end = c.fullSpan.end + (sentenceEnd < 0 ? 0 : sentenceEnd);
      const dated = ctx.reportDateSource !== 'today' && ctx.reportDateSource !== 'banner' && ctx.reportDateSource !== 'lead';
      const sentence = dated ? withoutOthers(ctx, c, anchor - clause.length, end) : clause + t.slice(anchor, end);
      // The citation's own year ("Luật Đất đai năm 2013", "Quy định 124-QĐ/TW năm 2023") names the
      // text, not a past time.
      const docDate = c.date?.iso ?? '';
      const ownYear = c.named?.year ? String(c.named.year) : yearAfterId(t, c);
      if (
        [...sentence.matchAll(YEAR)].some(
          (m) => m[1]! < on.slice(0, 4) && !docDate.startsWith(m[1]!) && m[1] !== ownYear && !AMENDMENT_YEAR_BEFORE.test(sentence.slice(Math.max(0, m.index - 40), m.index)),
        )
      )
        continue;
      if (PAST.test(sentence.replace(BLANKS, ' '))) continue;
      if (datesBefore(sentence, on, docDate)) continue;
      const hedge = link ? HEDGE[link.confidence ?? ''] : STATUS_ONLY;
      // A text with no date of its own that gives a day without its year ("Ngày 27/9, Huyện ủy … triển khai Chỉ thị số
      // 35-CT/TW ngày 14/6/2024"), every date it writes or cites before the replacement: most likely an item of that
      // year, written before it (three hundred and second outside probe). Said as a hint.
      const yearlessItem = ctx.reportDateSource === 'today' && !!ctx.latestDate && ctx.latestDate < on && !!ctx.yearlessDay;
      const severity = yearlessItem ? 'hint' : hedge || entry.record.confidence === 'reported' ? 'information' : temporalSeverity(ctx, 'warning');
      const src = sourceNote(link?.sources ?? entry.record.sources, entry.origin);
      const when = reportDateNote(ctx);
      if (!link) {
        out.push({
          span: c.span,
          severity,
          message: {
            vi: `${label(c, entry)} đã hết hiệu lực từ ${dateVi(on)}, trước ${when.vi}${STATUS_ONLY.vi} — ${src.vi}.`,
            en: `${label(c, entry)} ceased to be in force on ${dateVi(on)}, before ${when.en}${STATUS_ONLY.en} — ${src.en}.`,
          },
        });
        continue;
      }
      // A law is named with its name ("Luật Đất đai 31/2024/QH15"): that is how writers know it.
      const replacement = nameOf(link.id, replacing?.record);
      // The replacement replaced in its turn before the text's day: the one in force is named too ("Luật 77/2015/QH13 …
      // thay thế bởi Luật 65/2025/QH15 (1/3/2025), nay là Luật 72/2025/QH15 (16/6/2025)"; probe 447: only the first was
      // named, itself out of force by then).
      const now = replacing ? inForceSuccessor(ctx, replacing.record) : null;
      const nowVi = now ? `, nay là ${now.name} (${dateVi(now.on)})` : '';
      const nowEn = now ? `, now ${now.name} (${dateVi(now.on)})` : '';
      out.push({
        span: c.span,
        severity,
        message: {
          vi: `${label(c, entry)} đã được thay thế bởi ${replacement} (${dateVi(on)})${nowVi} trước ${when.vi}${hedge?.vi ?? ''} — ${src.vi}.`,
          en: `${label(c, entry)} was replaced by ${replacement} (${dateVi(on)})${nowEn} before ${when.en}${hedge?.en ?? ''} — ${src.en}.`,
        },
      });
    }
    return out;
  },
};
