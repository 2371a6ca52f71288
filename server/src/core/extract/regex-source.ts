// Stepping through a regular-expression source, for the readers that learn from the patterns how a
// match can start (first-chars.ts, heads.ts): the subset our patterns use — groups, look-arounds,
// classes, escapes and quantifiers.

/**
 * Where the sequence at `i` ends: the next `|` or `)` outside groups and classes (or the source's
 * end). With `group`, past the `)` that closes the group whose content starts at `i`.
 */
export function endOf(s: string, i: number, group = false): number {
  let depth = 0;
  let inClass = false;
  for (; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 92 /* \ */) i++;
    else if (inClass) inClass = c !== 93; /* ] */
    else if (c === 91 /* [ */) inClass = true;
    else if (c === 40 /* ( */) depth++;
    else if (c === 41 /* ) */) {
      if (depth === 0) return group ? i + 1 : i;
      depth--;
    } else if (c === 124 /* | */ && depth === 0 && !group) return i;
  }
  return i;
}

/** The opening of the group at `i` (a `(`): where its content starts, and whether it is a look-around. */
export function groupOpening(s: string, i: number): { content: number; look: boolean } {
  if (s.startsWith('(?:', i)) return { content: i + 3, look: false };
  if (s.startsWith('(?=', i) || s.startsWith('(?!', i)) return { content: i + 3, look: true };
  if (s.startsWith('(?<=', i) || s.startsWith('(?<!', i)) return { content: i + 4, look: true };
  if (s.startsWith('(?<', i)) {
    const close = s.indexOf('>', i);
    return { content: close < 0 ? s.length : close + 1, look: false };
  }
  return { content: i + 1, look: false };
}

/** The quantifier at `i`, if one stands there: its bounds and where it ends (a lazy `?` included). */
export function quantifierAt(s: string, i: number): { min: number; max: number; end: number } | null {
  const c = s[i];
  let q: { min: number; max: number; end: number };
  if (c === '?') q = { min: 0, max: 1, end: i + 1 };
  else if (c === '*') q = { min: 0, max: Infinity, end: i + 1 };
  else if (c === '+') q = { min: 1, max: Infinity, end: i + 1 };
  else if (c === '{') {
    const m = /^\{(\d{1,4})(?:(,)(\d{0,4}))?\}/.exec(s.slice(i, i + 12));
    if (!m) return null;
    q = { min: +m[1]!, max: m[2] === undefined ? +m[1]! : m[3] ? +m[3] : Infinity, end: i + m[0].length };
  } else return null;
  if (s[q.end] === '?') q.end++;
  return q;
}

/** Past the class that opens at `i` (a `[`). */
export function classEnd(s: string, i: number): number {
  i++;
  while (i < s.length && s[i] !== ']') i += s[i] === '\\' ? 2 : 1;
  return i + 1;
}
