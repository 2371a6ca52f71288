// The characters a regular-expression source can start a match with, read from the source itself:
// lets a long alternation (the issuers) be split at module load into small groups by first
// character, so a match attempt tries only the alternatives that can succeed there. Handles the
// subset our patterns use (literals, escapes, classes, groups, look-arounds, quantifiers); anything
// it cannot read exactly it answers with `null`, "any character", which is always safe.

import { classEnd, endOf, groupOpening, quantifierAt } from './regex-source';

/** First characters of a match of `src` (case-sensitive), or null when it may start with anything. */
export function firstChars(src: string): Set<string> | null {
  const r = new Reader(src);
  const res = r.alternation();
  if (r.i !== src.length) return null;
  // A pattern that may match the empty string may start with anything that follows it.
  return res.nullable ? null : res.first;
}

interface First {
  first: Set<string> | null;
  nullable: boolean;
}

function union(a: Set<string> | null, b: Set<string> | null): Set<string> | null {
  if (a === null || b === null) return null;
  const u = new Set(a);
  for (const c of b) u.add(c);
  return u;
}

class Reader {
  i = 0;
  constructor(private readonly s: string) {}

  alternation(): First {
    let acc = this.sequence();
    while (this.s[this.i] === '|') {
      this.i++;
      const next = this.sequence();
      acc = { first: union(acc.first, next.first), nullable: acc.nullable || next.nullable };
    }
    return acc;
  }

  sequence(): First {
    let first: Set<string> | null = new Set();
    let nullable = true;
    while (this.i < this.s.length && this.s[this.i] !== '|' && this.s[this.i] !== ')') {
      const a = this.atom();
      const optional = this.quantifier();
      if (nullable) first = union(first, a.first);
      nullable = nullable && (a.nullable || optional);
      // Nothing after a required atom can start the match: the rest is only stepped over (reading
      // every atom of the issuers' long patterns was 4 ms of a one-page check).
      if (!nullable) {
        this.skipSequence();
        break;
      }
    }
    return { first, nullable };
  }

  /** Moves to the end of the current sequence: the next `|` or `)` outside groups and classes. */
  skipSequence(): void {
    this.i = endOf(this.s, this.i);
  }

  /** Reads a quantifier if one stands here; true when it allows zero repetitions. */
  quantifier(): boolean {
    const q = quantifierAt(this.s, this.i);
    if (!q) return false;
    this.i = q.end;
    return q.min === 0;
  }

  atom(): First {
    const s = this.s;
    const c = s[this.i]!;
    if (c === '(') {
      const { content, look } = groupOpening(s, this.i);
      this.i = content;
      const inner = this.alternation();
      if (s[this.i] === ')') this.i++;
      // A look-around consumes nothing: ignoring what it demands only widens the set.
      return look ? { first: new Set(), nullable: true } : inner;
    }
    if (c === '[') {
      // A class: skipped to its end, read as "any character" (widest, always safe).
      this.i = classEnd(s, this.i);
      return { first: null, nullable: false };
    }
    if (c === '\\') {
      const e = s[this.i + 1]!;
      if (e === 'p' || e === 'P') {
        const close = s.indexOf('}', this.i);
        this.i = close < 0 ? s.length : close + 1;
        return { first: null, nullable: false };
      }
      this.i += 2;
      if (e === 'b' || e === 'B') return { first: new Set(), nullable: true };
      if (e === 'n') return { first: new Set(['\n']), nullable: false };
      if (/[A-Za-z0-9]/.test(e)) return { first: null, nullable: false };
      return { first: new Set([e]), nullable: false };
    }
    if (c === '^' || c === '$') {
      this.i++;
      return { first: new Set(), nullable: true };
    }
    if (c === '.') {
      this.i++;
      return { first: null, nullable: false };
    }
    const ch = String.fromCodePoint(s.codePointAt(this.i)!);
    this.i += ch.length;
    return { first: new Set([ch]), nullable: false };
  }
}
