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
// earlier block. `Earlier` carries those citations from block to block, and each block's
// judgement is kept under a key holding the earlier citations it used (`outsideKey`, each as all it
// says), so a block is judged again only when what it refers back to has changed.

import type { Citation } from '../extract/citations';
import { foldName, idMatchKey, type Resolution } from './corpus-index';

/** Citations with an id seen so far, by kind and number, the nearest last; and a token for each. */
export type Earlier = Map<string, { citation: Citation; token: string }>;

interface Keys {
  /** As an antecedent: kind and number of a citation with an id, else null. */
  full: (string | null)[];
  /** What an antecedent's resolution is made from (all it says, not where): its token, once asked. */
  token: (string | undefined)[];
  /** As a short reference: kind and number of a number-only citation without a date, else null. */
  short: (string | null)[];
}

// A block's citations are kept with its reading (by its text): their keys are worked out once.
const keysMemo = new WeakMap<readonly Citation[], Keys>();

function keysOf(citations: readonly Citation[]): Keys {
  let k = keysMemo.get(citations);
  if (!k) {
    const full: (string | null)[] = [];
    const short: (string | null)[] = [];
    for (const c of citations) {
      const key = c.kind && c.number ? `${foldName(c.kind)}|${idMatchKey(c.number)}` : null;
      full.push(c.id ? key : null);
      short.push(c.style === 'number-only' && !c.date ? key : null);
    }
    keysMemo.set(citations, (k = { full, short, token: [] }));
  }
  return k;
}

/** "Nghị quyết 111 của Quốc hội" after the Government's 111/NQ-CP is another document. */
function fits(c: Citation, a: Citation): boolean {
  return !c.issuer || (a.issuer !== null && a.issuer.name === c.issuer.name);
}

/** The nearest earlier citation of the same block `citations[i]` refers back to, or -1. */
function inBlock(citations: readonly Citation[], keys: Keys, i: number): number {
  const key = keys.short[i];
  if (!key) return -1;
  for (let j = i - 1; j >= 0; j--) if (keys.full[j] === key) return fits(citations[i]!, citations[j]!) ? j : -1;
  return -1;
}

/** The earlier block's citation `citations[i]` refers back to (none in its own block), or null. */
function outside(citations: readonly Citation[], keys: Keys, i: number, earlier: Earlier | undefined): { citation: Citation; token: string } | null {
  const key = keys.short[i];
  if (!key || !earlier || inBlock(citations, keys, i) >= 0) return null;
  const e = earlier.get(key);
  return e && fits(citations[i]!, e.citation) ? e : null;
}

/** Which earlier blocks' citations a block's short references use: part of its judgement's key. */
export function outsideKey(citations: readonly Citation[], earlier: Earlier): string {
  const keys = keysOf(citations);
  let out = '';
  for (let i = 0; i < citations.length; i++) {
    if (!keys.short[i]) continue;
    const e = outside(citations, keys, i, earlier);
    if (e) out += `${i}:${e.token};`;
  }
  return out;
}

/** A citation without its places: an edit elsewhere in its block leaves its token unchanged. */
function placeless(key: string, value: unknown): unknown {
  return key === 'span' || key.endsWith('Span') || key === 'list' ? undefined : value;
}

/** Add a block's citations with an id to `earlier` (after it is judged: they follow its own). */
export function remember(citations: readonly Citation[], earlier: Earlier): void {
  const keys = keysOf(citations);
  for (let i = 0; i < citations.length; i++) {
    const key = keys.full[i];
    if (key) earlier.set(key, { citation: citations[i]!, token: (keys.token[i] ??= JSON.stringify(citations[i], placeless)) });
  }
}

/**
 * Each citation's resolution: a short reference takes its antecedent's (in the block, else from
 * `earlier`), the others the corpus's.
 */
export function resolveAll(citations: readonly Citation[], resolve: (c: Citation) => Resolution | null, earlier?: Earlier): (Resolution | null)[] {
  const keys = keysOf(citations);
  const out: (Resolution | null)[] = [];
  for (let i = 0; i < citations.length; i++) {
    const j = inBlock(citations, keys, i);
    if (j >= 0) {
      out.push(out[j] ?? null);
      continue;
    }
    const e = outside(citations, keys, i, earlier);
    out.push(resolve(e ? e.citation : citations[i]!));
  }
  return out;
}
