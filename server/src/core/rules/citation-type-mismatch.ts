// citation-type-mismatch: the kind word does not fit the symbol ("Nghị quyết số 290-QĐ/TW",
// "Chỉ thị … -NQ/…"), the corpus says the document is of another kind that shares the code
// (Party Quyết định and Quy định both carry QĐ: "Quyết định số 213-QĐ/TW" is a Quy định), or a
// Party body is named as issuing a kind only the state issues ("Nghị định … của Bộ Chính trị").
// Which codes a kind may carry is corpus data (corpus/kinds.json), not code, and so are:
// - compound kind words ("Thông báo kết luận số 49/TB-VPCP" is a Thông báo; a Party "Thông báo
//   kết luận số 02-KL/…" carries KL): the symbol may carry the code of either word;
// - general words ("Công văn" for a document sent as a letter): "Công văn số 7886/HD-BNV" names a
//   Hướng dẫn loosely, which is information at most, saying how the draft names it elsewhere;
// - a kind whose code no source attests (Thông tri): nothing is known to contradict.

import type { CorpusIndex } from '../corpus/corpus-index';
import type { DirectiveRecord, KindRecord } from '../corpus/types';
import { subjectAgreement } from '../corpus/same-document';
import { parseId, type Citation } from '../extract/citations';
import { detached } from '../text/detached';
import type { Fix, Localized } from '../types';
import { shiftedFinding } from '../shift';
import type { CollectingRule, DocumentContext, RuleContext, RuleFinding } from './rule';
import { allowedValues, capForLayer, dateVi, sourceNote } from './util/citations';
import { hasClass, IS_LETTER, IS_NUMBER } from '../text/letters';
import { MINISTRY_CODES, withD } from '../extract/patterns';
import { fold } from '../text/normalize';

// Legal normative kinds (văn bản quy phạm pháp luật, conventions §1.6): issued by state bodies only.
const STATE_ONLY_KINDS = new Set(['Hiến pháp', 'Bộ luật', 'Luật', 'Pháp lệnh', 'Lệnh', 'Nghị định', 'Thông tư', 'Thông tư liên tịch', 'Nghị quyết liên tịch']);
const PARTY_BODIES = new Set(['Bộ Chính trị', 'Ban Bí thư', 'Ban Chấp hành Trung ương', 'Ban Thường vụ Tỉnh ủy', 'Tỉnh ủy', 'Ban Chấp hành Đảng bộ tỉnh', 'Văn phòng Trung ương Đảng']);

interface Kinds {
  list: KindRecord[];
  /** Lower-case kind → record: asked for every citation. */
  byLower: Map<string, KindRecord>;
  /** Memo of `general` by written kind, numbering system and code. */
  general: Map<KindRecord, Map<string, Map<string, boolean>>>;
  /** The record of a kind as a citation names it (`byLower`, without lower-casing it each time). */
  byKind: Map<string, KindRecord | null>;
  /** The codes a kind allows in a numbering system, without a compound word. */
  allowed: Map<KindRecord, Map<string, string[]>>;
  /** Compound words of every kind, lower case. */
  compoundWords: string[];
  /**
   * Memo by the kind word as written: whether some compound word ends with it (NFC, single
   * spaces, lower case) or it with one. Most citations' kind words end no compound, and building the
   * 60 characters before each one cost more than the rest of the rule.
   */
  mayCompound: Map<string, boolean>;
  /** Kinds that are general words for many kinds ("Công văn"). */
  generic: Set<string>;
}
const kindsCache = new WeakMap<CorpusIndex, Kinds>();

function kindsOf(corpus: CorpusIndex): Kinds {
  let k = kindsCache.get(corpus);
  if (!k) {
    const list = corpus.kinds.map((x) => x.record);
    const byLower = new Map<string, KindRecord>();
    for (const r of list) if (!byLower.has(r.kind.toLowerCase())) byLower.set(r.kind.toLowerCase(), r);
    const compoundWords = list.flatMap((r) => (r.compounds ?? []).map((w) => w.toLowerCase()));
    // A kind is general as its first record says ("Công văn").
    const generic = new Set<string>();
    const seen = new Set<string>();
    for (const r of list) {
      if (!seen.has(r.kind) && r.generic) generic.add(r.kind);
      seen.add(r.kind);
    }
    kindsCache.set(corpus, (k = { list, byLower, general: new Map(), byKind: new Map(), allowed: new Map(), compoundWords, mayCompound: new Map(), generic }));
  }
  return k;
}

