// A short reference names the document the text has already cited in full. "Ngày 22/7/2024, Chính
// phủ đã ban hành Nghị quyết số 111/NQ-CP … Nghị quyết 111 đã nêu rõ …": the second citation is the
// Government's 111/NQ-CP, not whichever record of the corpus is numbered 111 (the National
// Assembly's 111/2024/QH15, which an outside document was told to "cite in full"); a report on
// "Nghị quyết số 25-NQ/TW" that later says "Nghị quyết 25" means the same resolution, not the
// Government's 25/2026/NQ-CP. So a number-only citation whose kind and number are those of an
// earlier citation with an id — the nearest one, anywhere before it in the report — takes that
// citation's resolution (none, when the corpus does not know it) instead of the corpus's guess.
//
// The report is judged block by block (analyze.ts): a block's short references may point into an
// earlier block. `Earlier` carries those citations' resolutions from block to block, and each
// block's judgement is kept under a key naming the resolutions it took (`outsideKey`), so a block
// is judged again only when what it refers back to resolves otherwise. What depends on a block's
// citations alone is worked out once per block text (`shapeOf`): a re-check after an edit walks
// only each block's antecedents and open short references.

import type { Citation } from '../extract/citations';
import { idMatchKey, latestFirst, type DirectiveEntry, type Resolution } from './corpus-index';
import { otherIssuer } from './same-document';
import { fold } from '../text/normalize';

/** What a block's citations give and need, worked out once per reading (a block's text). */
interface Shape {
  /** Each citation's antecedent in the block (an index), or -1; null when none has one. */
  local: Int32Array | null;
  /** Short references with no antecedent in the block: index and key (kind and number, or whole id; keyId). */
  open: { i: number; key: number }[];
  /** Keys (kind and number, and whole id) of the citations with an id, in order, and their indices (the last wins). */
  fullKeys: number[];
  fullIndex: number[];
  /** Whether each of those citations says more than its id (a date, term or subject): what a reference before it looks ahead for. */
  fullRich: boolean[];
}

const shapes = new WeakMap<readonly Citation[], Shape>();

// Kinds and numbers ("Nghị quyết", "111") as small numbers, so that every analysis compares numbers:
// one table a kind (kind words are canonical, a few dozen). It grows with the distinct numbers a
// session reads (thousands, not more).
const keyIds = new Map<string, Map<string, number>>();
// Whole ids in the same numbering: a citation's id is already in its official form ("217-QĐ/TW"
// for "217/QĐ-TW"), so one lookup, no normalising.
const wholeIds = new Map<string, number>();
let keyCount = 0;
// Whole-id keys: the same id names its issuer's numbering already.
const idKeys = new Set<number>();
function wholeIdKey(id: string): number {
  let k = wholeIds.get(id);
  if (k === undefined) {
    wholeIds.set(id, (k = keyCount++));
    idKeys.add(k);
  }
  return k;
}
// Kinds of normative documents, numbered with their year since the 1996 law on legal documents.
const YEARLY_KINDS: ReadonlySet<string> = new Set(['Nghị định', 'Thông tư', 'Thông tư liên tịch']);
// The year of a state id, "/2006/" in "53/2006/NĐ-CP".
const YEAR_IN_ID = /\/(?:19|20)\d\d\//u;

function keyId(kind: string, number: string): number {
  let byNumber = keyIds.get(kind);
  if (!byNumber) keyIds.set(kind, (byNumber = new Map()));
  const n = idMatchKey(number);
  let id = byNumber.get(n);
  if (id === undefined) byNumber.set(n, (id = keyCount++));
  return id;
}

/** A short name a text defined, as written, with its year: a key of its own. */
function shortNameKey(kind: string, name: string, year: number | null): number {
  return keyId(kind, `~~${name} ${year ?? ''}`);
}

/** A law's kind and name as a key: case, spaces and the commas or dashes of a name aside. */
function lawNameKey(kind: string, name: string): number {
  return keyId(kind, `~${name.replace(/[,\-–]/gu, ' ')}`);
}

/**
 * "Nghị quyết 111 của Quốc hội" after the Government's 111/NQ-CP is another document. An id repeated with its issuer
 * after it was written without ("Nghị quyết 54-NQ/TW ngày 14/9/2005 …, Nghị quyết 54-NQ/TW của Bộ Chính trị") is the
 * same one (seventy-second outside probe: the second had taken the corpus's 2019 resolution).
 */
function fits(c: Citation, a: Citation, key: number): Fit {
  // "Thông tư số 54/2016" is 54/2016/TT-BTC's short form, not that of a 54/2015/….
  if (c.idYear !== null && a.idYear !== c.idYear) return NO;
  if (!c.issuer) return YES;
  // An issuer written only now: the same document if the one the first mention was found to be is that issuer's
  // ("nghị quyết số 24 về Chiến lược Quốc phòng Việt Nam", the 24-NQ/TW of 2018, then "Nghị quyết 24 của Bộ Chính trị";
  // three hundred and sixth outside probe: the second had taken the Politburo's 24-NQ/TW of 2022 on the South-East).
  if (a.issuer === null) return idKeys.has(key) ? YES : IF_ISSUER;
  return a.issuer.name === c.issuer.name ? YES : NO;
}

