// The core as it ships: the throughput rows of `npm run bench -- check` measure the analysis bundled
// by esbuild with the product's options (scripts/build.mjs), not the TypeScript run through tsx —
// tsx keeps function names with a helper call wherever a function is made, which the bundles do
// not, and it made the analysis ~10 % slower than what a writer runs.

import * as esbuild from 'esbuild';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import type * as Core from '../server/src/core/index';
import type * as Loader from '../server/src/host/corpus-loader';
import type * as Reading from '../server/src/core/extract/reading';

export type CoreBundle = typeof Core & Pick<typeof Loader, 'loadCorpus'> & Pick<typeof Reading, 'read'>;

const ROOT = path.resolve(__dirname, '..');

let built: CoreBundle | undefined;
let builtFile: string | undefined;

/** Bundles the core, the corpus loader and the reader into a temporary file and loads it (once). */
export async function coreBundle(): Promise<CoreBundle> {
  if (built) return built;
  const dir = mkdtempSync(path.join(tmpdir(), 'vanban-bench-core-'));
  const entry = path.join(dir, 'entry.ts');
  const rel = (p: string) => JSON.stringify(path.join(ROOT, p));
  writeFileSync(entry, `export * from ${rel('server/src/core/index')};\nexport { loadCorpus } from ${rel('server/src/host/corpus-loader')};\nexport { read } from ${rel('server/src/core/extract/reading')};\n`);
  const outfile = path.join(dir, 'core.js');
  // The options of scripts/build.mjs's `common`.
  await esbuild.build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    mainFields: ['module', 'main'],
    logLevel: 'warning',
    define: { VANBAN_VERSION: '"bench"' },
  });
  builtFile = outfile;
  built = require(outfile) as CoreBundle;
  return built;
}

/** The file coreBundle() wrote, for a worker thread to load the same core (after coreBundle()). */
export function coreBundleFile(): string {
  if (!builtFile) throw new Error('coreBundle() first');
  return builtFile;
}

/** The bundled corpus loaded by the bundle's own loader (its CorpusIndex class). */
export async function bundledCorpus(core: CoreBundle): Promise<Core.CorpusIndex> {
  const r = await core.loadCorpus({ bundledDir: path.join(ROOT, 'corpus'), userDirs: [] });
  if (r.problems.length) throw new Error(`bundled corpus has problems: ${JSON.stringify(r.problems.slice(0, 3))}`);
  return r.index;
}