function codesOf(k: KindRecord | undefined, style: Citation['style']): string[] {
  if (!k) return [];
  return (style === 'party' ? k.party : k.state) ?? [];
}

/** Kinds whose first (primary) code is `code`, in a numbering system. */
function primaryKinds(kinds: KindRecord[], code: string, style: Citation['style']): KindRecord[] {
  return kinds.filter((k) => codesOf(k, style)[0] === code);
}

/** The kind whose compound word ends at the kind word written ("Thông báo kết luận"), if any. */
function compoundOf(table: Kinds, text: string, c: Citation): KindRecord | undefined {
  // A compound word that ends where the kind word ends ends with it, or is its end: no other can.
  const written = text.slice(c.kindSpan!.start, c.kindSpan!.end);
  let may = table.mayCompound.get(written);
  if (may === undefined) {
    const own = written.normalize('NFC').replace(/\s+/gu, ' ').toLowerCase();
    may = table.compoundWords.some((w) => w.endsWith(own) || own.endsWith(w));
    if (table.mayCompound.size > 1000) table.mayCompound.clear(); // kind words as written are few; a hostile text must not grow it
    table.mayCompound.set(detached(written), may);
  }
  if (!may) return undefined;
  const kinds = table.list;
  const before = text.slice(Math.max(0, c.kindSpan!.end - 60), c.kindSpan!.end).normalize('NFC').replace(/\s+/gu, ' ').toLowerCase();
  return kinds.find((k) =>
    k.compounds?.some((w) => {
      const word = w.toLowerCase();
      return before.endsWith(word) && !hasClass(before.charCodeAt(before.length - word.length - 1), IS_LETTER | IS_NUMBER);
    }),
  );
}

/** A citation whose kind is written and specific: how the draft names a document. */
interface Named {
  id: string;
  kind: string;
  start: number;
}

/** A general word's finding, whose message names the document's specific kind elsewhere in the draft, if any. */
interface Pending {
  finding: number;
  id: string;
  kind: string;
  start: number;
  /** Said only when the draft names the document with another kind elsewhere. */
  onlyIfElsewhere?: boolean;
}

interface Facts {
  findings: RuleFinding[];
  named: Named[];
  pending: Pending[];
}

/** How the same draft names the document elsewhere: "Hướng dẫn số 7886/HD-BNV (dòng 12)". */
function namedElsewhere(doc: DocumentContext, p: Pending, offset: number, named: readonly Named[]): Localized | null {
  const other = named.find((o) => o.start !== p.start + offset && o.id === p.id && o.kind !== p.kind);
  if (!other) return null;
  const line = doc.lineAt(other.start);
  return { vi: `; bản thảo này cũng gọi là "${other.kind} ${other.id}" (dòng ${line})`, en: `; the draft also calls it "${other.kind} ${other.id}" (line ${line})` };
}

function replaceKind(c: Citation, kind: string, written: string): Fix {
  // Keep a heading's capitals: "NGHỊ QUYẾT" is corrected to "QUYẾT ĐỊNH".
  const text = written === written.toUpperCase() ? kind.toUpperCase() : kind;
  return {
    title: { vi: `Sửa thành "${text}"`, en: `Change to "${text}"` },
    edits: [{ start: c.kindSpan!.start, end: c.kindSpan!.end, newText: text }],
    safe: false,
  };
}

/**
 * The document the kind word names, when the symbol's code is the slip: "Kết luận số 01-CT/TW của Bộ
 * Chính trị khóa XIII" is the corpus's Kết luận 01-KL/TW of 2021 (thirteenth outside probe: the
 * finding had only said that 01-CT/TW is a Chỉ thị, and pointed at the one of 2026). A Party id with
 * each code the kind allows; kept when nothing written (term, year) contradicts the record.
 */