const NO = 0;
const YES = 1;
const IF_ISSUER = 2;
type Fit = typeof NO | typeof YES | typeof IF_ISSUER;

/** The antecedent's resolution, when a citation that fits it only if its record is of the citation's issuer is. */
function issuerTaken(c: Citation, fit: Fit, r: Resolution | null): Resolution | null | undefined {
  if (fit === YES) return r;
  return fit === IF_ISSUER && r && r.certainty === 'exact' && !otherIssuer(c.issuer!.name, r.entry.record.issuer) ? r : undefined;
}

function shapeOf(citations: readonly Citation[]): Shape {
  let s = shapes.get(citations);
  if (s) return s;
  s = { local: null, open: [], fullKeys: [], fullIndex: [], fullRich: [] };
  // The nearest earlier citation with an id of each kind and number, made when a block has both.
  let seen: Map<number, number> | null = null;
  const link = (i: number, key: number): void => {
    const j = seen?.get(key);
    if (j === undefined) s.open.push({ i, key });
    else {
      // -1 none; j, the antecedent; -2 - j, the antecedent if its record is of this one's issuer (IF_ISSUER).
      const fit = fits(citations[i]!, citations[j]!, key);
      if (fit !== NO) (s.local ??= new Int32Array(citations.length).fill(-1))[i] = fit === YES ? j : -2 - j;
    }
  };
  // Read through a function: the closures above assign `seen`, which the compiler's narrowing does not follow.
  const registered = (key: number): boolean => seen?.has(key) === true;
  const register = (i: number, key: number, rich = true): void => {
    s.fullKeys.push(key);
    s.fullIndex.push(i);
    s.fullRich.push(rich);
    (seen ??= new Map()).set(key, i);
  };
  for (let i = 0; i < citations.length; i++) {
    const c = citations[i]!;
    if (c.id !== null) {
      // A bare id ("Chỉ thị 42-CT/TW", no date, term or subject) after the same id cited in full
      // names that document: "Chỉ thị số 42-CT/TW ngày 24/3/2020 …" and later "Chỉ thị 42-CT/TW"
      // are the 2020 directive, even if the corpus knows only the 2015 one with that id.
      const idKey = wholeIdKey(c.id);
      const bare = !c.date && !c.term && !c.subject;
      if (bare) link(i, idKey);
      register(i, idKey, !bare);
      if (c.kind && c.number) register(i, keyId(c.kind, c.number), !bare);
      // A state id written without its year and day after the same number and symbol cited with its year: that one's short
      // form ("Căn cứ Nghị định số 53/2006/NĐ-CP …", then "hướng dẫn thực hiện Nghị định số 53/NĐ-CP của Chính phủ về …";
      // fifty-fourth session's probe 505: taken for 53/2004/NĐ-CP, the one 53 the corpus has).
      // Only kinds whose numbers always carry their year: a Government resolution or a Prime Minister's decision is numbered
      // without one ("12/NQ-CP"), and a legal site's "12/2019/NQ-CP" above it is the site's form, not another document.
      if (c.style === 'state' && c.kind && YEARLY_KINDS.has(c.kind)) {
        const yearless = keyId(c.kind, `~${c.id.replace(YEAR_IN_ID, '/')}`);
        if (c.idYear !== null) register(i, yearless, !bare);
        else if (!c.date && registered(yearless)) link(i, yearless);
      }
      // "Luật Đất đai số 31/2024/QH15" names the law a later bare "Luật Đất đai" means.
      if (c.kind && c.name) register(i, lawNameKey(c.kind, c.name.text));
      // Only a short name with the document's own year: one without ("Luật số 51/2024/QH15 (sau đây gọi là Luật Bảo hiểm
      // y tế)" in a decree's căn cứ) names the law as amended, not the amending law (the gazette).
      const sn = c.shortName;
      if (sn && sn.year !== null && sn.year === (c.idYear ?? c.date?.year)) register(i, shortNameKey(sn.kind, sn.name, sn.year));
      continue;
    }
    // A law by name without its year after the same law cited with its year or date: that law (thirty-second
    // outside probe: in Nghị định 98/2023's own text, "Luật Thi đua, khen thưởng" after "Luật Thi đua, khen
    // thưởng ngày 15 tháng 6 năm 2022" had become the law of 2003, in force on the decree's date).
    if (c.style === 'named' && c.named?.kind === 'law' && c.kind && c.name) {
      // The short name the text gave a document: "Luật số 51/2024/QH15 sửa đổi, bổ sung một số điều của Luật BHYT (gọi tắt là
      // Luật BHYT năm 2024)", then "Luật BHYT năm 2024" is that amending law, not a law of the name passed that year, which
      // there is none of (hundred-and-ninety-ninth outside probe: told so, three times).
      if (!c.named.amended && !c.named.amendment) link(i, shortNameKey(c.kind, c.name.text, c.named.year ?? null));
      if (c.named.amended || c.named.amendment) continue;
      const key = lawNameKey(c.kind, c.name.text);
      if (c.named.year || c.date) register(i, key);
      else if (!c.named.amendedOn && !c.named.citedOn) link(i, key);
      continue;
    }
    // A plenum's resolution named without its khóa after the same plenum named with it: that one ("Nghị quyết
    // Trung ương 7 khóa X" and later "Nghị quyết Trung ương 7" in a 2018 review; fifty-second outside probe: the
    // second was left unresolved, or taken for the plenum of the khóa of the report's date).
    // And with its khóa and no words of its own, after the same plenum with them: a plenum with several resolutions
    // ("Nghị quyết Trung ương 4 (khóa XI): “Một số vấn đề cấp bách về xây dựng Đảng hiện nay”", then "Nghị quyết Trung
    // ương 4 (khóa XI)" further on) names the one its first mention's words chose (fifteenth session).
    if (c.style === 'named' && c.named?.kind === 'plenum' && c.named.plenum !== null && c.kind) {
      const key = keyId(c.kind, `~plenum ${c.named.plenum}`);
      const term = c.named.term ?? c.term?.roman;
      if (term) {
        const termKey = keyId(c.kind, `~plenum ${c.named.plenum} ${term}`);
        if (!c.subject) link(i, termKey);
        register(i, termKey, !!c.subject);
        register(i, key);
      } else link(i, key);
      continue;
    }
    if (!c.kind || !c.number || c.style !== 'number-only') continue;
    const key = keyId(c.kind, c.number);
    // "Nghị quyết 35 của HĐND tỉnh …" names its document as an id would: a later "Nghị quyết số 35"
    // is that one, not the corpus's 35-NQ/TW (fifth outside probe). So does its year: "So với Chỉ thị số 35 năm
    // 2019" after the directive of 2024 cited is the one of 2019 (forty-third outside probe).
    // So does its term ("Nghị quyết 25 khóa IX về công tác tôn giáo" after the 25-NQ/TW of 2013 is that of 2003).
    // With an issuer alone, after the same kind and number cited in full by that issuer, it is that one's short form:
    // "Chỉ thị số 36-CT/TW ngày 16-8-2019 của Bộ Chính trị", then "sau 5 năm thực hiện Chỉ thị 36 của Bộ Chính trị"
    // (seventy-ninth outside probe: the words around, "Đại tướng … hội nghị", had chosen the directive of 2014 on
    // congresses).
    // So with its year alone, after the same kind, number and year cited in full: "Thông tư 54/2016/TT-BTC …", then
    // "Thông tư số 54/2016 Bộ tài chính" (ninety-fourth outside probe: it had become the labour ministry's
    // 54/2016/TT-BLĐTBXH, the only circular 54 of 2016 the corpus has; circulars are numbered per ministry).
    // An issuer alone says little more than the number: a reference before it looks on for one with words of its own ("Kết
    // luận 12 của Bộ Chính trị" as a news item's title, then "… Kết luận 12 của Bộ Chính trị về công tác người Việt Nam ở
    // nước ngoài" in its lead: three hundred and eighth outside probe, both had taken the 12-KL/TW of 2022 on corruption).
    if (!c.date && !c.term && (c.issuer ? c.idYear === null : c.idYear !== null)) {
      link(i, key);
      register(i, key, c.issuer ? !!c.subject : true);
    } else if (c.date || c.issuer || c.idYear !== null || c.term) register(i, key);
    else if (c.subject) {
      // A subject names it for the mentions after it ("Chỉ thị số 05 về đẩy mạnh học tập và làm theo tư tưởng, đạo đức,
      // phong cách Hồ Chí Minh", then "Chỉ thị số 05": fifteenth session, the second had become the Prime Minister's
      // 05/CT-TTg of 2023 when the corpus learnt it), but after a full citation it is still that one's short form, its
      // words a sentence about it ("Quy định số 232 quy định nhiều nội dung về …").
      // Its words may be a sentence's, not a title ("Nghị quyết 26 về tam nông tổ chức sáng nay"): a reference before it
      // looks on for a mention with a date, issuer or term first.
      link(i, key);
      register(i, key, false);
    } else link(i, key);
  }
  shapes.set(citations, s);
  return s;
}

