// Where each record of a corpus file is: one pass over its bytes that finds the elements of the top-level "records"
// array, so that a start can read one record's provenance from its own file (prebuilt.ts).

/** Where an element of the top-level "records" array is: its first line (1-based) and its offsets, end excluded. */
export interface RecordSpan {
  line: number;
  start: number;
  end: number;
}

/**
 * Each element of the top-level "records" array in the bytes of a UTF-8 file, with its line and its byte offsets (the
 * structure is ASCII and no byte of a longer character is one of them). The loader's recordLines scans a text the same
 * way for its lines alone, at every start; this runs at build time.
 */
export function recordSpans(bytes: Uint8Array): RecordSpan[] {
  const out: RecordSpan[] = [];
  let line = 1;
  let depth = 0;
  // Whether the array open at depth 2 is the value of the root's "records" key.
  let inRecords = false;
  // At depth 2 inside that array, whether the next non-blank character starts an element.
  let expectElement = false;
  let lastKey = '';
  // The element being read: its line and start; it ends at its last non-blank byte before the "," or "]" that closes it.
  let openLine = 0;
  let openAt = -1;
  const close = (at: number): void => {
    if (openAt < 0) return;
    let end = at;
    while (end > openAt && (bytes[end - 1] === 32 || bytes[end - 1] === 10 || bytes[end - 1] === 9 || bytes[end - 1] === 13)) end--;
    out.push({ line: openLine, start: openAt, end });
    openAt = -1;
  };
  for (let i = 0; i < bytes.length; i++) {
    const c = bytes[i]!;
    if (c === 10) {
      line++;
      continue;
    }
    if (c === 32 || c === 9 || c === 13) continue;
    if (expectElement && c !== 93 /* ] */) {
      openLine = line;
      openAt = i;
      expectElement = false;
    }
    if (c === 34 /* " */) {
      const from = i + 1;
      i++;
      while (i < bytes.length && bytes[i] !== 34) {
        if (bytes[i] === 92 /* \ */) i++;
        i++;
      }
      if (depth === 1) lastKey = Buffer.from(bytes.buffer, bytes.byteOffset + from, i - from).toString('latin1');
    } else if (c === 123 /* { */ || c === 91 /* [ */) {
      depth++;
      if (depth === 2) {
        inRecords = c === 91 && lastKey === 'records';
        expectElement = inRecords;
      }
    } else if (c === 125 /* } */ || c === 93 /* ] */) {
      if (depth === 2 && inRecords) close(i);
      if (depth-- === 2) inRecords = false;
      expectElement = false;
    } else if (c === 44 /* , */ && depth === 2 && inRecords) {
      close(i);
      expectElement = true;
    }
  }
  return out;
}
