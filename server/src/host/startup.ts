// Imported first by the CLI and the server. V8 runs a regular expression in its interpreter at
// first and compiles it later; the reader's large expressions are run thousands of times on the
// first document, so compiling them at once is faster for a short run (one page: ≈ 55 → 37 ms of
// analysis in the same process) and makes no difference later. Regular expressions are compiled
// at their first use, after this line, so the flag applies to all of them.
import { setFlagsFromString } from 'node:v8';

setFlagsFromString('--no-regexp-tier-up');

/**
 * Inputs up to this size are a short run: most of their analysis is compiling the reader's
 * expressions, not running them. Measured with `vanban check`, whole process, on real text: from a
 * one-page file to 200 KB, compiling without V8's regular-expression optimisations was 10–16 ms
 * faster; at 1 MB it was 40 ms slower, and on the 35 MB gazette a third slower.
 */
export const SHORT_RUN_BYTES = 256 * 1024;

/**
 * For a process that will analyse at most SHORT_RUN_BYTES and then exit (`vanban check` of a file
 * or two): expressions compiled from now on skip V8's optimisation passes, which cost more to
 * compile than they save on so little text. The matches are the same; only their speed differs. Never for
 * the server or a batch, whose expressions run over megabytes. Called after the CLI bundle is
 * loaded, so its code cache (checked against V8's flags) has already been accepted.
 */
export function compileForShortRun(): void {
  setFlagsFromString('--no-regexp-optimization');
}

/** Undoes compileForShortRun: V8's flags as every run starts with them (the CLI's code cache is stamped with them). */
export function endShortRun(): void {
  setFlagsFromString('--regexp-optimization');
}