function symbolSlip(corpus: CorpusIndex, c: Citation, code: string, allowed: readonly string[]): { id: string; date?: string; record: DirectiveRecord } | null {
  if ((c.style !== 'party' && c.style !== 'state') || !c.id) return null;
  // The type code stands after the number's hyphen in a Party id ("-CT/"), before the issuer's hyphen in a state one
  // ("/NĐ-CP": "Nghị quyết số 32/2007/NĐ-CP" for Nghị quyết 32/2007/NQ-CP; hundred-and-twenty-seventh outside probe).
  const [from, to] = c.style === 'party' ? [`-${code}/`, (k: string) => `-${k}/`] : [`/${code}-`, (k: string) => `/${k}-`];
  for (const k of allowed) {
    const id: string = c.id.replace(from, to(k));
    if (id === c.id) continue;
    const fit = corpus.byOfficialId(id).filter((e) => {
      const r = e.record;
      if (r.confidence === 'unverified' || r.kind !== c.kind) return false;
      if (c.term?.scope === 'party-central' && r.term && r.term !== c.term.roman) return false;
      if (c.date?.year && r.date && +r.date.slice(0, 4) !== c.date.year) return false;
      return true;
    });
    if (fit.length === 1) return { id, date: fit[0]!.record.date, record: fit[0]!.record };
  }
  return null;
}

/** The symbol slip's document when the subject written agrees with it and not with the document of the id written. */
function subjectSlip(c: Citation, own: DirectiveRecord, slip: ReturnType<typeof symbolSlip>): ReturnType<typeof symbolSlip> {
  if (!slip || !c.subject) return null;
  // A subject about another numbered text ("về tiếp tục thực hiện Chỉ thị 05-CT/TW") agrees wholly with the document whose
  // own subject names that text too, however short (same-document.ts).
  const theirs = subjectAgreement(c.subject.text, slip.record, 2);
  const ours = subjectAgreement(c.subject.text, own, 2);
  return theirs !== null && theirs >= SAME_SUBJECT && (ours === null || ours < theirs) ? slip : null;
}
// The share of a subject's words a document's own subject must hold to be the one written about.
const SAME_SUBJECT = 0.5;

/** Whether a decision's subject says it approves or issues a document of `kind`: "về việc phê duyệt Đề án …". */
function approves(subject: string | undefined, kind: string): boolean {
  if (!subject) return false;
  const s = fold(subject);
  const k = fold(kind);
  return APPROVING.some((verb) => s.includes(`${verb} ${k} `) || s.endsWith(`${verb} ${k}`));
}
// Folded: "phê duyệt", "ban hành".
const APPROVING = ['phe duyet', 'ban hanh'];

// Kinds only a minister (or the head of a ministry-level body) issues: their code before another body's code is that
// body's own ("Báo cáo số 03/TT-PT … của Công ty TNHH …", a firm's verification report, forty-seventh session's probe 452;
// "Thông tri số 05/TT-MTTW-BTT", the Front's circular letter): no Thông tư to name.
const MINISTERS_ONLY = new Set(['Thông tư']);
// Codes of ministry-level bodies beyond MINISTRY_CODES (the ministries, the State Bank, the ethnic committee): the
// Government Inspectorate, the State Audit, the courts' and procuracy's heads, the Government Office.
const MINISTRY_LEVEL = new Set(['TTCP', 'KTNN', 'TANDTC', 'VKSNDTC', 'VPCP']);

/** Whether an issuer code may be a minister's or a ministry-level head's: "BTC", "BLĐTBXH", "NHNN"; a joint circular's. */
function ministerial(issuerCode: string | null): boolean {
  if (!issuerCode) return true;
  return issuerCode.startsWith('B') || MINISTRY_CODES.has(issuerCode) || MINISTRY_LEVEL.has(issuerCode) || issuerCode.includes('-');
}

