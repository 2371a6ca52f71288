// The bundled corpus as one prebuilt file (dist/corpus-index.json), written by the build: every
// record already parsed and validated, so a start reads one JSON file instead of parsing and
// schema-checking each record file. It carries a fingerprint of the corpus files it came from; a
// corpus edited after the build does not match it, and the loader then reads the files themselves.
// Hashing every corpus file costs a start a few milliseconds, so the file also keeps each corpus
// file's size and modification time: when all of them are as at the build, the files are taken as
// unchanged without reading them (an edit that keeps a file's size and puts its time back is not
// seen; anything else — an edit, a copy, an extracted package — falls back to the hash).

import { isAscii } from 'node:buffer';
import { promises as fs, readdirSync, readFileSync, statSync, type Dirent } from 'node:fs';
import * as path from 'node:path';
import type { CorpusMeta, Entry } from '../core/index';
import { sha1 } from './hash';

export const PREBUILT_FILE = 'corpus-index.json';
const FORMAT = 1;

export interface Prebuilt {
  format: number;
  fingerprint: string;
  meta: CorpusMeta;
  /** Records with their origin; `file` relative to the corpus folder. */
  entries: Entry[];
  /** Each corpus file as the build saw it: path relative to the folder, size, modification time (ms). */
  stamps?: Stamp[];
}

type Stamp = [file: string, size: number, mtimeMs: number];

// Read synchronously: a start asks for a few dozen small things, and each trip through the thread
// pool left the main thread idle (6 ms of a one-page check waited on them).

/** Sizes and modification times of the corpus folder's files, in corpusFiles' order. */
function stampsOf(dir: string): Stamp[] {
  return corpusFiles(dir).map((f) => {
    const st = statSync(f);
    return [path.relative(dir, f).split(path.sep).join('/'), st.size, Math.round(st.mtimeMs)];
  });
}

function sameStamps(a: Stamp[], b: Stamp[] | undefined): boolean {
  return !!b && a.length === b.length && a.every((x, i) => x[0] === b[i]![0] && x[1] === b[i]![1] && x[2] === b[i]![2]);
}

/** The record files of a corpus folder, sorted: every .json except the schema folder's. */
export function corpusFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    let items: Dirent[];
    try {
      items = readdirSync(d, { withFileTypes: true });
    } catch {
      return;
    }
    for (const it of items) {
      if (it.name.startsWith('.')) continue;
      const p = path.join(d, it.name);
      if (it.isDirectory()) walk(p);
      else if (it.isFile() && it.name.endsWith('.json')) out.push(p);
    }
  };
  walk(dir);
  return out.sort();
}

/** Hash of every .json under the corpus folder (names and contents), meta and schema included. */
export async function fingerprint(dir: string): Promise<string> {
  const h = sha1();
  for (const f of corpusFiles(dir)) {
    h.update(path.relative(dir, f).split(path.sep).join('/'));
    h.update('\0');
    h.update(await fs.readFile(f));
    h.update('\0');
  }
  return h.digest('hex');
}

/** The prebuilt payload for a corpus folder's entries (origins made relative to it). */
export async function makePrebuilt(dir: string, meta: CorpusMeta, entries: Entry[]): Promise<Prebuilt> {
  return {
    format: FORMAT,
    fingerprint: await fingerprint(dir),
    stamps: stampsOf(dir),
    meta,
    entries: entries.map((e) => ({ record: e.record, origin: { ...e.origin, file: path.relative(dir, e.origin.file).split(path.sep).join('/') } })),
  };
}

/**
 * The text of a prebuilt file: JSON with every character beyond ASCII escaped ("\u1ecb"). A start
 * then reads it as Latin-1, a copy, instead of decoding 1.4 MB of UTF-8 (2 ms of a one-page check);
 * JSON.parse gives back the same strings.
 */
export function prebuiltText(p: Prebuilt): string {
  return JSON.stringify(p).replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** The entries of a prebuilt file that matches the corpus folder, or null (absent, stale, unreadable). */
export async function readPrebuilt(dir: string, file: string): Promise<{ meta: CorpusMeta; entries: Entry[] } | null> {
  let p: Prebuilt;
  try {
    const bytes = readFileSync(file);
    // An older build wrote UTF-8: read as such.
    p = JSON.parse(bytes.toString(isAscii(bytes) ? 'latin1' : 'utf8')) as Prebuilt;
  } catch {
    return null;
  }
  if (p.format !== FORMAT) return null;
  let stamps: Stamp[] = [];
  try {
    stamps = stampsOf(dir);
  } catch {
    // A file gone while listed: not the build's corpus, the fingerprint decides.
  }
  if (!sameStamps(stamps, p.stamps) && p.fingerprint !== (await fingerprint(dir))) return null;
  // A dozen files for a thousand records: each joined once (path.join per record was 2 ms of a start).
  const joined = new Map<string, string>();
  for (const e of p.entries) {
    let file = joined.get(e.origin.file);
    if (file === undefined) joined.set(e.origin.file, (file = path.join(dir, e.origin.file)));
    e.origin.file = file;
  }
  return { meta: p.meta, entries: p.entries };
}
