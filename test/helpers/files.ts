// Files of a folder tree, for tests that read the sources themselves (layering, letter classes).
import { readdirSync, statSync } from 'node:fs';
import * as path from 'node:path';

/** Every file under `dir` whose name ends with `ext`, depth first. */
export function filesUnder(dir: string, ext: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) out.push(...filesUnder(p, ext));
    else if (name.endsWith(ext)) out.push(p);
  }
  return out;
}
