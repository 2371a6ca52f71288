// From a Markdown draft to the parts of an official document: the two-column header, the kind and
// subject, the body (PHẦN / I. / 1. / a) headings, paragraphs, tables) and the closing (Nơi nhận
// beside the signature). Pure: the Markdown parser is passed in (markdown-it, loaded lazily by the
// adapter), and writing the .docx is the adapter's work (server/src/host/export-docx.ts).
//
// Line breaks inside a Markdown paragraph are spaces, as Markdown says, except before a line that
// starts with a list dash or a numbering ("- ", "+ ", "1. ", "a) "): Vietnamese reports write those
// as paragraphs of their own, and the writer typed them that way.

import { read } from '../extract/reading';
import type { Localized } from '../types';
import { applyPatch, LAYOUTS, type Element, type ExportConfig, type Layout, type LayoutId } from './layouts';
import { rx } from '../text/letters';

/** The part of a markdown-it token this module reads (markdown-it's Token has these fields). */
export interface MdToken {
  type: string;
  tag: string;
  map: [number, number] | null;
  content: string;
  markup: string;
  children: MdToken[] | null;
}

/** What the module needs of a Markdown parser: markdown-it's `parse` and `parseInline`. */
export interface MarkdownParser {
  parse(src: string, env: object): MdToken[];
  parseInline(src: string, env: object): MdToken[];
}

export interface Run {
  text: string;
  bold?: boolean;
  italics?: boolean;
}

export type BodyElement = Extract<Element, 'body' | 'part' | 'partTitle' | 'roman' | 'arabic' | 'letter'>;

export type Block =
  | { type: 'paragraph'; element: BodyElement; runs: Run[]; line: number }
  | { type: 'table'; rows: Run[][][]; line: number };

export type HeaderPart = 'issuingBody' | 'number' | 'placeDate' | 'kind' | 'subject' | 'recipients' | 'signature';

export const PART_NAMES: Record<HeaderPart, Localized> = {
  issuingBody: { vi: 'tên cơ quan ban hành', en: 'issuing body' },
  number: { vi: 'số và ký hiệu', en: 'number and symbol' },
  placeDate: { vi: 'địa danh và ngày tháng', en: 'place and date line' },
  kind: { vi: 'tên loại văn bản (BÁO CÁO…)', en: 'document kind (BÁO CÁO…)' },
  subject: { vi: 'trích yếu', en: 'subject line' },
  recipients: { vi: 'nơi nhận', en: 'recipients (Nơi nhận)' },
  signature: { vi: 'khối chữ ký', en: 'signature block' },
};

export type LayoutReason = 'option' | 'motto' | 'issuing-body' | 'config' | 'default';

export interface ExportModel {
  layout: Layout;
  layoutReason: LayoutReason;
  header: {
    superior: string[];
    issuing: string[];
    number: string | null;
    placeDate: string | null;
    kind: string | null;
    subject: string[];
  };
  blocks: Block[];
  recipients: { label: string; lines: string[] } | null;
  signature: { lines: { text: string; role: 'authority' | 'note' | 'name' }[] } | null;
  /** Parts a report has that this draft lacks: the export goes on and says so. */
  missing: HeaderPart[];
}

export interface ExportModelOptions {
  layout?: LayoutId;
  config?: ExportConfig;
}

// ── Patterns (data) ────────────────────────────────────────────────────────────────────────────

