// Long-lived memos (a corpus's or a module's, kept across analyses) are asked with strings cut
// from a document: the engine keeps such a piece as a view into the whole text, so a memo holding
// it keeps every document version it ever saw alive (a 5 MB text pinned by a 30-character key).
// A memo stores copies instead; copying happens only on a miss, which is rare.

/** A copy of `s` that shares no memory with the text it may have been cut from. */
export function detached(s: string): string {
  return s.split('').join('');
}