/**
 * The citations with an id of the blocks judged so far: the nearest of each kind and number that
 * a short reference of the report looks for (only those: a report has thousands of citations and
 * a few hundred short references at most).
 */
export class Earlier {
  // Where the nearest one stands: its block's place in `blocks`, times 2^16, plus its index.
  private readonly at = new Map<number, number>();
  private readonly wanted: Uint8Array;
  private readonly wantedCount: number;
  private readonly blocks: { citations: readonly Citation[]; resolutions: readonly (Resolution | null)[] }[] = [];
  /**
   * The first citation with an id of each wanted kind and number in the whole report (block times
   * 2^16 plus index), for a short reference that comes before its full citation: a news lead's
   * "thực hiện Nghị quyết 25" above "Nghị quyết số 25-NQ/TW ngày 25/7/2008 …" (seventh outside
   * probe: the corpus's guess was the Government's 25/2026/NQ-CP). Resolved when first asked.
   */
  private readonly first = new Map<number, number>();
  private readonly ahead = new Map<number, Resolution | null>();

  /**
   * `blocks`: each block's citations, in order; `resolve`: a citation's own resolution (of the
   * block `k`), for the full citations a short reference finds after it.
   */
  constructor(
    private readonly all: readonly (readonly Citation[])[],
    private readonly resolve?: (c: Citation, k: number) => Resolution | null,
  ) {
    const shapesOf = all.map(shapeOf);
    this.wanted = new Uint8Array(keyCount);
    let n = 0;
    for (const s of shapesOf)
      for (const { key } of s.open)
        if (!this.wanted[key]) {
          this.wanted[key] = 1;
          n++;
        }
    this.wantedCount = n;
    if (n === 0 || !resolve) return;
    // The first citation that says more than its id, else the first at all: a bare "Nghị quyết số 33-NQ/TW của Bộ
    // Chính trị" in a lead is the "Nghị quyết số 33-NQ/TW, ngày 28/9/2018 … về Chiến lược bảo vệ biên giới quốc gia"
    // two paragraphs on (sixty-ninth outside probe: it had found itself, and taken the corpus's 2014 resolution on
    // culture with a false issuer warning).
    for (const rich of [true, false])
      shapesOf.forEach((s, b) => {
        for (let k = 0; k < s.fullKeys.length; k++) {
          const key = s.fullKeys[k]!;
          if (this.wanted[key] && s.fullRich[k] === rich && !this.first.has(key)) this.first.set(key, b * 65536 + s.fullIndex[k]!);
        }
      });
  }

