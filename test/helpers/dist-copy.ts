// Copies of the built dist/ for the code-cache tests: each beside a link to corpus/ (the bundles
// find the corpus at ../corpus), changed by the test before a process starts from it.

import { cpSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { ROOT } from './corpus';

/** A copy of dist/ under `work`/`name`, changed by `edit`; returns the copy's dist folder. */
export function distCopy(work: string, name: string, edit: (dist: string) => void): string {
  const root = path.join(work, name);
  const dist = path.join(root, 'dist');
  cpSync(path.join(ROOT, 'dist'), dist, { recursive: true });
  symlinkSync(path.join(ROOT, 'corpus'), path.join(root, 'corpus'));
  edit(dist);
  return dist;
}

/** Flips 64 bytes of `file` from byte `at` (from the end when negative): a damaged cache, its header kept or not. */
export function damage(file: string, at: number): void {
  const bytes = readFileSync(file);
  const i = at < 0 ? bytes.length + at : at;
  for (let k = i; k < i + 64 && k < bytes.length; k++) bytes[k] = bytes[k]! ^ 0x5a;
  writeFileSync(file, bytes);
}

/** Puts another build's hash at the head of a cache file. */
export function otherBuild(file: string): void {
  const bytes = readFileSync(file);
  bytes.write('0'.repeat(64), 0, 'latin1');
  writeFileSync(file, bytes);
}
