// citation-issuer-mismatch: "Kết luận số 43-KL/TW của Bộ Chính trị" when the record says Ban Bí
// thư. The symbol "/TW" is shared by the Central Committee, the Politburo and the Secretariat
// (conventions §1.4), so only the text can say which — and writers mix them up.

import { foldName } from '../corpus/corpus-index';
import { MINISTRY_CODES } from '../extract/patterns';
import { isLocalBody, isPartyBody, isStateBody } from '../corpus/bodies';
import { rx } from '../text/letters';
import { issuerKey } from './util/issuers';
import type { Rule, RuleFinding } from './rule';
import { allowedValues, ambiguousCitations, capForLayer, label, ownDate, sourceNote, trustedCitations, type ResolvedCitation } from './util/citations';
import type { RuleContext } from './rule';
import type { Entry } from '../corpus/corpus-index';
import type { OrganisationRecord } from '../corpus/types';
import type { Citation } from '../extract/citations';
import type { Localized } from '../types';

/**
 * The exact resolutions, and those chosen among documents sharing an id whose issuers are all
 * one ("Nghị quyết 25-NQ/TW" of 2008 and of 2013, both of the Central Committee): "của Bộ Chính
 * trị" is wrong whichever is meant.
 */
function judged(ctx: RuleContext): ResolvedCitation[] {
  const out = trustedCitations(ctx).filter((t) => !bareOfEarlierTerm(ctx, t.citation, t.entry));
  for (const a of ambiguousCitations(ctx)) {
    const issuers = new Set(a.alternatives.map((e) => allowedValues(e, 'issuer').join('|')));
    // Or the other system than every one of them: "Nghị quyết số 18-NQ/TW của Chính phủ" names a Party document
    // whichever of the Politburo's of 2007 or the Central Committee's of 2017 and 2022 is meant (said as information,
    // see otherSystem).
    const written = a.citation.issuer?.name;
    const crossed = !!written && a.alternatives.every((e) => allowedValues(e, 'issuer').every((i) => otherSystem(written, i)));
    if ((issuers.size === 1 || crossed) && a.alternatives.every((e) => e.conflicts.length === 0)) out.push({ citation: a.citation, index: a.index, resolution: a.resolution, entry: a.resolution.entry });
  }
  return out.sort((x, y) => x.index - y.index);
}

/**
 * A bare Party id (no day, term or subject written) whose one record is of an earlier Central Committee term than the text's:
 * Party numbers start again every term, and the body written against the record's is then more likely another document of
 * the number than a slip. "Kết luận số 93-KL/TW của Bộ Chính trị" in a Government resolution of 2026 is not the
 * Secretariat's 93-KL/TW of 2020 (corpus round 133 added that one; a gazette document was told it was the Secretariat's).
 */
function bareOfEarlierTerm(ctx: RuleContext, c: Citation, entry: Entry): boolean {
  const r = entry.record as { term?: string };
  // Only against the text's own date: a draft judged as of today may be of any time.
  if (c.style !== 'party' || c.date || c.term || c.subject || !r.term || !ownDate(ctx)) return false;
  const now = ctx.corpus.centralTermOn(ctx.reportDate);
  return now !== null && now !== r.term;
}

/**
 * Bodies renamed since, by the name they issued under: the Council of Ministers (Hội đồng Bộ trưởng, 1981–1992) and the
 * Council of Government (Hội đồng Chính phủ, 1960–1981) are today's Government ("Hội đồng Bộ trưởng (nay là Chính phủ)",
 * as commemorations.json's sources for 16/HĐBT and 167/HĐBT write it).
 */
const LATER_NAME: ReadonlyMap<string, string> = new Map([
  ['Hội đồng Bộ trưởng', 'Chính phủ'],
  ['Hội đồng Chính phủ', 'Chính phủ'],
]);

/** Issuers written loosely enough that they cannot be wrong ("của Trung ương"). */
const LOOSE = new Set(['trung uong', 'trung uong dang']);

