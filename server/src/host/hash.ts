// node:crypto is loaded on first use: a check against the bundled corpus never hashes anything, and
// loading the module was 2–4 ms of a one-page `vanban check`.
import type * as Crypto from 'node:crypto';

let cryptoModule: typeof Crypto | undefined;

/** A new SHA-1 hash (fingerprints and cache keys: what changed, not who changed it). */
export function sha1(): Crypto.Hash {
  return (cryptoModule ??= require('node:crypto') as typeof Crypto).createHash('sha1');
}
