// Imported first by the CLI and the server. V8 runs a regular expression in its interpreter at
// first and compiles it later; the reader's large expressions are run thousands of times on the
// first document, so compiling them at once is faster for a short run (one page: ≈ 55 → 37 ms of
// analysis in the same process) and makes no difference later. Regular expressions are compiled
// at their first use, after this line, so the flag applies to all of them.
import { setFlagsFromString } from 'node:v8';

setFlagsFromString('--no-regexp-tier-up');
