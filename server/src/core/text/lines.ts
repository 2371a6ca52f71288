// Lines of a text as editors count them: LF, CRLF and a lone CR each end a line.

export interface Position {
  line: number;
  character: number;
}

/** Index of the last of the sorted `starts` at or before `offset` (binary search; starts[0] is 0). */
export function lastAtOrBefore(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Offsets → 0-based line and UTF-16 character, as LSP counts them. */
export class LineMap {
  private readonly starts: number[] = [0];
  constructor(text: string) {
    // Most texts break lines with "\n" only: found by indexOf (a native scan), not code unit by
    // code unit (the CLI maps every file it checks: 2 % of checking the gazette folder).
    if (text.indexOf('\r') < 0) {
      for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
      return;
    }
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) this.starts.push(i + 1);
      else if (c === 13 && text.charCodeAt(i + 1) !== 10) this.starts.push(i + 1);
    }
  }
  position(offset: number): Position {
    const lo = lastAtOrBefore(this.starts, offset);
    return { line: lo, character: offset - this.starts[lo]! };
  }
}
