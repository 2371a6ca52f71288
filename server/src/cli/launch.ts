// dist/cli.js, the `vanban` command as installed: a few lines that load the CLI bundle
// (dist/cli-main.js, built from main.ts) through V8's code cache.
//
// Why: a one-page `vanban check` is mostly start-up. Compiling the bundle, and compiling each of
// its functions the first time it runs, is work V8 can skip when it is given the bytecode of a
// previous run. The build runs one check of an example report and keeps that bytecode beside the
// bundle (dist/cli-main.cache, `writeCodeCache`). V8 checks the cache against its own version, its
// flags and the length of the source, and rejects one that does not fit (another Node, a damaged
// file); the bundle is then compiled as usual and the output is the same. A length is not a
// content, so the build also ends the bundle with a hash of it (`//# vanbanBuild=…`) and starts the
// cache with the same hash: a bundle rebuilt without its cache never gets another bundle's
// bytecode. And V8 (release builds) does not checksum what it deserializes — damaged bytes crash the
// process — so the cache's bytes follow their own CRC-32, checked first (0.1 ms; zlib.crc32, Node
// 20.15 and later: an older Node runs without the cache). A CRC, not SHA-256: the cache guards
// against damage, not against an attacker who can already write into dist/, and loading node:crypto
// was 2–4 ms of a one-page check.
// Nothing is ever written at run time, so a user's folders and the package stay as they are.

import { endShortRun } from '../host/startup'; // V8 flags first: they are part of what the cache must match
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire, wrap } from 'node:module';
import * as path from 'node:path';
import { Script } from 'node:vm';
import * as zlib from 'node:zlib';

const MAIN_BUNDLE = 'cli-main.js';
const CODE_CACHE = 'cli-main.cache';

/** What main.ts exports to its launcher. */
interface CliBundle {
  start(entry: string): void;
  main(argv: string[], io?: { out: (s: string) => void; err: (s: string) => void }): Promise<number>;
}

type CacheUse = 'accepted' | 'rejected' | 'absent' | 'off';

/**
 * Compile and run the CLI bundle that sits in `dir`, with the code cache beside it unless
 * `useCache` is false. Returns the bundle's exports, the compiled script (to make a cache from)
 * what became of the cache, and the build's hash (null when the bundle carries none).
 */
export function loadBundle(dir: string, useCache = true): { bundle: CliBundle; script: Script; cache: CacheUse; build: string | null } {
  const file = path.join(dir, MAIN_BUNDLE);
  const source = readFileSync(file, 'utf8');
  const build = buildId(source);
  let cachedData: Buffer | undefined;
  let cache: CacheUse = useCache ? 'absent' : 'off';
  if (useCache && build) {
    try {
      const bytes = readFileSync(path.join(dir, CODE_CACHE));
      const data = bytes.subarray(build.length + SUM_LENGTH);
      const check = sum(data);
      // Made for this build of the bundle, and whole.
      if (check === null) cache = 'absent';
      else if (bytes.toString('latin1', 0, build.length) === build && bytes.toString('latin1', build.length, build.length + SUM_LENGTH) === check) cachedData = data;
      else cache = 'rejected';
    } catch {
      // No cache (not built, or removed): the plain path.
    }
  }
  const script = new Script(wrap(source), { filename: file, cachedData });
  if (cachedData) cache = script.cachedDataRejected ? 'rejected' : 'accepted';
  const mod = { exports: {} as CliBundle, filename: file, id: file, loaded: false };
  // The CommonJS wrapper's arguments: exports, require, module, __filename, __dirname.
  (script.runInThisContext() as (...a: unknown[]) => void).call(mod.exports, mod.exports, createRequire(file), mod, file, dir);
  mod.loaded = true;
  return { bundle: mod.exports, script, cache, build };
}

const BUILD_MARK = '//# vanbanBuild=';
const SUM_LENGTH = 8;

/** The CRC-32 of `bytes` in 8 hex digits, or null on a Node without zlib.crc32. */
function sum(bytes: Uint8Array): string | null {
  const crc32 = (zlib as { crc32?: (data: Uint8Array) => number }).crc32;
  return typeof crc32 === 'function' ? crc32(bytes).toString(16).padStart(SUM_LENGTH, '0') : null;
}

/** The hash the build appended to the bundle (the bundle's last line), or null. */
function buildId(source: string): string | null {
  const at = source.lastIndexOf(BUILD_MARK);
  if (at < 0) return null;
  const id = source.slice(at + BUILD_MARK.length).trim();
  return /^[0-9a-f]{16,64}$/.test(id) ? id : null;
}

/**
 * For the build: run `argv` once through the bundle (output discarded) so the functions a check
 * needs are compiled, then write their bytecode to dist/cli-main.cache. Run in a fresh process.
 */
export async function writeCodeCache(dir: string, argv: string[]): Promise<number> {
  const { bundle, script, build } = loadBundle(dir, false);
  if (!build) throw new Error(`${MAIN_BUNDLE} has no ${BUILD_MARK} line`);
  await bundle.main(argv, { out: () => {}, err: () => {} });
  // V8 stamps the cache with its flags as they are now, and a run checks it against its flags at
  // start: undo what the check changed for its own short run.
  endShortRun();
  const code = script.createCachedData();
  const check = sum(code);
  if (check === null) throw new Error('the code cache needs zlib.crc32 (Node 20.15 or later)');
  const data = Buffer.concat([Buffer.from(build + check, 'latin1'), code]);
  writeFileSync(path.join(dir, CODE_CACHE), data);
  return data.length;
}

/**
 * VANBAN_CODE_CACHE=off runs the plain path (the benchmark's comparison); =report also says on
 * stderr what became of the cache (the tests' way to see it).
 */
function run(): void {
  const mode = process.env.VANBAN_CODE_CACHE;
  const { bundle, cache } = loadBundle(__dirname, mode !== 'off');
  if (mode === 'report' && (require('node:worker_threads') as typeof import('node:worker_threads')).isMainThread) process.stderr.write(`vanban: code cache ${cache}\n`);
  // Worker threads start from this file too, so they share the cache (workers.ts).
  bundle.start(__filename);
}

if (require.main === module) run();