  /** Add a judged block's citations with an id, and their resolutions (they follow the blocks before). */
  remember(citations: readonly Citation[], resolutions: readonly (Resolution | null)[]): void {
    if (this.wantedCount === 0) return;
    const { fullKeys, fullIndex } = shapeOf(citations);
    let b = -1;
    for (let k = 0; k < fullKeys.length; k++) {
      const key = fullKeys[k]!;
      if (!this.wanted[key]) continue;
      if (b < 0) b = this.blocks.push({ citations, resolutions }) - 1;
      this.at.set(key, b * 65536 + fullIndex[k]!);
    }
  }

  /** The resolution a short reference with no antecedent in its block takes, or undefined. */
  find(c: Citation, key: number): { resolution: Resolution | null } | undefined {
    const at = this.at.get(key);
    if (at === undefined) return this.after(c, key);
    const block = this.blocks[Math.floor(at / 65536)]!;
    const i = at % 65536;
    const r = issuerTaken(c, fits(c, block.citations[i]!, key), block.resolutions[i] ?? null);
    return r === undefined ? undefined : { resolution: r };
  }

  /**
   * With nothing before it, the report's first full citation of that kind and number after it
   * (none before it: the blocks before are remembered, and the block's own earlier ones linked).
   */
  private after(c: Citation, key: number): { resolution: Resolution | null } | undefined {
    const at = this.first.get(key);
    if (at === undefined) return undefined;
    const b = Math.floor(at / 65536);
    const target = this.all[b]![at % 65536]!;
    const fit = fits(c, target, key);
    if (fit === NO) return undefined;
    let r = this.ahead.get(at);
    if (r === undefined) this.ahead.set(at, (r = this.resolve!(target, b)));
    const taken = issuerTaken(c, fit, r);
    return taken === undefined ? undefined : { resolution: taken };
  }
}

// A kept block keeps its resolution objects: each one's key is made once.
const resolutionKeys = new WeakMap<Resolution, string>();

/** What a block judged with a resolution depends on: the record, how sure, what it contradicts. */
function resolutionKey(r: Resolution | null): string {
  if (!r) return '-';
  let k = resolutionKeys.get(r);
  if (k === undefined) {
    k = `${r.entry.key}|${r.certainty}|${r.candidates.length}|${r.mismatch ? `${r.mismatch.field}:${r.mismatch.written}` : ''}`;
    resolutionKeys.set(r, k);
  }
  return k;
}

/** Which resolutions a block's short references take from earlier blocks: part of its judgement's key. */
export function outsideKey(citations: readonly Citation[], earlier: Earlier): string {
  let out = '';
  for (const { i, key } of shapeOf(citations).open) {
    const e = earlier.find(citations[i]!, key);
    if (e) out += `${i}:${resolutionKey(e.resolution)};`;
  }
  return out;
}

/**
 * Each citation's resolution: a short reference takes its antecedent's (in the block, else from
 * `earlier`), the others the corpus's.
 */
