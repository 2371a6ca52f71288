// A short reference names the document the text has just cited in full. "Ngày 22/7/2024, Chính phủ
// đã ban hành Nghị quyết số 111/NQ-CP … Nghị quyết 111 đã nêu rõ …": the second citation is the
// Government's 111/NQ-CP, not whichever record of the corpus is numbered 111 (the National
// Assembly's 111/2024/QH15, which an outside document was told to "cite in full"). So a
// number-only citation whose kind and number are those of an earlier citation with an id takes
// that citation's resolution — none, when the corpus does not know it — instead of the corpus's
// guess by number.
//
// Looked for among the citations read together (a block of the report: a few paragraphs), so a
// block is still judged from its own text and the report's context alone (analyze.ts).

import type { Citation } from '../extract/citations';
import { foldName, idMatchKey, type Resolution } from './corpus-index';

/** The index of the nearest earlier citation `citations[i]` refers back to, or -1. */
export function antecedent(citations: readonly Citation[], i: number): number {
  const c = citations[i]!;
  if (c.style !== 'number-only' || !c.number || !c.kind || c.date) return -1;
  const number = idMatchKey(c.number);
  const kind = foldName(c.kind);
  for (let j = i - 1; j >= 0; j--) {
    const a = citations[j]!;
    if (!a.id || !a.number || !a.kind || idMatchKey(a.number) !== number || foldName(a.kind) !== kind) continue;
    // "Nghị quyết 111 của Quốc hội" after the Government's 111/NQ-CP is another document.
    if (c.issuer && (!a.issuer || a.issuer.name !== c.issuer.name)) continue;
    return j;
  }
  return -1;
}

/** Each citation's resolution: a short reference takes its antecedent's, the others the corpus's. */
export function resolveAll(citations: readonly Citation[], resolve: (c: Citation) => Resolution | null): (Resolution | null)[] {
  const out: (Resolution | null)[] = [];
  for (let i = 0; i < citations.length; i++) {
    const j = antecedent(citations, i);
    out.push(j >= 0 ? (out[j] ?? null) : resolve(citations[i]!));
  }
  return out;
}
