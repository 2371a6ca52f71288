// fs's callback API as promises, for the few calls a one-page `vanban check` makes: node:fs/promises
// pulls in file handles, watchers and readline when first touched (≈ 1.5 ms of that check), and the
// callback API is already loaded.
import { readFile, stat, type Stats } from 'node:fs';

/** A file's bytes. */
export function readBytes(file: string): Promise<Buffer> {
  return new Promise((resolve, reject) => readFile(file, (e, b) => (e ? reject(e) : resolve(b))));
}

/** A file's stat. */
export function statOf(file: string): Promise<Stats> {
  return new Promise((resolve, reject) => stat(file, (e, s) => (e ? reject(e) : resolve(s))));
}
