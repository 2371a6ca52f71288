// One mistake, one finding: the same wrong citation written three times (same rule, same
// message, so the same id and the same wrong fact) is one finding at its first mention, the
// others its related locations (LSP relatedInformation; "cũng ở dòng …" in the CLI). A writer
// reads one message and, with "Fix all" or the quick fix, mends every place at once.
//
// Hints stay one a place: they are not squiggles, and each carries its own quick fix where the
// cursor is. A group whose fixes differ from place to place is not merged (no fix is lost).

import type { Finding, Fix } from '../../types';

const REPEATED_HERE = { vi: 'Cùng lỗi này, nhắc lại ở đây', en: 'The same mistake, repeated here' };

function fixTitles(f: Finding): string {
  return (f.fixes ?? []).map((x) => `${x.title.vi}|${x.safe}`).join('\n');
}

// A finding's group key, kept with its message: the copies of a kept block's findings share it.
const keys = new WeakMap<object, string>();

function groupKey(f: Finding): string {
  let key = keys.get(f.message);
  if (key === undefined) {
    key = `${f.code}\u0000${f.severity}\u0000${f.message.vi}\u0000${fixTitles(f)}`;
    keys.set(f.message, key);
  }
  return key;
}

/** Findings with repeats folded into their first mention, in the order given. */
export function mergeRepeats(findings: Finding[]): Finding[] {
  const groups = new Map<string, Finding[]>();
  for (const f of findings) {
    if (f.severity === 'hint') continue;
    const key = groupKey(f);
    const g = groups.get(key);
    if (g) g.push(f);
    else groups.set(key, [f]);
  }
  const folded = new Map<Finding, Finding>();
  const dropped = new Set<Finding>();
  for (const g of groups.values()) {
    if (g.length < 2) continue;
    const [first, ...rest] = g as [Finding, ...Finding[]];
    const fixes: Fix[] | undefined = first.fixes?.map((fix, k) => ({
      ...fix,
      edits: [...fix.edits, ...rest.flatMap((r) => r.fixes![k]!.edits)],
    }));
    folded.set(first, {
      ...first,
      ...(fixes ? { fixes } : {}),
      related: [...(first.related ?? []), ...rest.flatMap((r) => [{ span: r.span, message: REPEATED_HERE, repeat: true }, ...(r.related ?? [])])],
    });
    for (const r of rest) dropped.add(r);
  }
  if (folded.size === 0) return findings;
  return findings.filter((f) => !dropped.has(f)).map((f) => folded.get(f) ?? f);
}