function fits(written: string, recordIssuer: string): boolean {
  const w = issuerKey(written);
  // A record may name joint issuers ("Bộ Chính trị, Ban Bí thư"); any of them fits.
  return recordIssuer.split(/\s*,\s*|\s+và\s+/u).some((r) => {
    const f = issuerKey(r);
    return f === w || f.startsWith(w + ' ') || w.startsWith(f + ' ') || w.startsWith(f);
  });
}

/**
 * Whether the body written belongs to the other system than the record's issuer. Then "của X" is
 * most likely not the citation's issuer but that of the words before it: "Ban Chỉ đạo về tổng
 * kết thực hiện Nghị quyết số 18-NQ/TW của Chính phủ" names the Government's steering committee,
 * "Chương trình hành động thực hiện Nghị quyết … của Chính phủ" its programme (eleventh outside
 * probe: a warning that 18-NQ/TW is not the Government's was false). Said as information only.
 */
function otherSystem(written: string, recordIssuer: string): boolean {
  const w = foldName(written);
  const r = foldName(recordIssuer);
  return (isStateBody(w) && isPartyBody(r)) || (isPartyBody(w) && isStateBody(r));
}

// A clause that opens with the cue alone before the citation: "Căn cứ", "Thực hiện", "Theo" — no words before it that
// could own the body after it.
const CUE_ONLY = rx(String.raw`(?:^|[.;:!?\n])[ \t]{0,4}(?:[-+•*][ \t]{0,2}|\d{1,2}[.)][ \t]{0,2}|[a-zđ][)][ \t]{0,2})?(?:[Cc]ăn\s{1,2}cứ(?:\s{1,2}vào)?|(?:[Tt]iếp\s{1,2}tục\s{1,2})?[Tt]hực\s{1,2}hiện|[Tt]heo|[Tt]ại|[Qq]uán\s{1,2}triệt|[Tt]riển\s{1,2}khai)\s{1,2}$`, 'u');

/**
 * Whether the citation's clause has only its cue before it: "Căn cứ Nghị quyết 18-NQ/TW năm 2017 của Chính phủ đã đề ra …"
 * credits the resolution itself to the Government, there being no steering committee or programme before it whose body
 * "của Chính phủ" could be (forty-seventh session's probe 449: told as a hedged note only).
 */
function onlyCueBefore(text: string, c: Citation): boolean {
  const start = c.kindSpan?.start ?? c.span.start;
  return CUE_ONLY.test(text.slice(Math.max(0, start - 40), start));
}

/**
 * Whether a local body is written where the record's issuer is a central one. A commune never issues
 * the Politburo's resolution: "Ban Chỉ đạo thực hiện Nghị quyết số 57-NQ/TW của Đảng ủy xã Nghĩa Tá"
 * names the commune's steering committee (thirty-sixth outside probe: a warning that 57-NQ/TW is not
 * the commune's was false). Said as information, as for the other system.
 */
function localForCentral(written: string, recordIssuer: string): boolean {
  return isLocalBody(foldName(written)) && !isLocalBody(foldName(recordIssuer));
}

/**
 * Central Party bodies by the code their documents carry after the slash ("8011-CV/BTCTW": Ban Tổ chức
 * Trung ương), from the organisation records' abbreviations written as one code; once per corpus.
 */
const bodiesByCode = new WeakMap<object, Map<string, Entry<OrganisationRecord>>>();
function bodyOfCode(corpus: RuleContext['corpus'], code: string): Entry<OrganisationRecord> | undefined {
  let m = bodiesByCode.get(corpus);
  if (!m) {
    m = new Map();
    for (const e of corpus.organisations)
      if (e.record.scope === 'central') for (const a of e.record.abbreviations ?? []) if (/^[A-ZĐ]{3,10}$/u.test(a)) m.set(a, e);
    bodiesByCode.set(corpus, m);
  }
  return m.get(code);
}