export const rule: CollectingRule<Facts> = {
  code: 'citation-type-mismatch',
  scope: 'collect',
  defaultSeverity: 'error',
  description: { vi: 'Tên loại văn bản không khớp ký hiệu', en: 'Document kind does not fit the symbol' },
  judge(parts, doc) {
    const out: RuleFinding[] = [];
    let named: Named[] | null = null;
    for (const { offset, facts } of parts) {
      const elsewhere = new Map<number, Localized | null>();
      const unsaid = new Set<number>();
      if (facts.pending.length) {
        const all = (named ??= parts.flatMap((p) => p.facts.named.map((n) => ({ ...n, start: n.start + p.offset }))));
        for (const p of facts.pending) {
          const more = namedElsewhere(doc, p, offset, all);
          elsewhere.set(p.finding, more);
          if (!more && p.onlyIfElsewhere) unsaid.add(p.finding);
        }
      }
      facts.findings.forEach((f, k) => {
        if (unsaid.has(k)) return;
        const placed = shiftedFinding(f, offset);
        const more = elsewhere.get(k);
        // The message ends with a full stop; what the draft says elsewhere goes before it.
        if (more) out.push({ ...placed, message: { vi: `${placed.message.vi.slice(0, -1)}${more.vi}.`, en: `${placed.message.en.slice(0, -1)}${more.en}.` } });
        else out.push(placed);
      });
    }
    return out;
  },
  collect(ctx) {
    const table = kindsOf(ctx.corpus);
    const kinds = table.list;
    const facts: Facts = { findings: [], named: [], pending: [] };
    if (kinds.length === 0) return facts;
    const out = facts.findings;
    for (const c of ctx.reading.citations)
      if (c.id && c.kindWritten && c.kind && !table.generic.has(c.kind)) facts.named.push({ id: c.id, kind: c.kind, start: c.span.start });
    ctx.reading.citations.forEach((c, i) => {
      if (!c.kindWritten || !c.kindSpan || !c.kind) return;
      let written = table.byKind.get(c.kind);
      if (written === undefined) table.byKind.set(detached(c.kind), (written = table.byLower.get(c.kind.toLowerCase()) ?? null));
      if (!written) return;
      const writtenText = ctx.text.slice(c.kindSpan.start, c.kindSpan.end);
      // 1. A Party body cannot issue a kind that has no Party code (Nghị định, Thông tư, Luật…).
      if (c.issuer && PARTY_BODIES.has(c.issuer.name) && STATE_ONLY_KINDS.has(written.kind)) {
        out.push({
          span: c.kindSpan,
          message: {
            vi: `${c.issuer.name} không ban hành "${writtenText}": đây là loại văn bản của Nhà nước.`,
            en: `${c.issuer.name} does not issue a "${written.kind}": it is a state document kind.`,
          },
        });
        return;
      }
      if (!c.typeCode || (c.style !== 'party' && c.style !== 'state')) return;
      // A code typed without "Đ" ("30/2020/ND-CP") is the code with it: a spelling, not another kind.
      const code = withD(c.typeCode) ?? c.typeCode;
      const compound = compoundOf(table, ctx.text, c);
      // The codes a kind word allows, per numbering system, worked out once (most citations have
      // no compound word).
      let allowed: string[];
      if (compound) allowed = [...new Set([...codesOf(written, c.style), ...codesOf(compound, c.style)])];
      else {
        const byStyle = table.allowed.get(written) ?? table.allowed.set(written, new Map()).get(written)!;
        let a = byStyle.get(c.style);
        if (!a) byStyle.set(detached(c.style), (a = [...new Set(codesOf(written, c.style))]));
        allowed = a;
      }
      // No source attests a code for this kind in this numbering system: nothing to contradict.
      if (allowed.length === 0 && !written.generic) return;
      // A code the kind allows, in other capitals: "Quy định số 11-Qđi/TW", "33 – QĐI/TU" are the QĐi of a Quy định, a
      // spelling (fortieth session's probe 384: told an error, another kind).
      if (!allowed.includes(code) && allowed.some((a) => a.toUpperCase() === code.toUpperCase())) return;
      const resolution = ctx.resolutions[i];
      const entry = resolution?.certainty === 'exact' && resolution.entry.record.confidence !== 'unverified' ? resolution.entry : null;
      // 2. The written kind never carries this code.
      // "Thông tư số 191/2005/TTLT-…": the general kind word for a joint circular is a customary
      // shortening, not a wrong kind ("Chương trình" for a Chương trình hành động, likewise).
      const byCode = table.general.get(written)?.get(c.style) ?? new Map<string, boolean>();
      let general = byCode.get(code);
      if (general === undefined) {
        general = kinds.some((k) => k.kind !== written!.kind && k.kind.startsWith(written!.kind + ' ') && codesOf(k, c.style).includes(code));
        byCode.set(detached(code), general);
        const byStyle = table.general.get(written) ?? table.general.set(written, new Map()).get(written)!;
        byStyle.set(detached(c.style), byCode);
      }
      if (!allowed.includes(code) && !general) {
        // A scheme, plan or programme named by the number of the decision that approved it: "Đề án 204-QĐ/TW" is the scheme
        // 204-QĐ/TW approves ("về việc phê duyệt Đề án Chuyển đổi số trong các cơ quan đảng"). A common shorthand that names
        // the right document, not a wrong one: information, saying how a citation writes it (forty-third session's probe
        // 421 judged the error false; probes 111 and 274 had judged "Đề án 938/QĐ-TTg" and "Kế hoạch số 152/QĐ-TTg" true
        // slips — the form is wrong, the document right).
        if (entry && approves(entry.record.subject, written.kind)) {
          out.push({
            span: c.kindSpan,
            severity: 'information',
            message: {
              vi: `Số ${c.id} là ${entry.record.kind} phê duyệt hoặc ban hành ${written.kind}, không phải số của ${written.kind}; trích dẫn đúng thể thức là "${entry.record.kind} số ${c.id}".`,
              en: `${c.id} is the ${entry.record.kind} that approves or issues the ${written.kind}, not the ${written.kind}'s own number; the formal citation is "${entry.record.kind} số ${c.id}".`,
            },
            fixes: [replaceKind(c, entry.record.kind, writtenText)],
          });
          return;
        }
        const candidates = entry
          ? [kinds.find((k) => k.kind === entry.record.kind) ?? ({ kind: entry.record.kind } as KindRecord)]
          : primaryKinds(kinds, code, c.style).filter((k) => !MINISTERS_ONLY.has(k.kind) || ministerial(c.issuerCode));
        // The kind's own code of which this is the start: its last letters lost ("Tờ trình số 1044/TT-STC" for TTr, probe 127).
        const longer = allowed.find((a) => a.length > code.length && a.startsWith(code));
        // An unknown code, or one no kind fits here: nothing to say with confidence — unless it is that (below).
        if (candidates.length === 0 && !entry && !longer) return;
        if (written.generic) {
          // "Công văn số 7886/HD-BNV": the general word for a Hướng dẫn sent as a letter. A state
          // công văn's symbol is sender – drafting unit, with no kind code (conventions §"Công văn ký
          // hiệu", NĐ 30/2020), so a code there may be a sender's: "Công văn 5649/CT-CS" is the Cục
          // Thuế's letter, not a Chỉ thị (fifteenth outside probe). Said in state style only when the
          // draft itself names the number with another kind.
          if (c.id) facts.pending.push({ finding: out.length, id: c.id, kind: c.kind, start: c.span.start, onlyIfElsewhere: c.style === 'state' });
          out.push({
            span: c.kindSpan,
            severity: 'information',
            message: {
              vi: `"${writtenText}" là cách gọi chung; số ${c.id} mang ký hiệu "${code}" của ${candidates.map((k) => k.kind).join(' hoặc ')}.`,
              en: `"${written.kind}" is a general word; ${c.id} carries the code "${code}" of a ${candidates.map((k) => k.kind).join(' or ')}.`,
            },
            fixes: candidates.map((k) => replaceKind(c, k.kind, writtenText)),
          });
          return;
        }
        // The kind's own code with its last letters lost: "Chương trình hành động số 11-CT/TU" for 11-CTr/TU (hundredth outside
        // probe: "số 11-CT/TU là Chỉ thị" claimed more than the text shows). The symbol more likely
        // lost a letter than the writer named the wrong kind: a warning, with the symbol mended first.
        const cut = entry || !c.id ? undefined : longer;
        if (cut && c.idSpan) {
          const mended = c.id!.replace(new RegExp(`(^|[-/])${code}(?=[-/]|$)`, 'u'), `$1${cut}`);
          out.push({
            span: c.kindSpan,
            severity: 'warning',
            message: {
              vi: `"${writtenText}" không mang ký hiệu "${code}" (ký hiệu của ${written.kind}: ${allowed.join(', ')}); có lẽ số ký hiệu là ${mended}${candidates.length ? `, hoặc đây là ${candidates.map((k) => k.kind).join(' hoặc ')} ${c.id}` : ''}.`,
              en: `A "${written.kind}" does not carry the code "${code}" (its codes: ${allowed.join(', ')}); the number is probably ${mended}${candidates.length ? `, or this is a ${candidates.map((k) => k.kind).join(' or ')} ${c.id}` : ''}.`,
            },
            fixes: [
              { title: { vi: `Sửa số thành ${mended}`, en: `Change the number to ${mended}` }, edits: [{ start: c.idSpan.start, end: c.idSpan.end, newText: mended }], safe: false, preferred: true },
              ...candidates.map((k) => replaceKind(c, k.kind, writtenText)),
            ],
          });
          return;
        }
        // Asked too when the id is known, if the subject written is the other document's and not this one's: "Kết luận số
        // 01-CT/TW của Bộ Chính trị khóa XIII về tiếp tục thực hiện Chỉ thị 05-CT/TW" is 01-KL/TW, not the Chỉ thị 01-CT/TW of
        // khóa XIII on the XIII Congress's resolution (forty-fourth session: the question was lost when the corpus took it).
        const slip = entry ? subjectSlip(c, entry.record, symbolSlip(ctx.corpus, c, code, allowed)) : symbolSlip(ctx.corpus, c, code, allowed);
        const also = slip
          ? {
              vi: `; hoặc có phải ${written.kind} ${slip.id}${slip.date ? ` (${dateVi(slip.date)})` : ''}?`,
              en: `; or did you mean ${written.kind} ${slip.id}${slip.date ? ` (${dateVi(slip.date)})` : ''}?`,
            }
          : null;
        const fixes = candidates.map((k) => replaceKind(c, k.kind, writtenText));
        if (slip && c.idSpan)
          fixes.unshift({ title: { vi: `Sửa số thành ${slip.id}`, en: `Change the number to ${slip.id}` }, edits: [{ start: c.idSpan.start, end: c.idSpan.end, newText: slip.id }], safe: false, preferred: true });
        out.push({
          span: c.kindSpan,
          message: {
            vi: `"${writtenText}" không mang ký hiệu "${code}" (ký hiệu của ${written.kind}: ${allowed.join(', ') || 'không có'})${candidates.length ? `; số ${c.id} là ${candidates.map((k) => k.kind).join(' hoặc ')}` : ''}${also ? also.vi : '.'}`,
            en: `A "${written.kind}" does not carry the code "${code}" (its codes: ${allowed.join(', ') || 'none'})${candidates.length ? `; ${c.id} is a ${candidates.map((k) => k.kind).join(' or ')}` : ''}${also ? also.en : '.'}`,
          },
          fixes,
        });
        return;
      }
      // 3. The code fits, but it is the primary code of several kinds (QĐ: Quyết định and Quy
      // định): the corpus record decides.
      // A kind the sources disagree on (a record's conflict) is not told either way.
      if (entry && entry.record.kind !== written.kind && !compound && !allowedValues(entry, 'kind').includes(written.kind) && primaryKinds(kinds, code, c.style).length > 1 && primaryKinds(kinds, code, c.style).some((k) => k.kind === entry.record.kind)) {
        const src = sourceNote(entry.record.sources, entry.origin);
        out.push({
          span: c.kindSpan,
          severity: capForLayer(entry, 'error'),
          message: {
            vi: `${c.id} là ${entry.record.kind}, không phải ${written.kind} (ký hiệu "${code}" dùng cho cả hai) — ${src.vi}.`,
            en: `${c.id} is a ${entry.record.kind}, not a ${written.kind} (the code "${code}" serves both) — ${src.en}.`,
          },
          fixes: [{ ...replaceKind(c, entry.record.kind, writtenText), safe: true, preferred: true }],
        });
      }
    });
    ownNumber(ctx, table, out);
    return facts;
  },
};