/** The title lines of each layout, as a draft may write them; the layout prints its own. */
const MOTTO: { re: RegExp; layout: LayoutId | null }[] = [
  { re: /^ĐẢNG CỘNG SẢN VIỆT NAM$/u, layout: 'party' },
  { re: /^CỘNG H(?:ÒA|OÀ) XÃ HỘI CHỦ NGHĨA VIỆT NAM$/u, layout: 'state' },
  { re: /^Độc lập\s*[-–—]\s*Tự do\s*[-–—]\s*Hạnh phúc$/iu, layout: 'state' },
];
/** Words of an issuing body that tell its kind when the draft has no title line. */
const BODY_KIND: { re: RegExp; layout: LayoutId }[] = [
  { re: /(?:^|\s)(?:ĐẢNG BỘ|ĐẢNG ỦY|ĐẢNG UỶ|CHI BỘ|TỈNH ỦY|TỈNH UỶ|THÀNH ỦY|THÀNH UỶ|HUYỆN ỦY|HUYỆN UỶ|QUẬN ỦY|QUẬN UỶ|BAN CHẤP HÀNH TRUNG ƯƠNG|BAN DÂN VẬN|BAN TUYÊN GIÁO|BAN TỔ CHỨC|ỦY BAN KIỂM TRA|UỶ BAN KIỂM TRA)(?:\s|$)/u, layout: 'party' },
  { re: /(?:^|\s)(?:ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN|UBND|HỘI ĐỒNG NHÂN DÂN|HĐND|SỞ|BỘ|CHÍNH PHỦ|THỦ TƯỚNG)(?:\s|$)/u, layout: 'state' },
];
const NUMBER = /^(?:Số|SỐ)\s*:?\s*\S/u;
const RULE_LINE = /^[\s*\-_=—–.]*$/u;
const PART = /^(?:PHẦN|Phần)\s+(?:THỨ\s+\S+|thứ\s+\S+|[IVXLC]{1,6}\b|\d{1,2}\b)/u;
const ROMAN = /^[IVXLC]{1,6}\s*[.\-–]\s/u;
const ARABIC = /^\d{1,2}(?:\.\d{1,2}){0,3}\.\s/u;
const LETTER = /^[a-zđ]\)\s/u;
/** A line that starts a paragraph of its own inside a Markdown paragraph. */
const OWN_LINE = /^(?:[-+•]\s|\d{1,2}(?:\.\d{1,2}){0,3}[.)]\s|[a-zđ]\)\s|[IVXLC]{1,6}\s*[.\-–]\s)/u;
/** Numbered headings are short and do not end like a sentence. */
const HEADING_MAX = 150;
const CAPS = rx(String.raw`^[\p{Lu}\p{M}\d\s,.\-–/()&]+$`, 'u');
const RECIPIENTS = /^Nơi nhận\s*:?\s*(.*)$/u;
const AUTHORITY = /^(?:T\/M|TM\.|K\/T|KT\.|T\/L|TL\.|TUQ\.|Q\.|Q\/|THỪA LỆNH|THỪA ỦY QUYỀN)\s?/u;
const SIG_NOTE = /^\(.{1,60}\)$/u;
// A line that may close a report: short, capital first, no sentence end (names, "Họ và tên").
const SHORT_LINE = rx(String.raw`^\p{Lu}[\p{L}\p{M}]*(?:\s[\p{L}\p{M}]+){1,5}$`, 'u');
// The signer's name: two to five capitalised words, or the template's placeholder.
const NAME = rx(String.raw`^(?:\p{Lu}[\p{Ll}\p{M}]*(?:\s\p{Lu}[\p{Ll}\p{M}]*){1,4}|Họ và [Tt]ên)$`, 'u');
// Title words of a signer (a capitalised line above the name without T/M, K/T …). Web pages end
// with capitalised lines too ("TIN LIÊN QUAN"), which are not signatures.
const SIGNER_TITLE = /(?:^|\s)(?:BÍ THƯ|TRƯỞNG|PHÓ|CHỦ TỊCH|CHỦ NHIỆM|GIÁM ĐỐC|CHÁNH|ỦY VIÊN|UỶ VIÊN|TỔNG THƯ KÝ)(?:\s|$)/u;
const COLUMNS = / {3,}|\t/u;

// ── Helpers ────────────────────────────────────────────────────────────────────────────────────

