// Edit distance between short strings, for slips: a digit of a number, a letter of a word.

/**
 * Damerau–Levenshtein distance exactly 1 between two short strings. Asked for every number of a
 * symbol for each unknown citation, so it compares code units and allocates nothing.
 */
export function oneEditApart(a: string, b: string): boolean {
  const n = a.length;
  const m = b.length;
  if (n === m) {
    // One position differs, or two adjacent ones that are swapped.
    let first = -1;
    let second = -1;
    for (let i = 0; i < n; i++) {
      if (a.charCodeAt(i) === b.charCodeAt(i)) continue;
      if (first < 0) first = i;
      else if (second < 0) second = i;
      else return false;
    }
    if (first < 0) return false; // equal
    if (second < 0) return true;
    return second === first + 1 && a.charCodeAt(first) === b.charCodeAt(second) && a.charCodeAt(second) === b.charCodeAt(first);
  }
  if (n !== m + 1 && m !== n + 1) return false;
  // The longer one is the shorter with one code unit added: skip it at the first difference.
  const s = n < m ? a : b;
  const l = n < m ? b : a;
  let i = 0;
  while (i < s.length && s.charCodeAt(i) === l.charCodeAt(i)) i++;
  for (let j = i; j < s.length; j++) if (s.charCodeAt(j) !== l.charCodeAt(j + 1)) return false;
  return true;
}
