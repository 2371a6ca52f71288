// fs's callback API as promises, for the few calls a one-page `vanban check` makes: node:fs/promises
// pulls in file handles, watchers and readline when first touched (≈ 1.5 ms of that check), and the
// callback API is already loaded.
import { readFile, readFileSync, stat, statSync, type Stats } from 'node:fs';

/** A file's bytes. */
export function readBytes(file: string): Promise<Buffer> {
  return new Promise((resolve, reject) => readFile(file, (e, b) => (e ? reject(e) : resolve(b))));
}

/** A file's stat. */
export function statOf(file: string): Promise<Stats> {
  return new Promise((resolve, reject) => stat(file, (e, s) => (e ? reject(e) : resolve(s))));
}

/**
 * A file's bytes and stat read at once, for a thread that has nothing else to do meanwhile (the
 * CLI's checks): readFile takes four trips through the thread pool (open, stat, read, close), and
 * each waits for the event loop — which a synchronous check holds. Read ahead that way, a file's
 * read sat unfinished behind the check before it, and the thread idled 13 % of a batch.
 */
export function readBytesNow(file: string): Buffer {
  return readFileSync(file);
}

export function statNow(file: string): Stats {
  return statSync(file);
}