/**
 * A Party document the corpus does not confirm, whose code names its issuer ("Hướng dẫn số
 * 26-HD/BTCTW … của Bộ Chính trị": BTCTW is the Ban Tổ chức Trung ương's; twelfth outside probe)
 * credited to another body. A warning, or information for a member of a list, whose body written
 * after the list may be that of another member. Which of the two is wrong is not known: the message
 * says so, and the fix to the body is offered but not preferred.
 */
function byCode(ctx: RuleContext, c: Citation, seen: Set<number>): RuleFinding | null {
  const iss = c.issuer;
  if (!iss || seen.has(iss.span.start) || c.style !== 'party' || !c.issuerCode || LOOSE.has(foldName(iss.written))) return null;
  const body = bodyOfCode(ctx.corpus, c.issuerCode);
  if (!body || fits(iss.name, body.record.name) || fits(iss.written, body.record.name)) return null;
  seen.add(iss.span.start);
  const right = body.record.name;
  const src = sourceNote(body.record.sources, body.origin);
  const what = c.kind ? `${c.kind} ${c.id}` : c.id!;
  return {
    span: iss.span,
    severity: c.list >= 0 ? 'information' : 'warning',
    message: {
      // The corpus lacks the document: the symbol or the body may be the slip (sixteenth outside probe:
      // "Kế hoạch 03-KH/BTGTW … của Ban Chỉ đạo Trung ương", a plan another text cites as 03-KH/BCĐTW).
      vi: `Ký hiệu "${c.issuerCode}" là của ${right}, nhưng ${what} được ghi là của ${iss.written}: kiểm tra lại ký hiệu hoặc cơ quan ban hành — ${src.vi}.`,
      en: `The code "${c.issuerCode}" is the ${right}'s, but ${what} is credited to ${iss.written}: check the symbol or the issuer — ${src.en}.`,
    },
    fixes: [{ title: { vi: `Sửa cơ quan ban hành thành "${right}"`, en: `Change the issuer to "${right}"` }, edits: [{ start: iss.span.start, end: iss.span.end, newText: right }], safe: false }],
  };
}

const SIGNED = /(?:^|\s)ký(?:\s|$)/u;

/**
 * The Prime Minister (or a deputy) named before a decree as the one who signed it: "Thủ tướng Chính phủ Nguyễn
 * Xuân Phúc vừa ký ban hành Nghị định số 128/2020/NĐ-CP" is right — the Prime Minister signs for the Government
 * (hundred-and-fourth outside probe: told a slip, for a decree the corpus lacks and again once it knew it).
 */
function signedForGovernment(iss: NonNullable<Citation['issuer']>, c: Citation, text: string): boolean {
  return /^(?:Phó\s)?Thủ tướng/u.test(iss.name) && iss.span.end <= c.span.start && SIGNED.test(text.slice(iss.span.end, c.span.start));
}

/**
 * A decree ("…/NĐ-CP": the Government's code) credited to the Prime Minister: "Nghị định 07/2008/NĐ-CP, ngày
 * 23-12-2008 của Thủ tướng Chính phủ" (fifty-third outside probe), "Nghị định số 145/2020/NĐ-CP … của Thủ tướng
 * Chính phủ" (a gazette circular). The Prime Minister signs decrees for the Government and issues decisions and
 * directives ("…/QĐ-TTg"): either the body or the kind and number is the slip. On the 1,777 real texts of the
 * test sets, the gazette and the seeds, these two are the only such citations.
 */