// How far under the number its kind line stands (place and date between), and what marks a text issued with another.
const OWN_KIND_REACH = 300;
const ISSUED_WITH = /kèm\s{1,2}theo|KÈM\s{1,2}THEO/u;
const NOT_OWN_KIND: ReadonlySet<string> = new Set(['VBHN']);

/**
 * 4. The text's own kind line and number: "KẾ HOẠCH" over "Số: 09/QĐ-UBND" (hundred-and-seventieth outside probe: a
 * plan's header copied from a decision's; the hundred-and-seventy-first had "QUYẾT ĐỊNH" over "Số: 40/NQ-HĐND"). A draft
 * begun from another document's header keeps its number's code: told on the number, with the kind's own code.
 */
function ownNumber(ctx: RuleContext, table: Kinds, out: RuleFinding[]): void {
  const { kind, number } = ctx.reading.header;
  if (!kind || !number) return;
  // The header lies in one block; another block sees it shifted out of its text.
  if (number.span.start < 0 || number.span.end > ctx.text.length || kind.span.start < 0 || kind.span.end > ctx.text.length) return;
  // The kind line a few lines under the number, as a header sets them: one further down is a heading of the body.
  if (kind.span.start < number.span.end || kind.span.start - number.span.end > OWN_KIND_REACH) return;
  // A text issued with a decision or a resolution ("QUY ĐỊNH … (Ban hành kèm theo Quyết định số …)") is headed by its own
  // kind under the issuing text's number (hundred-and-forty-sixth outside probe).
  const around = ctx.text.slice(Math.max(0, number.span.start - OWN_KIND_REACH), Math.min(ctx.text.length, kind.span.end + OWN_KIND_REACH));
  if (ISSUED_WITH.test(around)) return;
  const written = table.byLower.get(kind.text.normalize('NFC').replace(/\s+/gu, ' ').toLowerCase());
  if (!written || written.generic) return;
  const p = parseId(number.id);
  if (!p?.typeCode || (p.style !== 'party' && p.style !== 'state')) return;
  const code = withD(p.typeCode) ?? p.typeCode;
  const allowed = codesOf(written, p.style);
  if (allowed.length === 0 || allowed.includes(code)) return;
  // A general kind word over a code of a kind it covers ("CHƯƠNG TRÌNH" over a Chương trình hành động's "CTr").
  if (table.list.some((k) => k.kind !== written.kind && k.kind.startsWith(written.kind + ' ') && codesOf(k, p.style).includes(code))) return;
  const others = primaryKinds(table.list, code, p.style).map((k) => k.kind);
  // A code of no known kind ("1324/NHCS-TDNN", a bank's sender code; "08/2002/UB-QĐ", an old order) says nothing; a
  // consolidated text ("01/VBHN-UBDT") keeps its base text's kind line.
  if (others.length === 0 || NOT_OWN_KIND.has(code)) return;
  const [from, to] = p.style === 'party' ? [`-${code}/`, `-${allowed[0]}/`] : [`/${code}-`, `/${allowed[0]}-`];
  const mended = number.id.includes(from) ? number.id.replace(from, to) : null;
  const heading = kind.text.replace(/\s+/gu, ' ');
  out.push({
    span: number.span,
    severity: 'warning',
    message: {
      vi: `Văn bản này là ${heading} nhưng số ký hiệu "${number.id}" mang ký hiệu "${code}"${others.length ? ` của ${others.join(' hoặc ')}` : ''}; ${written.kind} mang ký hiệu ${allowed.join(', ')}.`,
      en: `This text is a ${written.kind}, but its number "${number.id}" carries the code "${code}"${others.length ? ` of a ${others.join(' or ')}` : ''}; a ${written.kind} carries ${allowed.join(', ')}.`,
    },
    fixes: mended ? [{ title: { vi: `Sửa số thành ${mended}`, en: `Change the number to ${mended}` }, edits: [{ start: number.span.start, end: number.span.end, newText: mended }], safe: false, preferred: true }] : [],
  });
}