export function resolveAll(citations: readonly Citation[], resolve: (c: Citation) => Resolution | null, earlier?: Earlier, text = ''): (Resolution | null)[] {
  const { local, open } = shapeOf(citations);
  const outside = new Map<number, Resolution | null>();
  if (earlier)
    for (const { i, key } of open) {
      const e = earlier.find(citations[i]!, key);
      if (e) outside.set(i, e.resolution);
    }
  const out: (Resolution | null)[] = [];
  for (let i = 0; i < citations.length; i++) {
    const c = citations[i]!;
    const j = local ? local[i]! : -1;
    const taken = j >= 0 ? (out[j] ?? null) : j < -1 ? issuerTaken(c, IF_ISSUER, out[-2 - j] ?? null) : outside.has(i) ? outside.get(i)! : undefined;
    // A law the corpus could not match in full ("Luật An toàn, vệ sinh lao động ngày 25 tháng 6 năm 2014",
    // a year off) leaves its bare name to the corpus: no number was written that the short one repeats.
    out.push(taken === undefined || (taken === null && c.named?.kind === 'law') ? resolve(c) : j >= 0 && taken ? namedAgain(citations, out, i, j, taken, text) : taken);
  }
  return out;
}

/**
 * A bare law name after two laws of the name were named: the later of them, not the nearer mention. "Từ 1/7/2025, Luật Công
 * đoàn số 50/2024/QH15 chính thức có hiệu lực, thay thế Luật Công đoàn 2012", then "… theo Luật Công đoàn": the law of 2024
 * (fifty-fifth session's probe 523: the law of 2012, named last, had been taken and told superseded; probe 513 likewise with
 * the land laws of 2024 and 2013). A text names the law it speaks of beside the one it replaced; the law in force on the
 * text's day would not do, a text on a law passed but not yet in force being about the new one ("Luật Giáo dục mới ban
 * hành" in 2019). Only laws the text named surely (exact), not an amending law cited under the name it amends. The nearer
 * mention stays when it is in the same sentence ("Bộ luật Hình sự số 15/1999/QH10 và Luật số 37/2009/QH12 sửa đổi … Bộ
 * luật hình sự") or a heading of its own, a history's section on that law ("### Bộ luật Dân sự 2005").
 */
function namedAgain(citations: readonly Citation[], out: readonly (Resolution | null)[], i: number, j: number, taken: Resolution, text: string): Resolution {
  const c = citations[i]!;
  if (c.style !== 'named' || c.named?.kind !== 'law' || c.named.year || c.date || !c.kind || !c.name) return taken;
  const near = citations[j]!;
  if (!SENTENCE_END.test(text.slice(near.fullSpan.end, c.span.start)) || headingAt(text, near.span.start)) return taken;
  const key = lawNameKey(c.kind, c.name.text);
  let best = taken;
  for (let k = 0; k < i; k++) {
    const a = citations[k]!;
    const r = out[k];
    const date = r?.entry.record.date;
    if (!r || r.certainty !== 'exact' || !date || date <= (best.entry.record.date ?? '') || isAmendingName(r.entry.record.name ?? '')) continue;
    if (a.kind && a.name && lawNameKey(a.kind, a.name.text) === key) best = r;
  }
  return best;
}

const SENTENCE_END = /[.;!?\n]/u;
// A line that is a heading: marked so, or short, with no sentence's stop before its last character.
const HEADING_MARK = /^[ \t]{0,3}#{1,6}[ \t]/u;
const HEADING_MAX = 80;
const HEADING_STOP = /[.;:,!?]/u;

/** Whether the line holding `at` is a heading ("### Bộ luật Dân sự 2005", "LUẬT THANH TRA NĂM 2022"). */
function headingAt(text: string, at: number): boolean {
  const start = text.lastIndexOf('\n', at - 1) + 1;
  const nl = text.indexOf('\n', at);
  const line = text.slice(start, nl < 0 ? text.length : nl);
  const words = line.trim();
  return HEADING_MARK.test(line) || (words.length <= HEADING_MAX && !HEADING_STOP.test(words.slice(0, -1)));
}

