// dist/server.js, the language server as editors start it: a few lines that load the server bundle
// (dist/server-main.js, built from main.ts) through V8's code cache (host/code-cache.ts), then start it.
//
// Two caches are tried, in order. The build's (dist/server-main.cache, made by `writeCodeCache` from a
// session over an example report) fits the Node that ran the build: the one a Neovim, Helix or Emacs
// setup starts the server with. VS Code runs the server under its own Node, which turns that one away;
// for it the client names a folder of the extension's own storage (`--code-cache-dir`), and the server
// keeps its compiled code there once, a few seconds after its first analysis, for its next starts.
// Nothing is written anywhere else, and never into a user's folders.

import '../host/startup'; // V8 flags first: they are part of what the cache must match
import * as path from 'node:path';
import { readFileSync } from 'node:fs';
import { builtCache, loadBundle, saveCodeCache, trainCodeCache } from '../host/code-cache';
import type { ServerHooks } from './server';

const MAIN_BUNDLE = 'server-main';
// Long enough after the first analysis that a writer's first edits are answered first; once per
// build and Node, so its cost (making and writing about a megabyte) is paid once.
const SAVE_AFTER_MS = 3000;

/** What main.ts exports to its launcher. */
interface ServerBundle {
  start(hooks?: ServerHooks): void;
  train(text: string): Promise<void>;
}

/** For the build: a session over `reportFile` through the bundle, then its bytecode to dist/server-main.cache. */
export function writeCodeCache(dir: string, reportFile: string): Promise<number> {
  return trainCodeCache<ServerBundle>(dir, MAIN_BUNDLE, (bundle) => bundle.train(readFileSync(reportFile, 'utf8')));
}

/** The value after `flag` on the command line, if any. */
function argValue(flag: string): string | undefined {
  const i = process.argv.indexOf(flag);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

/**
 * VANBAN_CODE_CACHE=off runs the plain path (the benchmark's comparison); =report also says on
 * stderr what became of the cache, and when one is kept (the tests' way to see it).
 */
function run(): void {
  const mode = process.env.VANBAN_CODE_CACHE;
  const dir = argValue('--code-cache-dir');
  // One file per Node (its V8): a user who switches between two keeps both.
  const own = dir ? path.join(dir, `${MAIN_BUNDLE}-${process.versions.v8.replace(/[^\w.-]/g, '_')}.cache`) : undefined;
  const caches = mode === 'off' ? [] : [builtCache(__dirname, MAIN_BUNDLE), ...(own ? [own] : [])];
  const { bundle, cache, script, build } = loadBundle<ServerBundle>(__dirname, MAIN_BUNDLE, caches);
  const say = (s: string) => mode === 'report' && process.stderr.write(`vanban: ${s}\n`);
  say(`code cache ${cache}`);
  const hooks: ServerHooks = {};
  if (own && build && cache !== 'accepted' && mode !== 'off') {
    hooks.afterFirstAnalysis = () => {
      setTimeout(() => {
        try {
          say(`code cache kept (${saveCodeCache(script, build, own)} bytes)`);
        } catch (e) {
          // Speed only: the next start compiles as this one did.
          say(`code cache not kept: ${(e as Error).message}`);
        }
      }, SAVE_AFTER_MS).unref();
    };
  }
  bundle.start(hooks);
}

if (require.main === module) run();
