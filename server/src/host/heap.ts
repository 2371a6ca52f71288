// Returning the garbage of a one-off burst of allocation to the system.
//
// Reading a large user corpus (100,000 records: ten JSON files parsed, every record checked and
// folded, then the search index) leaves most of what it allocated as garbage. V8 collects it when
// its memory reducer notices the process has gone quiet, a second or more later, so until then
// the server holds the burst's peak: 308–312 MB after the first diagnostics with 100,000 records,
// 264–270 MB a second later. One full collection right after the load gives it back before the
// writer sees the first diagnostics (250–253 MB, and a lower peak: what follows reuses the freed
// space). It costs tens of milliseconds, once per load, and only loads of that size ask for it.

import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** User corpus files read in one load (bytes) from which the load collects afterwards (≈ 10,000 records). */
export const BURST_BYTES = 4 * 1024 * 1024;

let collect: (() => void) | null | undefined;

/** V8's full collection, exposed on first use; null where the runtime refuses it. */
function gcFunction(): (() => void) | null {
  if (collect !== undefined) return collect;
  collect = null;
  const g = (globalThis as { gc?: () => void }).gc;
  if (typeof g === 'function') return (collect = g);
  try {
    // The flag exposes `gc` to contexts created after it is set; a fresh context hands it over.
    setFlagsFromString('--expose-gc');
    const fn = runInNewContext('gc') as unknown;
    if (typeof fn === 'function') collect = fn as () => void;
  } catch {
    /* a runtime without it: the memory reducer does the same later */
  }
  return collect;
}

/** Runs a full collection; false where the runtime offers none. */
export function collectGarbage(): boolean {
  const gc = gcFunction();
  if (!gc) return false;
  gc();
  return true;
}