/** The text of one line of Markdown, without its marks (emphasis, escapes, heading hashes). */
function plain(md: MarkdownParser, line: string): string {
  const src = line.replace(/^\s{0,3}#{1,6}\s+/u, '').replace(/^\s*>\s?/u, '');
  const toks = md.parseInline(src, {});
  let out = '';
  for (const t of toks) for (const c of t.children ?? []) if (c.type === 'text' || c.type === 'code_inline') out += c.content;
  return out.replace(/\s+/gu, ' ').trim();
}

/** Runs of an inline token, split into lines at soft and hard breaks. */
function inlineLines(inline: MdToken): Run[][] {
  const lines: Run[][] = [[]];
  let bold = 0;
  let em = 0;
  for (const c of inline.children ?? []) {
    if (c.type === 'strong_open') bold++;
    else if (c.type === 'strong_close') bold = Math.max(0, bold - 1);
    else if (c.type === 'em_open') em++;
    else if (c.type === 'em_close') em = Math.max(0, em - 1);
    else if (c.type === 'softbreak' || c.type === 'hardbreak') lines.push([]);
    else if (c.type === 'text' || c.type === 'code_inline') {
      const r: Run = { text: c.content };
      if (bold) r.bold = true;
      if (em) r.italics = true;
      lines[lines.length - 1]!.push(r);
    }
  }
  return lines.filter((l) => l.some((r) => r.text.trim()));
}

const textOf = (runs: readonly Run[]): string => runs.map((r) => r.text).join('');

function classify(text: string): BodyElement {
  if (PART.test(text)) return 'part';
  if (ROMAN.test(text)) return 'roman';
  const short = text.length <= HEADING_MAX && !/[.;,:]$/u.test(text);
  if (ARABIC.test(text) && short) return 'arabic';
  if (LETTER.test(text) && short) return 'letter';
  return 'body';
}

const BY_LEVEL: Record<string, BodyElement> = { h1: 'part', h2: 'roman', h3: 'arabic', h4: 'letter', h5: 'letter', h6: 'letter' };

// ── The closing (Nơi nhận and signature), read on lines from the end ───────────────────────────

interface Closing {
  startLine: number;
  recipients: { label: string; lines: string[] } | null;
  signature: { lines: { text: string; role: 'authority' | 'note' | 'name' }[] } | null;
}

function readClosing(md: MarkdownParser, lines: readonly string[], from: number): Closing {
  type Col = { text: string; side: 'left' | 'right' | 'one' };
  const cols = (raw: string): Col[] => {
    const parts = raw.split(COLUMNS).map((p) => plain(md, p)).filter(Boolean);
    if (parts.length === 2) return [{ text: parts[0]!, side: 'left' }, { text: parts[1]!, side: 'right' }];
    const t = plain(md, raw);
    return t ? [{ text: t, side: 'one' }] : [];
  };
  const isClosing = (t: string) => classify(t) === 'body' && (RECIPIENTS.test(t) || /^[-+]\s/u.test(t) || AUTHORITY.test(t) || SIG_NOTE.test(t) || SHORT_LINE.test(t) || (CAPS.test(t) && t.length <= 80));
  // Walk back over blank and closing-like lines.
  let start = lines.length;
  for (let i = lines.length - 1; i >= from; i--) {
    const cs = cols(lines[i]!);
    if (cs.length === 0) {
      start = i;
      continue;
    }
    if (cs.every((c) => isClosing(c.text))) start = i;
    else break;
  }
  const region: Col[][] = [];
  for (let i = start; i < lines.length; i++) region.push(cols(lines[i]!));
  let recipients: Closing['recipients'] = null;
  const sig: { text: string; role: 'authority' | 'note' | 'name' }[] = [];
  let inRecipients = false;
  for (const row of region) {
    for (const c of row) {
      const rm = RECIPIENTS.exec(c.text);
      if (rm && c.side !== 'right') {
        recipients = { label: 'Nơi nhận:', lines: rm[1] ? [rm[1]] : [] };
        inRecipients = true;
      } else if (recipients && (c.side === 'left' || (c.side === 'one' && inRecipients && /^[-+]\s/u.test(c.text)))) {
        recipients.lines.push(c.text);
      } else {
        if (c.side === 'one') inRecipients = false;
        sig.push({ text: c.text, role: SIG_NOTE.test(c.text) ? 'note' : CAPS.test(c.text) || AUTHORITY.test(c.text) ? 'authority' : NAME.test(c.text) ? 'name' : 'note' });
      }
    }
  }
  // A signature has "T/M …", "K/T …" or a title above a name; capitalised lines alone are headings,
  // and a lone name-like line at the end is body text.
  const titled = sig.some((l) => l.role === 'authority' && SIGNER_TITLE.test(l.text)) && sig[sig.length - 1]?.role === 'name';
  const signature = sig.some((l) => AUTHORITY.test(l.text)) || titled || (recipients && sig.length) ? { lines: sig } : null;
  if (!recipients && !signature) return { startLine: lines.length, recipients: null, signature: null };
  // Without a recipients block, the region starts at the first signature line.
  return { startLine: start, recipients, signature };
}

// ── The model ──────────────────────────────────────────────────────────────────────────────────

export function buildExportModel(draft: string, md: MarkdownParser, opts: ExportModelOptions = {}): ExportModel {
  // Composed letters (NFC): the patterns below are written that way, and Word and its fonts draw
  // "ố" best as one letter; a draft pasted in decomposed form (NFD) exports the same.
  const text = draft.normalize('NFC');
  const lines = text.split(/\r?\n/u);
  const reading = read(text);
  const h = reading.header;
  const lineOf = (offset: number) => {
    let n = 0;
    for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) n++;
    return n;
  };

  // The header ends after the subject (or the kind); without a kind, after the last header field.
  let headerEnd = 0;
  const lastHeaderSpan = h.subject?.span ?? h.kind?.span ?? null;
  if (lastHeaderSpan) headerEnd = lineOf(lastHeaderSpan.end) + 1;
  else {
    const ends = [h.number?.span.end, h.placeDate?.span.end, h.issuingBody?.span.end].filter((x): x is number => x !== undefined);
    if (ends.length) headerEnd = lineOf(Math.max(...ends)) + 1;
  }

  const header: ExportModel['header'] = { superior: [], issuing: [], number: null, placeDate: null, kind: null, subject: [] };
  const bodies: string[] = [];
  let mottoLayout: LayoutId | null = null;
  const kindLine = h.kind ? lineOf(h.kind.span.start) : -1;
  for (let i = 0; i < headerEnd; i++) {
    for (const col of lines[i]!.split(COLUMNS)) {
      const t = plain(md, col);
      if (!t || RULE_LINE.test(t)) continue;
      const motto = MOTTO.find((m) => m.re.test(t));
      if (motto) {
        mottoLayout ??= motto.layout;
        continue;
      }
      if (kindLine >= 0 && i > kindLine) header.subject.push(t);
      else if (i === kindLine) header.kind = t;
      else if (NUMBER.test(t) && !header.number) header.number = t;
      else if (h.placeDate && t.includes(h.placeDate.text)) header.placeDate = h.placeDate.text;
      else if (!header.number && CAPS.test(t)) bodies.push(t);
      else header.subject.push(t);
    }
  }
  // The last capitalised line is the issuing body; the lines above it, its superior body.
  if (bodies.length) {
    header.issuing = [bodies[bodies.length - 1]!];
    header.superior = bodies.slice(0, -1);
  }

  let layoutId: LayoutId;
  let layoutReason: LayoutReason;
  const bodyKind = BODY_KIND.find((b) => bodies.some((l) => b.re.test(l)));
  if (opts.layout) [layoutId, layoutReason] = [opts.layout, 'option'];
  else if (mottoLayout) [layoutId, layoutReason] = [mottoLayout, 'motto'];
  else if (bodyKind) [layoutId, layoutReason] = [bodyKind.layout, 'issuing-body'];
  else if (opts.config?.defaultLayout) [layoutId, layoutReason] = [opts.config.defaultLayout, 'config'];
  else [layoutId, layoutReason] = ['party', 'default'];
  const layout = applyPatch(LAYOUTS[layoutId], opts.config?.[layoutId]);

  const closing = readClosing(md, lines, headerEnd);

  // The body: markdown-it blocks between the header and the closing.
  const blocks: Block[] = [];
  const toks = md.parse(text, {});
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k]!;
    const line = t.map?.[0] ?? -1;
    if (line < headerEnd || line >= closing.startLine) continue;
    if (t.type === 'heading_open' || t.type === 'paragraph_open') {
      const inline = toks[k + 1]!;
      const groups = inlineLines(inline);
      const heading = t.type === 'heading_open' ? BY_LEVEL[t.tag] ?? 'roman' : null;
      let cur: Run[] | null = null;
      let curEl: BodyElement = 'body';
      const flush = () => {
        if (cur && textOf(cur).trim()) blocks.push({ type: 'paragraph', element: curEl, runs: cur, line });
        cur = null;
      };
      for (const g of groups) {
        const lt = textOf(g).trim();
        const el = classify(lt);
        if (cur && curEl === 'part' && el === 'body' && CAPS.test(lt)) {
          // "PHẦN THỨ NHẤT" then its title on the next line.
          flush();
          [cur, curEl] = [g, 'partTitle'];
        } else if (!cur || curEl !== 'body' || el !== 'body' || OWN_LINE.test(lt)) {
          flush();
          [cur, curEl] = [g, heading && el === 'body' ? heading : el];
        } else cur.push({ text: ' ' }, ...g);
      }
      flush();
    } else if (t.type === 'table_open') {
      const rows: Run[][][] = [];
      for (k++; k < toks.length && toks[k]!.type !== 'table_close'; k++) {
        const x = toks[k]!;
        if (x.type === 'tr_open') rows.push([]);
        else if (x.type === 'inline') rows[rows.length - 1]?.push(inlineLines(x).flatMap((l, i) => (i ? [{ text: ' ' }, ...l] : l)));
      }
      blocks.push({ type: 'table', rows, line });
    } else if (t.type === 'fence' || t.type === 'code_block') {
      for (const l of t.content.split('\n')) if (l.trim()) blocks.push({ type: 'paragraph', element: 'body', runs: [{ text: l }], line });
    }
  }

  // A capitalised heading right under "PHẦN …" is its title, whichever way the draft wrote it.
  for (let i = 1; i < blocks.length; i++) {
    const [a, b] = [blocks[i - 1]!, blocks[i]!];
    if (a.type === 'paragraph' && b.type === 'paragraph' && a.element === 'part' && (b.element === 'body' || b.element === 'part')) {
      const bt = textOf(b.runs).trim();
      if (CAPS.test(bt) && !PART.test(bt)) b.element = 'partTitle';
    }
  }

  const missing: HeaderPart[] = [];
  if (!header.issuing.length) missing.push('issuingBody');
  if (!header.number) missing.push('number');
  if (!header.placeDate) missing.push('placeDate');
  if (!header.kind) missing.push('kind');
  if (!header.subject.length) missing.push('subject');
  if (!closing.recipients) missing.push('recipients');
  if (!closing.signature) missing.push('signature');

  return { layout, layoutReason, header, blocks, recipients: closing.recipients, signature: closing.signature, missing };
}