function decreeOfPrimeMinister(c: Citation, seen: Set<number>, text: string): RuleFinding | null {
  const iss = c.issuer;
  if (!iss || seen.has(iss.span.start) || c.style !== 'state' || c.typeCode !== 'NĐ' || c.issuerCode !== 'CP' || !/^Thủ tướng/u.test(iss.name)) return null;
  if (signedForGovernment(iss, c, text)) return null;
  seen.add(iss.span.start);
  return {
    span: iss.span,
    severity: c.list >= 0 ? 'information' : 'warning',
    message: {
      vi: `${c.kind ?? 'Nghị định'} ${c.id} (ký hiệu NĐ-CP) do Chính phủ ban hành, nhưng được ghi là của ${iss.written}: kiểm tra lại cơ quan ban hành, hoặc loại và số hiệu văn bản (Thủ tướng ban hành quyết định, chỉ thị "…/QĐ-TTg", "…/CT-TTg").`,
      en: `${c.kind ?? 'Nghị định'} ${c.id} (code NĐ-CP) is the Government's, but it is credited to ${iss.written}: check the issuer, or the kind and number (the Prime Minister issues decisions and directives, "…/QĐ-TTg", "…/CT-TTg").`,
    },
    fixes: [{ title: { vi: 'Sửa cơ quan ban hành thành "Chính phủ"', en: 'Change the issuer to "Chính phủ"' }, edits: [{ start: iss.span.start, end: iss.span.end, newText: 'Chính phủ' }], safe: false }],
  };
}

/**
 * A document of the National Assembly's Standing Committee ("…/NQ-UBTVQH15", "1211/2016/UBTVQH13": its code) credited to
 * the Assembly itself: "Quốc hội đã ban hành Nghị quyết số 595/NQ-UBTVQH15" (two-hundred-and-thirty-seventh outside probe:
 * nothing was said for a resolution the corpus lacks; for one it holds, the record's issuer already tells it). Either the
 * body or the symbol is the slip.
 */
function standingCommitteeAsAssembly(c: Citation, seen: Set<number>): RuleFinding | null {
  const iss = c.issuer;
  if (!iss || seen.has(iss.span.start) || c.style !== 'state' || !c.issuerCode || !/^UBTVQH\d{0,2}$/u.test(c.issuerCode) || iss.name !== 'Quốc hội') return null;
  seen.add(iss.span.start);
  const right = 'Ủy ban Thường vụ Quốc hội';
  const what = `${c.kind ?? 'Văn bản'} ${c.id}`;
  return {
    span: iss.span,
    severity: c.list >= 0 ? 'information' : 'warning',
    message: {
      vi: `${what} (ký hiệu ${c.issuerCode}) do ${right} ban hành, nhưng được ghi là của ${iss.written}: kiểm tra lại cơ quan ban hành hoặc ký hiệu văn bản (nghị quyết của Quốc hội mang ký hiệu "…/QH${c.issuerCode.slice(6)}").`,
      en: `${what} (code ${c.issuerCode}) is the ${right}'s (the National Assembly Standing Committee's), but it is credited to ${iss.written}: check the issuer or the symbol (the Assembly's own resolutions carry "…/QH${c.issuerCode.slice(6)}").`,
    },
    fixes: [{ title: { vi: `Sửa cơ quan ban hành thành "${right}"`, en: `Change the issuer to "${right}"` }, edits: [{ start: iss.span.start, end: iss.span.end, newText: right }], safe: false }],
  };
}

// Bodies that never issue a ministry's document (a circular, a ministry's decision or directive): the Government, the Prime
// Minister, the National Assembly.
const ABOVE_MINISTRIES = /^(?:Chính phủ|(?:Phó\s)?Thủ tướng(?:\sChính phủ)?|Quốc hội)$/u;

/**
 * A ministry's document ("…/TT-BCT", "…/QĐ-BNV": a ministry's code after the type) credited to the Government, the Prime
 * Minister or the National Assembly: "Chính phủ ban hành Thông tư số 42/2018/TT-BCT" (two hundred and eighty-second outside
 * probe: nothing was said for a circular the corpus lacks). A circular is a minister's (Luật Ban hành văn bản quy phạm pháp
 * luật, Điều 4): either the body or the symbol is the slip. Information for a member of a list, or a document named in
 * another's subject, whose body written after may be another's.
 */
