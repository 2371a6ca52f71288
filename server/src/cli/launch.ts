// dist/cli.js, the `vanban` command as installed: a few lines that load the CLI bundle
// (dist/cli-main.js, built from main.ts) through V8's code cache (host/code-cache.ts).
//
// Why: a one-page `vanban check` is mostly start-up. Compiling the bundle, and compiling each of
// its functions the first time it runs, is work V8 can skip when it is given the bytecode of a
// previous run. The build runs one check of an example report and keeps that bytecode beside the
// bundle (dist/cli-main.cache, `writeCodeCache`); it fits the Node that ran the build, and any other
// Node compiles the bundle as usual. Nothing is ever written at run time, so a user's folders and
// the package stay as they are.

import { endShortRun } from '../host/startup'; // V8 flags first: they are part of what the cache must match
import { builtCache, loadBundle, trainCodeCache } from '../host/code-cache';

const MAIN_BUNDLE = 'cli-main';

/** What main.ts exports to its launcher. */
interface CliBundle {
  start(entry: string): void;
  main(argv: string[], io?: { out: (s: string) => void; err: (s: string) => void }): Promise<number>;
}

/**
 * For the build: run `argv` once through the bundle (output discarded) so the functions a check
 * needs are compiled, then write their bytecode to dist/cli-main.cache. Run in a fresh process.
 */
export function writeCodeCache(dir: string, argv: string[]): Promise<number> {
  return trainCodeCache<CliBundle>(dir, MAIN_BUNDLE, async (bundle) => {
    await bundle.main(argv, { out: () => {}, err: () => {} });
    // V8 stamps the cache with its flags as they are now, and a run checks it against its flags at
    // start: undo what the check changed for its own short run.
    endShortRun();
  });
}

/**
 * VANBAN_CODE_CACHE=off runs the plain path (the benchmark's comparison); =report also says on
 * stderr what became of the cache (the tests' way to see it).
 */
function run(): void {
  const mode = process.env.VANBAN_CODE_CACHE;
  const { bundle, cache } = loadBundle<CliBundle>(__dirname, MAIN_BUNDLE, mode === 'off' ? [] : [builtCache(__dirname, MAIN_BUNDLE)]);
  if (mode === 'report' && (require('node:worker_threads') as typeof import('node:worker_threads')).isMainThread) process.stderr.write(`vanban: code cache ${cache}\n`);
  // Worker threads start from this file too, so they share the cache (workers.ts).
  bundle.start(__filename);
}

if (require.main === module) run();
