// A report as a sequence of blocks: paragraphs separated by blank lines. The reader never reads
// across a blank line (a citation, a date, a list or a sentence ends at one), so a block can be
// read and judged on its own, and an edit re-reads only the blocks it touched (analyze.ts).
//
// Blocks partition the text: a block is its content lines and the blank lines after them, so the
// offset of a block is all it takes to place its findings in the document. One exception joins
// paragraphs: the Official Gazette's page-break blocks (a running head "CÔNG BÁO/Số …" with page
// numbers and blank lines around it; extract/layout.ts) stand in the middle of a sentence, and the
// reader leaves them out so that the sentence reads whole. A block holding a running head is
// joined with the blocks of page-break lines around it and with the paragraph before and after.

/** A block: [start, end) in the original text. */
export interface Block {
  start: number;
  end: number;
}

// A running head as the canonical text has it, and as a PDF extraction may write it before
// normalisation (decomposed marks, a division or fullwidth slash).
const HEAD = /C(?:Ô|O\u0302)NG\s{0,2}B(?:Á|A\u0301)O\s{0,2}[/\u2215\u2044\uff0f]/u;
// Lines a page break is made of besides its head: blank lines, a page number, the portal's stamp.
const NOISE_LINE = /^[ \t\r]{0,80}(?:\d{1,4}[ \t\r]{0,40}|(?:Người ký|Email|Cơ quan|Thời gian ký):[^\n]{0,120})?$/u;

function isBlankLine(t: string, s: number, e: number): boolean {
  for (let i = s; i < e; i++) {
    const c = t.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 13 && c !== 12 && c !== 11 && c !== 0xa0 && c !== 0xfeff && c !== 0x200b) return false;
  }
  return true;
}

// Paragraphs are grouped into blocks of a few kilobytes: reading and judging a block costs some
// 0.1 ms besides its text (each rule's setup), and a report of 250 KB has some 700 paragraphs. On
// the dense 250 KB report, blocks of ~5 KB (47) made a full check 17 % cheaper than blocks of
// ~2 KB (90), and a re-check 7 % of a full one instead of 5 % (CPU time, one process). Where a block ends is
// decided by the paragraphs themselves (content-defined chunking, as in rsync and backup tools):
// after a paragraph whose first characters hash to 0 modulo `spread`, once the block holds `min`
// characters, and always at `max` (BLOCK_SIZES; tests use one paragraph a block). An edit changes the blocks around it, never the boundaries
// further on, so the blocks after it are found again in the cache, moved.
export interface BlockSizes {
  /** A block ends after about one paragraph in `spread`… */
  spread: number;
  /** …once it holds `min` characters… */
  min: number;
  /** …and always at `max`. */
  max: number;
}

export const BLOCK_SIZES: BlockSizes = { spread: 8, min: 3072, max: 16384 };
const HASHED = 24;

/** The blocks of a text, in order, covering it from 0 to its length. Linear in the text. */
export function splitBlocks(t: string, sizes: BlockSizes = BLOCK_SIZES): Block[] {
  const paragraphs = splitParagraphs(t);
  const out: Block[] = [];
  let cur: Block | null = null;
  for (const p of paragraphs) {
    if (!cur) cur = { start: p.start, end: p.end };
    else cur.end = p.end;
    const size = cur.end - cur.start;
    if (size >= sizes.max || (size >= sizes.min && boundaryAfter(t, p, sizes.spread))) {
      out.push(cur);
      cur = null;
    }
  }
  if (cur) out.push(cur);
  return out;
}

/** FNV-1a of a paragraph's first characters: stable while the writer types inside it. */
function boundaryAfter(t: string, p: Block, spread: number): boolean {
  if (spread <= 1) return true;
  let h = 0x811c9dc5;
  const end = Math.min(p.end, p.start + HASHED);
  for (let i = p.start; i < end; i++) h = Math.imul(h ^ t.charCodeAt(i), 0x01000193);
  return (h >>> 0) % spread === 0;
}

/**
 * Paragraphs (with the blank lines after them), joined across page breaks; see above. A paragraph
 * starts at a content line after blank lines, once the text has had content.
 */
export function splitParagraphs(t: string): Block[] {
  const raw: Block[] = [];
  let start = 0;
  let pos = 0;
  let sawContent = false;
  let inBlanks = false;
  while (pos < t.length) {
    let nl = t.indexOf('\n', pos);
    const lineEnd = nl < 0 ? t.length : nl;
    nl = nl < 0 ? t.length : nl + 1;
    if (isBlankLine(t, pos, lineEnd)) inBlanks = true;
    else {
      // A content line after blank lines starts the next block. Blank lines before the text's
      // first content start nothing (they once cut a text's first paragraph after its first line).
      if (inBlanks && sawContent) {
        raw.push({ start, end: pos });
        start = pos;
      }
      inBlanks = false;
      sawContent = true;
    }
    pos = nl;
  }
  if (start < t.length || raw.length === 0) raw.push({ start, end: t.length });
  return HEAD.test(t) ? joinPageBreaks(t, raw) : raw;
}

function hasHead(t: string, b: Block): boolean {
  return HEAD.test(t.slice(b.start, b.end));
}

/** Whether every line of a block is part of what a page break leaves (blank, page number, stamp). */
function noiseOnly(t: string, b: Block): boolean {
  // Line by line, stopping at the first that is not noise: the paragraph before a page break is
  // asked too, and splitting all of it first was 2 % of checking the gazette folder.
  for (let s = b.start; s <= b.end; ) {
    let e = t.indexOf('\n', s);
    if (e < 0 || e > b.end) e = b.end;
    if (!NOISE_LINE.test(t.slice(s, e))) return false;
    s = e + 1;
  }
  return true;
}

function joinPageBreaks(t: string, raw: Block[]): Block[] {
  const heads = raw.map((b) => hasHead(t, b));
  if (!heads.includes(true)) return raw;
  // join[k]: block k is joined with block k + 1.
  const join = new Array<boolean>(raw.length).fill(false);
  for (let k = 0; k < raw.length; k++) {
    if (!heads[k]) continue;
    // Back over page-break blocks to the paragraph before, which joins too.
    let a = k;
    while (a > 0 && (noiseOnly(t, raw[a - 1]!) || heads[a - 1])) a--;
    if (a > 0) a--;
    // Forward the same way.
    let z = k;
    while (z + 1 < raw.length && (noiseOnly(t, raw[z + 1]!) || heads[z + 1])) z++;
    if (z + 1 < raw.length) z++;
    for (let j = a; j < z; j++) join[j] = true;
  }
  const out: Block[] = [];
  for (let k = 0; k < raw.length; k++) {
    const last = out[out.length - 1];
    if (k > 0 && join[k - 1] && last) last.end = raw[k]!.end;
    else out.push({ start: raw[k]!.start, end: raw[k]!.end });
  }
  return out;
}