function ministryAsGovernment(ctx: RuleContext, c: Citation, i: number, seen: Set<number>): RuleFinding | null {
  const iss = c.issuer;
  if (!iss || seen.has(iss.span.start) || c.style !== 'state' || !c.issuerCode || !MINISTRY_CODES.has(c.issuerCode) || !ABOVE_MINISTRIES.test(iss.name)) return null;
  seen.add(iss.span.start);
  const what = `${c.kind ?? 'Văn bản'} ${c.id}`;
  const loose = c.list >= 0 || nested(ctx, i) || previousCited(ctx, i);
  return {
    span: iss.span,
    severity: loose ? 'information' : 'warning',
    message: {
      vi: `${what} mang ký hiệu của một bộ (${c.issuerCode}), nhưng được ghi là của ${iss.written}: kiểm tra lại cơ quan ban hành hoặc ký hiệu văn bản (thông tư do bộ trưởng, thủ trưởng cơ quan ngang bộ ban hành — Luật Ban hành văn bản quy phạm pháp luật, Điều 4).`,
      en: `${what} carries a ministry's code (${c.issuerCode}), but it is credited to ${iss.written}: check the issuer or the symbol (circulars are issued by ministers and heads of ministry-level agencies — Law on Promulgation of Legal Documents, Article 4).`,
    },
    fixes: [],
  };
}

/** Whether a citation right before this one, joined by a comma or "và" and with no issuer of its own, may own the body written. */
function previousCited(ctx: RuleContext, i: number): boolean {
  const prev = ctx.reading.citations[i - 1];
  const c = ctx.reading.citations[i]!;
  return !!prev && !prev.issuer && prev.fullSpan.end <= c.span.start && /^\s{0,2}(?:[,;]|,?\s{1,2}và)\s{0,2}$/u.test(ctx.text.slice(prev.fullSpan.end, c.span.start));
}

/**
 * Whether the citation is named inside the subject of the one before it ("Kết luận 01-KL/TW năm 2021
 * về tiếp tục thực hiện Chỉ thị 05-CT/TW "…" do Ban Chấp hành Trung ương ban hành"; fourteenth
 * outside probe): the body written after it may be the outer document's, which the reader cannot
 * tell. Said as information.
 */
function nested(ctx: RuleContext, i: number): boolean {
  const prev = ctx.reading.citations[i - 1];
  const c = ctx.reading.citations[i]!;
  if (!prev || prev.fullSpan.end > c.span.start) return false;
  const gap = ctx.text.slice(prev.fullSpan.end, c.span.start);
  // Within one phrase: no clause break between them ("…, đồng thời tổng kết … Kết luận số 43-KL/TW"
  // is a second document, not one named inside the first's subject).
  // "Công văn 2184/BGDĐT-GDDT … hướng dẫn thực hiện Tiểu dự án 1 - Dự án 5 thuộc Quyết định 1719/QĐ-TTg do Bộ Giáo dục và
  // Đào tạo ban hành": the letter's issuer (a legal database's list of related texts in the hundred-and-first outside probe:
  // a false warning once "do … ban hành" was no longer read as a subject).
  return gap.length < 100 && !/[;,.\n]/u.test(gap) && /(?:^|\s)(?:về|thuộc|theo|hướng\s{1,2}dẫn|thực\s{1,2}hiện|triển\s{1,2}khai|thi\s{1,2}hành)\s/u.test(gap);
}

/**
 * Whether the body written is that of the citation right before, joined to this one by a comma and with no
 * issuer of its own: "Chỉ thị số 35-CT/TW ngày 30/5/2019, hướng dẫn số 26-HD/BTCTW, ngày 18/10/2019 của Bộ Chính
 * trị về đại hội …" gives the Politburo's directive and the Organisation Commission's guide one issuer, which
 * fits the first (a twelfth-session corpus round: 26-HD/BTCTW became known, and the guide was told it is not
 * the Politburo's). Joined by "và" too: "theo Nghị quyết 42/NQ-CP và Quyết định 15/2020/QĐ-TTg của Chính phủ" (eighty-seventh
 * outside probe). Said as information.
 */
function previousOwns(ctx: RuleContext, i: number, written: string): boolean {
  const res = ctx.resolutions[i - 1];
  return !!res && previousCited(ctx, i) && allowedValues(res.entry, 'issuer').some((a) => fits(written, a));
}

