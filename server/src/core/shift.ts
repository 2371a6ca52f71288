// Moving what was read or found in a block to its place in the document. Everything a reading
// or a finding locates is a Span or a TextEdit ({start, end} of original offsets), so a copy with
// every such pair moved is the block's result in document coordinates.

import type { RuleFinding } from './rules/rule';
import type { Finding } from './types';

/** A deep copy of `x` with every `{start, end}` pair of numbers moved by `delta`. */
export function shifted<T>(x: T, delta: number): T {
  return delta === 0 ? x : (move(x, delta) as T);
}

function move(x: unknown, d: number): unknown {
  if (x === null || typeof x !== 'object') return x;
  if (Array.isArray(x)) {
    const out = new Array(x.length);
    for (let i = 0; i < x.length; i++) out[i] = move(x[i], d);
    return out;
  }
  const o = x as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const k in o) {
    const v = o[k];
    out[k] = v !== null && typeof v === 'object' ? move(v, d) : v;
  }
  if (typeof o.start === 'number' && typeof o.end === 'number') {
    out.start = (o.start as number) + d;
    out.end = (o.end as number) + d;
  }
  return out;
}

/**
 * A finding moved by `delta`, always a new object: what is placed is copied, what is said
 * (messages, titles) is shared. Kept findings are never handed out themselves.
 */
export function shiftedFinding<F extends Finding | RuleFinding>(f: F, delta: number): F {
  const out = { ...f, span: { start: f.span.start + delta, end: f.span.end + delta } };
  if (f.fixes) out.fixes = f.fixes.map((x) => ({ ...x, edits: x.edits.map((e) => ({ ...e, start: e.start + delta, end: e.end + delta })) }));
  if (f.related) out.related = f.related.map((r) => ({ ...r, span: { start: r.span.start + delta, end: r.span.end + delta } }));
  return out;
}
