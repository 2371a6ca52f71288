// Where each record of a corpus file is: one pass over its text or its bytes that finds the elements of the
// top-level "records" array. The loader takes their lines (a finding names the record's line); the build
// takes their bytes, so that a start can read one record's provenance from its own file (prebuilt.ts).

/** Where an element of the top-level "records" array is: its first line (1-based) and its offsets, end excluded. */
export interface RecordSpan {
  line: number;
  start: number;
  end: number;
}

/**
 * Each element of the top-level "records" array with its line and offsets: in a string, offsets of
 * characters; in the bytes of a UTF-8 file, offsets of bytes (the structure is ASCII and no byte of
 * a longer character is one of them, so one scan serves both).
 */
export function recordSpans(text: string | Uint8Array): RecordSpan[] {
  const code = typeof text === 'string' ? (i: number) => text.charCodeAt(i) : (i: number) => text[i]!;
  const out: RecordSpan[] = [];
  let line = 1;
  let depth = 0;
  // Whether the array open at depth 2 is the value of the root's "records" key.
  let inRecords = false;
  // At depth 2 inside that array, whether the next non-blank character starts an element.
  let expectElement = false;
  let lastKey = '';
  // The element being read, and where its last non-blank character ended.
  let open: RecordSpan | null = null;
  let after = 0;
  const close = (): void => {
    if (open) out.push({ ...open, end: after });
    open = null;
  };
  for (let i = 0; i < text.length; i++) {
    const c = code(i);
    if (c === 10) {
      line++;
      continue;
    }
    if (c === 32 || c === 9 || c === 13) continue;
    if (expectElement && c !== 93 /* ] */) {
      open = { line, start: i, end: i };
      expectElement = false;
    }
    if (c === 34 /* " */) {
      const from = i + 1;
      i++;
      while (i < text.length && code(i) !== 34) {
        if (code(i) === 92 /* \ */) i++;
        i++;
      }
      if (depth === 1) lastKey = keyText(text, from, i);
    } else if (c === 123 /* { */ || c === 91 /* [ */) {
      depth++;
      if (depth === 2) {
        inRecords = c === 91 && lastKey === 'records';
        expectElement = inRecords;
      }
    } else if (c === 125 /* } */ || c === 93 /* ] */) {
      if (depth === 2 && inRecords) {
        after = open ? after : i;
        close();
      }
      if (depth-- === 2) inRecords = false;
      expectElement = false;
    } else if (c === 44 /* , */ && depth === 2 && inRecords) {
      close();
      expectElement = true;
      continue;
    }
    after = i + 1;
  }
  return out;
}

/** A root key's text: the string's characters, or the bytes read as Latin-1 (only "records" is compared). */
function keyText(text: string | Uint8Array, from: number, to: number): string {
  return typeof text === 'string' ? text.slice(from, to) : Buffer.from(text.buffer, text.byteOffset + from, to - from).toString('latin1');
}