/**
 * A project, programme or strategy named by the number of the Prime Minister's decision approving it, credited to the
 * Government: "Đề án 06 của Chính phủ" is the Government's project that Quyết định 06/QĐ-TTg approved, as everyone calls it
 * (hundred-and-sixty-fifth outside probe: a false warning). The decision itself credited to the Government is still told
 * ("Chính phủ đã ban hành Quyết định 861/QĐ-TTg", hundred-and-sixty-third).
 */
function governmentsProject(c: Citation, recordKind: string, written: string, right: string): boolean {
  return !!c.kind && c.kind !== recordKind && /^(?:Đề án|Chương trình|Chiến lược|Kế hoạch|Dự án)$/u.test(c.kind) && written === 'Chính phủ' && /^Thủ tướng/u.test(right);
}

// A central body written just before the issuer read, and set off from it by a comma.
const BODY_BEFORE = /(Bộ Chính trị|Ban Bí thư|Ban Chấp hành Trung ương(?: Đảng)?|Chính phủ|Thủ tướng Chính phủ)\s{0,2},\s{1,2}$/u;

/**
 * "ngày 23/6/2004, Bộ Chính trị, BCH Trung ương Đảng Cộng sản Việt Nam đã ban hành Nghị quyết 36": the body before
 * the citation is the first of two in apposition, and the record's issuer is that first one (hundred-and-sixty-sixth
 * outside probe: told the resolution was not the Central Committee's, the body nearest it).
 */
function bodyBeforeFits(text: string, issuerStart: number, allowed: readonly string[]): boolean {
  const m = BODY_BEFORE.exec(text.slice(Math.max(0, issuerStart - 48), issuerStart));
  return !!m && allowed.some((a) => fits(m[1]!, a));
}

export const rule: Rule = {
  code: 'citation-issuer-mismatch',
  defaultSeverity: 'warning',
  description: { vi: 'Cơ quan ban hành không khớp kho văn bản', en: 'Issuer differs from the corpus record' },
  run(ctx) {
    const out: RuleFinding[] = [];
    const seen = new Set<number>();
    // Several documents of a list given one issuer ("Quyết định số 217-QĐ/TW và 218-QĐ/TW của Ban Chấp hành Trung ương
    // Đảng"): one finding on the issuer, naming each document it is wrong for (two hundred and fifty-ninth outside probe:
    // only the first was named).
    const groups = new Map<number, IssuerGroup>();
    const list = judged(ctx);
    for (const { citation: c, entry, index } of list) {
      const iss = c.issuer;
      if (!iss) continue;
      const group = groups.get(iss.span.start);
      if (!group && seen.has(iss.span.start)) continue;
      // An issuer inferred from a document's capitalised header lines is not reliable enough.
      if (entry.origin.layer === 'user-document') continue;
      // Nor is the gazette layer's: the name most citations write, a label for the hover, not a
      // fact read in the document ("Bộ Lao động Thương binh và Xã hội", "Bộ trưởng Bộ …" and
      // "Bộ Lao động - Thương binh và Xã hội" all name one issuer; 47 false alarms on the gazette).
      if (entry.origin.layer === 'gazette') continue;
      if (LOOSE.has(foldName(iss.written))) continue;
      const allowed = allowedValues(entry, 'issuer');
      if (allowed.length === 0 || allowed.some((a) => fits(iss.name, a) || fits(iss.written, a))) continue;
      const right = entry.record.issuer;
      if (group) {
        if (group.right === right && !group.labels.includes(label(c, entry))) group.labels.push(label(c, entry));
        continue;
      }
      seen.add(iss.span.start);
      if (right === 'Chính phủ' && signedForGovernment(iss, c, ctx.text)) continue;
      if (governmentsProject(c, entry.record.kind, iss.name, right)) continue;
      if (iss.span.end <= c.span.start && bodyBeforeFits(ctx.text, iss.span.start, allowed)) continue;
      const src = sourceNote(entry.record.sources, entry.origin);
      // The body as it is called today for one that issued the document under an earlier name: an anachronism, not another
      // body (thirty-ninth session: "Quyết định số 16/HĐBT … của Chính phủ", "Quyết định số 216-CP … của Chính phủ" of 1961
      // were warnings once the corpus held them).
      const today = LATER_NAME.get(right);
      if (today && fits(iss.name, today)) {
        out.push({
          span: iss.span,
          severity: 'information',
          message: {
            vi: `${label(c, entry)} do ${right} ban hành (nay là ${today}); trích dẫn thường ghi cơ quan như khi ban hành: "của ${right}" — ${src.vi}.`,
            en: `${label(c, entry)} was issued by the ${right} (today the ${today}); a citation usually names the body as it was then: "của ${right}" — ${src.en}.`,
          },
          fixes: [{ title: { vi: `Sửa thành "${right}"`, en: `Change to "${right}"` }, edits: [{ start: iss.span.start, end: iss.span.end, newText: right }], safe: false, preferred: true }],
        });
        continue;
      }
      const other =
        ((otherSystem(iss.written, right) || localForCentral(iss.written, right)) && !onlyCueBefore(ctx.text, c)) || nested(ctx, index) || previousOwns(ctx, index, iss.written);
      groups.set(iss.span.start, { labels: [label(c, entry)], right, issuer: iss, entry, other, src, safe: allowed.length === 1 && !right.includes(',') });
    }
    for (const g of groups.values()) out.push(groupFinding(g));
    // Documents the corpus does not confirm: the code after the slash may still name the issuer.
    const confirmed = new Set(list.map((r) => r.index));
    ctx.reading.citations.forEach((c, i) => {
      if (confirmed.has(i)) return;
      const f = byCode(ctx, c, seen) ?? decreeOfPrimeMinister(c, seen, ctx.text) ?? standingCommitteeAsAssembly(c, seen) ?? ministryAsGovernment(ctx, c, i, seen);
      if (f) out.push(f);
    });
    return out.sort((a, b) => a.span.start - b.span.start);
  },
};

