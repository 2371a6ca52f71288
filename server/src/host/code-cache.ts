// Loading a bundle (dist/cli-main.js, dist/server-main.js) through V8's code cache: the bytecode of a
// previous run, so that neither the bundle nor the functions a first check runs are compiled again.
// Used by the two launchers, dist/cli.js and dist/server.js (cli/launch.ts, lsp/launch.ts).
//
// A cache file is a header and V8's bytes. The header is the bundle's build hash (the build ends the
// bundle with `//# vanbanBuild=<sha-256>`: V8 itself checks only the source's length, and a length is
// not a content), the CRC-32 of the bytes (V8 release builds do not checksum what they deserialize,
// and damaged bytes crash the process; zlib.crc32 is 0.1 ms where node:crypto cost 2–4 ms to load), and
// the V8 version that made it (a cache made by another Node is turned away without handing it to V8).
// V8 then checks its own flags and rejects a cache stamped with others; the bundle is compiled as
// usual and runs the same. Whatever happens to a cache changes the speed, never the output.

import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire, wrap } from 'node:module';
import * as path from 'node:path';
import { Script } from 'node:vm';
import * as zlib from 'node:zlib';

export type CacheUse = 'accepted' | 'rejected' | 'absent' | 'off';

export interface LoadedBundle<T> {
  bundle: T;
  /** The compiled script, to make a cache from. */
  script: Script;
  cache: CacheUse;
  /** The build hash at the bundle's end, or null (a bundle built by `npm run watch` has none: no cache is used). */
  build: string | null;
}

const BUILD_MARK = '//# vanbanBuild=';
const BUILD_LENGTH = 64;
const SUM_LENGTH = 8;
const V8_LENGTH = 32;
const HEADER_LENGTH = BUILD_LENGTH + SUM_LENGTH + V8_LENGTH;

/** The CRC-32 of `bytes` in 8 hex digits, or null on a Node without zlib.crc32 (before 20.15). */
function sum(bytes: Uint8Array): string | null {
  const crc32 = (zlib as { crc32?: (data: Uint8Array) => number }).crc32;
  return typeof crc32 === 'function' ? crc32(bytes).toString(16).padStart(SUM_LENGTH, '0') : null;
}

/** The hash the build appended to the bundle (its last line), or null. */
function buildId(source: string): string | null {
  const at = source.lastIndexOf(BUILD_MARK);
  if (at < 0) return null;
  const id = source.slice(at + BUILD_MARK.length).trim();
  return /^[0-9a-f]{64}$/.test(id) ? id : null;
}

const v8Tag = (): string => process.versions.v8.slice(0, V8_LENGTH).padEnd(V8_LENGTH, ' ');

/** The bytes of a cache file when it was made for `build` by this V8 and is whole; 'absent' or 'rejected' otherwise. */
function cacheBytes(file: string, build: string): Buffer | 'absent' | 'rejected' {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    return 'absent';
  }
  const data = bytes.subarray(HEADER_LENGTH);
  const check = sum(data);
  if (check === null) return 'absent';
  const head = bytes.toString('latin1', 0, HEADER_LENGTH);
  return head === build + check + v8Tag() ? data : 'rejected';
}

/**
 * Compiles and runs `dir`/`name`.js as a CommonJS module, with the first of `caches` (file paths, in
 * order) made for this build and this V8; none when `caches` is empty or the bundle has no build hash.
 */
export function loadBundle<T>(dir: string, name: string, caches: readonly string[]): LoadedBundle<T> {
  const file = path.join(dir, `${name}.js`);
  const source = readFileSync(file, 'utf8');
  const build = buildId(source);
  let cachedData: Buffer | undefined;
  let cache: CacheUse = caches.length ? 'absent' : 'off';
  if (build) {
    for (const c of caches) {
      const got = cacheBytes(c, build);
      if (typeof got !== 'string') {
        cachedData = got;
        break;
      }
      if (got === 'rejected') cache = 'rejected';
    }
  }
  const script = new Script(wrap(source), { filename: file, cachedData });
  if (cachedData) cache = script.cachedDataRejected ? 'rejected' : 'accepted';
  const mod = { exports: {} as T, filename: file, id: file, loaded: false };
  // The CommonJS wrapper's arguments: exports, require, module, __filename, __dirname.
  (script.runInThisContext() as (...a: unknown[]) => void).call(mod.exports, mod.exports, createRequire(file), mod, file, dir);
  mod.loaded = true;
  return { bundle: mod.exports, script, cache, build };
}

/**
 * Writes the bytecode `script` holds now (every function that has run so far) to `file`, headed for
 * `build`; through a temporary file and a rename, so a reader never sees half of one. Returns its size.
 */
export function saveCodeCache(script: Script, build: string, file: string): number {
  const code = script.createCachedData();
  const check = sum(code);
  if (check === null) throw new Error('the code cache needs zlib.crc32 (Node 20.15 or later)');
  const data = Buffer.concat([Buffer.from(build + check + v8Tag(), 'latin1'), code]);
  mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, data);
  renameSync(tmp, file);
  return data.length;
}

/**
 * For the build, in a fresh process: loads `dir`/`name`.js without a cache, lets `run` use the bundle once (so the
 * functions a first run needs are compiled), and writes their bytecode to `dir`/`name`.cache. Returns its size.
 */
export async function trainCodeCache<T>(dir: string, name: string, run: (bundle: T) => Promise<unknown>): Promise<number> {
  const { bundle, script, build } = loadBundle<T>(dir, name, []);
  if (!build) throw new Error(`${name}.js has no build hash`);
  await run(bundle);
  return saveCodeCache(script, build, builtCache(dir, name));
}

/** Where the build keeps the cache of `dir`/`name`.js: beside it. */
export function builtCache(dir: string, name: string): string {
  return path.join(dir, `${name}.cache`);
}