// What stands between an amending law's title and its number.
const NUMBER_GAP = /^\s{0,2}(?:số\s{0,2})?$/u;
// Only an opening bracket between a law named and the citation that says which it is.
const BRACKET_GAP = /^\s{0,2}\(\s{0,2}$/u;

/**
 * A law or a plenum named, then its number in brackets: "Luật Thi đua, khen thưởng (Luật số 06/2022/QH15)" is that law, not the one
 * of the name in force on the report's date (hundred-and-sixty-seventh outside probe: the law of 2003 taken for a text of
 * 2023). And a short name given in brackets is the law just named: "Luật Phòng chống tham nhũng ( Luật PCTN ) thay thế
 * Luật PCTN số 55/2005/QH11" (hundred-and-sixtieth: the bracket took the old law, named later). Unlike the links above, it
 * reads the text between two citations.
 */
export function bracketLinks(citations: readonly Citation[], resolutions: (Resolution | null)[], text: string): (Resolution | null)[] {
  for (let i = 0; i + 1 < citations.length; i++) {
    const c = citations[i]!;
    const next = citations[i + 1]!;
    // A plenum named, its resolution's id in brackets after it: "Nghị quyết Hội nghị lần thứ 9 Ban Chấp hành Trung ương Đảng
    // khóa XI (Nghị quyết số 33-NQ/TW)" is the plenum's resolution, which the id's other documents are not (fifty-third
    // session: once the corpus held the Politburo's 33-NQ/TW of 2003 too, the bracket had become one of two).
    if (c.style === 'named' && c.named?.kind === 'plenum' && next.style === 'party' && resolutions[i]?.entry.record.id === next.id && BRACKET_GAP.test(text.slice(c.fullSpan.end, next.span.start))) {
      resolutions[i + 1] = resolutions[i]!;
      continue;
    }
    if (c.style !== 'named' || c.named?.kind !== 'law' || c.named.amended || c.named.amendment) continue;
    // An amending law's title, then "số" and an id the corpus knows as an amending law: that law ("Luật Sửa đổi, bổ sung một
    // số điều của Luật Sĩ quan Quân đội nhân dân Việt Nam số 19/2008/QH12"; fifty-fourth session's probe 506: the title had
    // become the amending law of 2024, the number read as the amended law's own).
    const amending = resolutions[i + 1]?.entry.record.name;
    // The id is read with the amended law's name as its own, inside the title: its name ends where the title does.
    if (next.style === 'state' && amending && isAmendingName(amending) && c.name && isAmendingName(c.name.text) && next.name && next.name.span.end === c.name.span.end && next.idSpan && NUMBER_GAP.test(text.slice(c.name.span.end, next.idSpan.start))) {
      resolutions[i] = resolutions[i + 1]!;
      continue;
    }
    if (!BRACKET_GAP.test(text.slice(c.fullSpan.end, next.span.start))) continue;
    if (next.style === 'state' && next.id && (next.kind === null || next.kind === c.kind) && resolutions[i + 1]) resolutions[i] = resolutions[i + 1]!;
    else if (next.style === 'named' && next.named?.kind === 'law' && !next.named.year && !next.date && next.kind === c.kind && resolutions[i]) resolutions[i + 1] = resolutions[i]!;
  }
  return resolutions;
}

// What joins the members of one list of citations: a comma, "và", "đến" ("từ Chỉ thị 06, Chỉ thị 03 đến Chỉ thị 05").
const LIST_GAP = /^\s{0,2}(?:,|;|,?\s{0,2}(?:và|đến|tới|rồi))\s{0,2}$/u;

// How far apart in years a list's members may be and still be read as one series ("Chỉ thị 06, Chỉ thị 03 đến Chỉ thị 05"
// on studying Hồ Chí Minh's example spans 2006–2016).
const SERIES_YEARS = 15;

/**
 * The members of citation i's list, nearest first on each side: a visitor over the indices of the citations joined to it
 * (by LIST_GAP, worked out once, and only for a block that asks).
 */
function listNeighbours(citations: readonly Citation[], text: string): (i: number, visit: (j: number) => void) => void {
  let joins: boolean[] | null = null;
  const joined = (a: number) => (joins ??= citations.slice(1).map((next, k) => LIST_GAP.test(text.slice(citations[k]!.fullSpan.end, next.span.start))))[a]!;
  return (i, visit) => {
    for (let j = i - 1; j >= 0 && joined(j); j--) visit(j);
    for (let j = i + 1; j < citations.length && joined(j - 1); j++) visit(j);
  };
}

function yearOfRecord(date: string | undefined): number | null {
  return date && date.length >= 4 ? Number(date.slice(0, 4)) : null;
}

/**
 * A document of one list is of its neighbours' issuer and term. In "từ Chỉ thị 06, Chỉ thị 03 đến Chỉ thị 05" on studying
 * Hồ Chí Minh's example, the Politburo's 03-CT/TW and 05-CT/TW make "Chỉ thị 06" its 06-CT/TW of 2006, not the Prime
 * Minister's 06/CT-TTg of 2020 that the report's date picked (hundred-and-ninety-second outside probe). In "Nghị quyết số
 * 59-NQ/TW, Nghị quyết số 70-NQ/TW, Nghị quyết số 71-NQ/TW, Nghị quyết số 72-NQ/TW của Bộ Chính trị", the three of 2025
 * (khóa XIII) make the first the 59-NQ/TW of 2025 on integration, not that of 2020 on Cần Thơ whose "đến năm 2030, tầm nhìn
 * đến năm 2045" the words around had matched (two-hundred-and-first). Only among the alternatives a probable match was
 * chosen from: the one of the issuer its resolved neighbours of the same kind share, else the one of the term that two or
 * more written alike share when one of them is exact; the match stays probable.
 */
function seriesLinks(citations: readonly Citation[], resolutions: (Resolution | null)[], text: string): void {
  const neighbours = listNeighbours(citations, text);
  for (let i = 0; i < citations.length; i++) {
    const c = citations[i]!;
    const res = resolutions[i];
    if (!res?.alternatives || res.certainty === 'exact') continue;
    const issuers = new Set<string>();
    const terms = new Set<string | undefined>();
    // Terms only from neighbours written as this one is (ids among ids), two at least: a list may join a resolution of
    // 2013 and the congress of 2021 ("Nghị quyết số 29-NQ/TW …, Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII").
    let alike = 0;
    let exact = false;
    const years: number[] = [];
    const sibling = (j: number) => {
      const r = resolutions[j];
      if (citations[j]!.kind !== c.kind || !r) return;
      issuers.add(r.entry.record.issuer);
      const y = yearOfRecord(r.entry.record.date);
      if (y !== null) years.push(y);
      if (citations[j]!.style !== c.style) return;
      terms.add(r.entry.record.term);
      alike++;
      exact ||= r.certainty === 'exact';
    };
    neighbours(i, sibling);
    const issuer = onlyOne(issuers);
    // Of the issuer's documents, one of the neighbours' decades: "Nghị quyết số 27-NQ/TW; Nghị quyết số 66-NQ/TW của Bộ Chính
    // trị" beside a conclusion of 2020 is not the Politburo's 27-NQ/TW of 1985 (corpus round 167 brought that one in).
    const near = (e: DirectiveEntry) => {
      const y = yearOfRecord(e.record.date);
      return y === null || years.length === 0 || years.some((x) => Math.abs(x - y) <= SERIES_YEARS);
    };
    let theirs = issuer === undefined ? [] : res.alternatives.filter((e) => e.record.issuer === issuer && near(e));
    const term = exact && alike >= 2 ? onlyOne(terms) : undefined;
    if (theirs.length !== 1 && term) theirs = (theirs.length ? theirs : res.alternatives).filter((e) => e.record.term === term);
    if (theirs.length === 1 && theirs[0] !== res.entry) resolutions[i] = { ...res, entry: theirs[0]! };
  }
}

/**
 * A Party id of a list whose neighbour is a resolution the words chose, or one certain: of its own documents, the one of the
 * neighbour's day. A plenum's resolutions are numbered in a row and issued on one day, and a list names them together: in
 * "… đạt mục tiêu tại Nghị quyết số 19-NQ/TW và Nghị quyết số 20-NQ/TW" on reorganising hospitals, the words make the first
 * the sixth plenum's of 25/10/2017 on public service units, so the second is that plenum's 20-NQ/TW on health, not the
 * 20-NQ/TW of 16/6/2022 on collective economy that the report's date picked (fifty-second session's probe 481). Only
 * among the alternatives a probable match was chosen from, only when one of them is of such a day; it stays probable.
 */
function sessionLinks(citations: readonly Citation[], resolutions: (Resolution | null)[], text: string): void {
  const neighbours = listNeighbours(citations, text);
  for (let i = 0; i < citations.length; i++) {
    const c = citations[i]!;
    const res = resolutions[i];
    if (c.style !== 'party' || !res?.alternatives || res.certainty === 'exact' || res.byWords) continue;
    const days = new Set<string>();
    const anchor = (j: number) => {
      const r = resolutions[j];
      const d = r?.entry.record.date;
      if (citations[j]!.style === 'party' && r && (r.certainty === 'exact' || r.byWords) && d && d.length === 10) days.add(d);
    };
    neighbours(i, anchor);
    if (days.size === 0 || days.has(res.entry.record.date ?? '')) continue;
    const theirs = res.alternatives.filter((e) => days.has(e.record.date ?? ''));
    if (theirs.length === 1) resolutions[i] = { ...res, entry: theirs[0]! };
  }
}

// The fold of an amending law's title: "sửa đổi, bổ sung một số điều của …", "sửa đổi …".
const AMENDING_TITLE = /^sua doi/u;
const isAmendingName = (name: string): boolean => AMENDING_TITLE.test(fold(name));

/**
 * A law named in an amending law's title is the text in force on the amending law's day; the reader, when only the year of
 * the amending law's number is written, takes that year's end (extract/citations.ts). The amending law resolved to its
 * record gives the day itself: in "Luật sửa đổi, bổ sung một số điều của Luật Đấu thầu, …, Luật Đầu tư, Luật Đầu tư công,
 * Luật Quản lý, sử dụng tài sản công số 90/2025/QH15" (of 25/6/2025), "Luật Đầu tư" is the law of 2020, not 143/2025/QH15
 * of 11/12/2025 (fifty-third session's probe 492). Only among the law's own candidates, only to one passed before that day.
 */
function amendingDayLinks(citations: readonly Citation[], resolutions: (Resolution | null)[]): void {
  let head = -1;
  for (let i = 0; i < citations.length; i++) {
    const c = citations[i]!;
    if (c.style === 'named' && c.named?.kind === 'law' && !c.named.amended && c.name && isAmendingName(c.name.text)) {
      head = i;
      continue;
    }
    if (head < 0 || !c.named?.amended || !c.named.amendedOn?.endsWith('-12-31')) continue;
    const title = citations[head]!.name!.span;
    if (c.span.start < title.start || c.span.start > title.end) continue;
    const day = resolutions[head]?.certainty === 'exact' ? resolutions[head]!.entry.record.date : undefined;
    const res = resolutions[i];
    if (!res || !day || day.length !== 10 || (res.entry.record.date ?? '') < day) continue;
    const [passed] = latestFirst(res.candidates.filter((e) => e.record.date?.length === 10 && e.record.date < day));
    if (passed) resolutions[i] = { ...res, entry: passed, certainty: 'exact' };
  }
}

/** The one member of a set, or undefined when it has none or several. */
function onlyOne<T>(set: ReadonlySet<T>): T | undefined {
  return set.size === 1 ? set.values().next().value : undefined;
}

const SPACES = /\s{0,3}/uy;

/**
 * A document whose subject cites another of a known day was issued on or after that day: "Quyết định số 987/QĐ-TTg về việc
 * ban hành Kế hoạch triển khai thực hiện Chỉ thị số 42-CT/TW ngày 24/3/2020" is the Prime Minister's decision of 9/7/2020,
 * not the plan for the Law on National Defence of 2018 whose subject shares more words ("ban hành Kế hoạch triển khai";
 * two-hundredth outside probe). Among the records of its id only, and only when exactly one is dated on or after that day.
 */
function subjectDateLinks(citations: readonly Citation[], resolutions: (Resolution | null)[], text: string): void {
  for (let i = 0; i < citations.length; i++) {
    const c = citations[i]!;
    const res = resolutions[i];
    const own = res?.entry.record.date;
    if (!c.subject || !res || res.certainty === 'exact' || !res.candidates || !own) continue;
    // The subject's words stop where the document it names begins ("… triển khai thực hiện | Chỉ thị số 42-CT/TW …").
    SPACES.lastIndex = c.subject.span.end;
    const end = c.subject.span.end + SPACES.exec(text)![0].length;
    let after = '';
    for (let j = i + 1; j < citations.length && citations[j]!.span.start <= end; j++) {
      const day = citations[j]!.date?.iso ?? (resolutions[j]?.certainty === 'exact' ? resolutions[j]!.entry.record.date : undefined);
      if (day && day.length === 10 && citations[j]!.span.start >= c.subject.span.start && day > after) after = day;
    }
    if (!after || own >= after) continue;
    const later = res.candidates.filter((e) => e.record.id === res.entry.record.id && e.record.date && e.record.date.length === 10 && e.record.date >= after);
    if (later.length === 1) resolutions[i] = { ...res, entry: later[0]! };
  }
}

const SUBJECT_REACH = 1000;
// After an id in a record's subject, the day the subject gives it: "… Nghị quyết số 21-NQ/TW ngày 25/10/2017 của …".
const DAY_AFTER_ID = /^\s{1,2}(?:,\s{0,2})?ngày\s{1,2}(\d{1,2})[/.-](\d{1,2})[/.-]((?:19|20)\d\d)/u;

/**
 * A document cited within the subject of another the corpus knows is the one that record's subject dates: in "Kết luận số
 * 149-KL/TW (10/4/2025) của Bộ Chính trị về đẩy mạnh thực hiện Nghị quyết số 21-NQ/TW", the conclusion's record is "về đẩy
 * mạnh thực hiện Nghị quyết số 21-NQ/TW ngày 25/10/2017 …", so the resolution is the population one of 2017, not the 21-NQ/TW
 * of 2022 the report's date picked (three hundred and fifty-seventh outside probe). Only a probable match changes, only to
 * another record of its id of that very day.
 */
function containerSubjectLinks(citations: readonly Citation[], resolutions: (Resolution | null)[]): void {
  for (let i = 1; i < citations.length; i++) {
    const c = citations[i]!;
    const res = resolutions[i];
    if (!res || res.certainty === 'exact' || !c.id || c.date) continue;
    const id = res.entry.record.id;
    // A subject is read at most a few hundred characters past its citation: no earlier one can hold this one.
    for (let j = i - 1; j >= 0 && c.span.start - citations[j]!.span.end < SUBJECT_REACH; j--) {
      const s = citations[j]!.subject;
      if (!s || s.span.start > c.span.start || s.span.end < c.span.start) continue;
      const subject = resolutions[j]?.entry.record.subject;
      const at = subject ? subject.indexOf(id) : -1;
      const m = at >= 0 ? DAY_AFTER_ID.exec(subject!.slice(at + id.length)) : null;
      if (m) {
        const day = `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
        const that = res.candidates.filter((e) => e.record.id === id && e.record.date === day);
        if (that.length === 1 && that[0] !== res.entry) resolutions[i] = { ...res, entry: that[0]! };
      }
      break;
    }
  }
}

/**
 * What a block's citations tell of each other once each is resolved, in this order: a law named and its number in
 * brackets (bracketLinks), a list's members (seriesLinks, sessionLinks), the laws an amending law names (amendingDayLinks), a subject's dated document (subjectDateLinks), a document
 * cited in the subject of another the corpus knows (containerSubjectLinks).
 */
export function linksWithin(citations: readonly Citation[], resolutions: (Resolution | null)[], text: string): (Resolution | null)[] {
  bracketLinks(citations, resolutions, text);
  seriesLinks(citations, resolutions, text);
  sessionLinks(citations, resolutions, text);
  amendingDayLinks(citations, resolutions);
  subjectDateLinks(citations, resolutions, text);
  containerSubjectLinks(citations, resolutions);
  return resolutions;
}