/** The documents a written issuer is wrong for, and what the first of them gave the finding. */
interface IssuerGroup {
  labels: string[];
  right: string;
  issuer: NonNullable<Citation['issuer']>;
  entry: ResolvedCitation['entry'];
  /** The issuer may be the words' before the citation: information, said as a condition. */
  other: boolean;
  src: Localized;
  safe: boolean;
}

function groupFinding({ labels, right, issuer: iss, entry, other, src, safe }: IssuerGroup): RuleFinding {
  const vi = joinLabels(labels, 'và');
  const en = joinLabels(labels, 'and');
  const was = labels.length > 1 ? 'were' : 'was';
  return {
    span: iss.span,
    severity: other ? 'information' : capForLayer(entry, 'warning'),
    message: other
      ? {
          vi: `${vi} do ${right} ban hành; nếu "${iss.written}" ở đây là cơ quan ban hành văn bản này thì chưa đúng (có thể đây là cơ quan của cụm từ đứng trước) — ${src.vi}.`,
          en: `${en} ${was} issued by ${right}; if "${iss.written}" here names its issuer, that is wrong (it may belong to the words before the citation) — ${src.en}.`,
        }
      : {
          vi: `${vi} do ${right} ban hành, không phải ${iss.written} — ${src.vi}.`,
          en: `${en} ${was} issued by ${right}, not ${iss.written} — ${src.en}.`,
        },
    fixes: [
      {
        title: { vi: `Sửa thành "${right}"`, en: `Change to "${right}"` },
        edits: [{ start: iss.span.start, end: iss.span.end, newText: right }],
        safe,
        preferred: true,
      },
    ],
  };
}

/** "A", "A và B", "A, B và C" (with "and" in English). */
function joinLabels(labels: readonly string[], and: string): string {
  return labels.length < 2 ? labels[0]! : `${labels.slice(0, -1).join(', ')} ${and} ${labels[labels.length - 1]}`;
}
