// The bundled corpus as one prebuilt file (dist/corpus-index.json), written by the build: every
// record already parsed and validated, so a start reads one JSON file instead of parsing and
// schema-checking each record file. It carries a fingerprint of the corpus files it came from; a
// corpus edited after the build does not match it, and the loader then reads the files themselves.
// Hashing every corpus file costs a start a few milliseconds, so the file also keeps each corpus
// file's size and modification time: when all of them are as at the build, the files are taken as
// unchanged without reading them (an edit that keeps a file's size and puts its time back is not
// seen; anything else — an edit, a copy, an extracted package — falls back to the hash).

import { closeSync, fstatSync, openSync, promises as fs, readdirSync, readFileSync, readSync, statSync, type Dirent } from 'node:fs';
import * as path from 'node:path';
import type { CorpusMeta, Entry } from '../core/index';
import { sha1 } from './hash';
import { recordSpans, type RecordSpan } from './record-spans';

export const PREBUILT_FILE = 'corpus-index.json';
// 2: the records' provenance (sources, notes) after the index, read on first use (below).
// 3: with it, their links, conflicts, evidence, effective day and status notes.
// 4: a record whose corpus file holds its provenance as loaded is read from that file (provenance.from).
const FORMAT = 4;

export interface Prebuilt {
  format: number;
  fingerprint: string;
  meta: CorpusMeta;
  /** Records with their origin; `file` relative to the corpus folder. */
  entries: Entry[];
  /** Each corpus file as the build saw it: path relative to the folder, size, modification time (ms). */
  stamps?: Stamp[];
  /**
   * Where each entry's provenance starts in the text after the index (one more offset than entries), and
   * which of its fields it holds (bits of LAZY_KEYS, then STATUS_KEYS), and for a record read from its own
   * corpus file instead, the bytes of that file that hold it (start, length; its text after the index is then
   * empty). Set by prebuiltText.
   */
  provenance?: { at: number[]; keys: number[]; from: (Span | 0)[] };
}

// Seven tenths of the corpus's bytes are where its facts come from: every record's sources and the
// maintainers' notes. A check needs them only for the few records its findings name ("— nguồn: …") and a
// hover for one, yet reading and parsing them was most of reading the index and of its garbage (a one-page
// `vanban check` read and parsed 3.8 MB to use a dozen sources). So the file is the index's length in twelve
// digits and a newline, the index, a newline, and then each record's provenance as its own JSON text: a start
// reads and parses the index only, and a record's provenance is read from its place in the file the first
// time something asks for it (a getter on the record; the same values as in the corpus files).
//
// The links to other documents (replacedBy, replaces), the recorded conflicts, the gazette evidence and the
// effective day go with them, and so do the notes of a status (its state and day stay in the index): no
// start-up index reads them, a check asks for them only for the records a citation resolved to, and with their
// own sources and notes they were a third of the index (2.46 → 1.57 MB; 55 → 36 ms to read and parse it cold).
//
// The corpus files ship beside the index (go to definition opens them), so the provenance after the index
// repeated four fifths of the package's corpus bytes (1.7 of 5.2 MB compressed, against a 5 MB budget). A
// record whose own text in its corpus file gives back the same provenance as the loaded record is therefore
// read from that file: the index keeps where the record's bytes are, and the text after it keeps only the
// records whose file would not give back what the loader made of them (none in the bundled corpus today).
const LAZY_KEYS = ['sources', 'note', 'noteEn', 'replacedBy', 'replaces', 'conflicts', 'evidence', 'effective'] as const;
/** Fields of a record's status read the same way, kept under these names in its lazy text. */
const STATUS_KEYS = [
  ['note', 'statusNote'],
  ['noteEn', 'statusNoteEn'],
] as const;
type LazyKey = (typeof LAZY_KEYS)[number] | (typeof STATUS_KEYS)[number][1];
// Bits of an entry's mask: LAZY_KEYS in order, then STATUS_KEYS.
const STATUS_BIT = LAZY_KEYS.length;

type Stamp = [file: string, size: number, mtimeMs: number];
/** Bytes of a file: where they start, how many, and their check (fnv1a), which tells a file changed since. */
type Span = [start: number, length: number, check: number];

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
export function prebuiltText(p: Prebuilt, dir: string): string {
  const ascii = (v: unknown): string => JSON.stringify(v).replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  const at: number[] = [0];
  const keys: number[] = [];
  const from: (Span | 0)[] = [];
  const tail: string[] = [];
  // Each corpus file read once: its bytes, and its records' spans by the line they start on (origins count lines from 0).
  const files = new Map<string, { bytes: Buffer; spans: Map<number, RecordSpan[]> } | null>();
  const fileOf = (file: string) => {
    if (!files.has(file)) {
      const bytes = withFile(path.join(dir, file), (fd) => readFileSync(fd));
      const spans = new Map<number, RecordSpan[]>();
      if (bytes) for (const sp of recordSpans(bytes)) spans.set(sp.line - 1, [...(spans.get(sp.line - 1) ?? []), sp]);
      files.set(file, bytes && { bytes, spans });
    }
    return files.get(file)!;
  };
  const entries = p.entries.map((e) => {
    const { kept, held, mask } = splitLazy(e.record as unknown as Record<string, unknown>);
    // The record's own bytes, when they give back exactly what the loader made of it. A file's records come in order, so
    // records starting on one line are matched in turn (a record the loader dropped, or read another way, finds none).
    const f = e.origin.line === undefined ? null : fileOf(e.origin.file);
    const span = f?.spans.get(e.origin.line!)?.shift();
    const own = f && span ? f.bytes.subarray(span.start, span.end) : null;
    const ownHeld = own ? heldIn(own) : null;
    const text = ownHeld && JSON.stringify(ownHeld.held) === JSON.stringify(held) && ownHeld.mask === mask ? '' : ascii(held);
    tail.push(text);
    at.push(at[at.length - 1]! + text.length);
    keys.push(mask);
    from.push(!text && own && span ? [span.start, span.end - span.start, fnv1a(own)] : 0);
    return { ...e, record: kept };
  });
  const index = ascii({ ...p, entries, provenance: { at, keys, from } });
  return `${String(index.length).padStart(LENGTH_DIGITS, '0')}\n${index}\n${tail.join('')}`;
}

/** A record without its lazy fields, the fields it held (status notes under their own names), and which. */
function splitLazy(source: Record<string, unknown>): { kept: Record<string, unknown>; held: Partial<Record<LazyKey, unknown>>; mask: number } {
  const { held, mask } = pickLazy(source);
  const kept = { ...source };
  for (const k of LAZY_KEYS) delete kept[k];
  const status = kept.status as Record<string, unknown> | undefined;
  if (status) {
    const rest = { ...status };
    for (const [k] of STATUS_KEYS) delete rest[k];
    kept.status = rest;
  }
  return { kept, held, mask };
}

/**
 * A record's lazy fields (status notes under their own names) and which it has, picked without copying the record: a
 * batch's reads run this for every record, and deleting keys from a copy turns objects slow.
 */
function pickLazy(record: Record<string, unknown>): { held: Partial<Record<LazyKey, unknown>>; mask: number } {
  const held: Partial<Record<LazyKey, unknown>> = {};
  let mask = 0;
  LAZY_KEYS.forEach((k, bit) => {
    if (record[k] === undefined) return;
    held[k] = record[k];
    mask |= 1 << bit;
  });
  const status = record.status as Record<string, unknown> | undefined;
  if (status)
    STATUS_KEYS.forEach(([k, as], bit) => {
      if (status[k] === undefined) return;
      held[as] = status[k];
      mask |= 1 << (STATUS_BIT + bit);
    });
  return { held, mask };
}

/** The lazy fields of a record's JSON text (UTF-8) and which, if it parses as an object; else null. */
function heldIn(bytes: Buffer): { held: Partial<Record<LazyKey, unknown>>; mask: number } | null {
  let record: unknown;
  try {
    record = JSON.parse(bytes.toString('utf8'));
  } catch {
    return null;
  }
  return record && typeof record === 'object' ? pickLazy(record as Record<string, unknown>) : null;
}

/** FNV-1a (32 bits) of some bytes: enough to tell a record's bytes from whatever an edit put in their place. */
function fnv1a(bytes: Uint8Array): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < bytes.length; i++) h = Math.imul(h ^ bytes[i]!, 0x01000193);
  return h >>> 0;
}

const LENGTH_DIGITS = 12;
// Records whose provenance is read on its own before the whole of it is read at once.
const SINGLE_READS = 32;

/** `length` bytes of an open file from `position` (ASCII: one byte a character), or null when they cannot all be read. */
function readFrom(fd: number, position: number, length: number): string | null {
  return readBuffer(fd, position, length)?.toString('latin1') ?? null;
}

/** `length` bytes of an open file from `position`, or null when they cannot all be read. */
function readBuffer(fd: number, position: number, length: number): Buffer | null {
  const b = Buffer.allocUnsafe(length);
  return readSync(fd, b, 0, length, position) === length ? b : null;
}

/** `f` given `file` opened for reading, closed after; null when it cannot be opened or read. */
function withFile<T>(file: string, f: (fd: number) => T | null): T | null {
  let fd: number | undefined;
  try {
    fd = openSync(file, 'r');
    return f(fd);
  } catch {
    return null;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * Puts back each record's provenance as getters that read and parse its part of `file` (from `start`) — or,
 * for a record with a span in `from`, those bytes of its own corpus file — on first use. A file replaced under
 * a running server (an update, an edit) no longer holds it there: the record then has no sources, and the
 * messages say "theo kho văn bản" instead of naming one.
 */
function lazyProvenance(source: LazySource, entries: readonly (Entry | undefined)[]): void {
  const { file, start } = source;
  const { at, keys, from } = source.provenance;
  const parsed: (Partial<Record<LazyKey, unknown>> | undefined)[] = [];
  // A few records are read one by one; past that (something that touches every record, as a structured clone once did)
  // each file is read whole the first time one of its records is asked for, instead of thousands of small reads.
  let singles = 0;
  const whole = new Map<string, Buffer | null>();
  const bytes = (f: string, position: number, length: number): Buffer | null => {
    if (singles <= SINGLE_READS) return withFile(f, (fd) => readBuffer(fd, position, length));
    if (!whole.has(f)) whole.set(f, withFile(f, (fd) => readFileSync(fd)));
    const all = whole.get(f);
    return all && position + length <= all.length ? all.subarray(position, position + length) : null;
  };
  const none = { sources: [] };
  const read = (i: number): Partial<Record<LazyKey, unknown>> => {
    singles++;
    const own = from[i];
    if (own) {
      const b = bytes(entries[i]!.origin.file, own[0], own[1]);
      return (b && fnv1a(b) === own[2] && heldIn(b)?.held) || none;
    }
    const b = bytes(file, start + at[i]!, at[i + 1]! - at[i]!);
    try {
      return b ? (JSON.parse(b.toString('latin1')) as Partial<Record<LazyKey, unknown>>) : none;
    } catch {
      return none;
    }
  };
  // One getter per field, shared by every record, which finds the record's place through `slot`: a closure and a
  // descriptor made for each field of each record were most of this (5 ms against 0.8 for two thousand records, cold).
  const slot = new WeakMap<object, number>();
  const load = (record: object): Partial<Record<LazyKey, unknown>> => {
    const i = slot.get(record);
    // Asked through another object (one made with the record as its prototype): nothing of its own to read.
    if (i === undefined) return {};
    return (parsed[i] ??= read(i));
  };
  const getter = (as: LazyKey): PropertyDescriptor => ({
    get(this: object) {
      return load(this)[as];
    },
    enumerable: true,
    configurable: true,
  });
  const descriptors = LAZY_KEYS.map((k) => getter(k));
  const statusDescriptors = STATUS_KEYS.map(([, as]) => getter(as));
  // forEach: a worker thread's array holds only the records it was sent (transfer, below).
  entries.forEach((entry, i) => {
    const mask = keys[i] ?? 0;
    if (mask === 0) return;
    const record = entry!.record;
    slot.set(record, i);
    handles.set(record, { source, i });
    for (let bit = 0; bit < LAZY_KEYS.length; bit++) if (mask & (1 << bit)) Object.defineProperty(record, LAZY_KEYS[bit]!, descriptors[bit]!);
    if (mask >> STATUS_BIT === 0) return;
    // The status object stays in the index (its state is read by searches over every record); its notes are
    // getters on it that find the record's text through the same slot.
    const status = (record as { status?: object }).status;
    if (!status) return;
    slot.set(status, i);
    for (let bit = 0; bit < STATUS_KEYS.length; bit++) if (mask & (1 << (STATUS_BIT + bit))) Object.defineProperty(status, STATUS_KEYS[bit]![0], statusDescriptors[bit]!);
  });
}

/** Where the lazy provenance of one prebuilt file's records is read from. */
interface LazySource {
  file: string;
  start: number;
  provenance: NonNullable<Prebuilt['provenance']>;
}

/** Each record with lazy provenance: its source and its place there. */
const handles = new WeakMap<object, { source: LazySource; i: number }>();

/** What a worker thread needs to give the records it is sent their lazy provenance back. */
export interface LazyTransfer {
  sources: LazySource[];
  /** For each entry sent: its source (an index into `sources`) and its place there; 0 for a plain record. */
  slots: ([source: number, i: number] | 0)[];
}

/**
 * Entries to post to a worker thread. A structured clone reads every getter, so sending the prebuilt records as
 * they are read and copied the provenance of every record to every thread; they go without it, with where to
 * read it (`attachTransferred` in the worker).
 */
export function forTransfer(entries: readonly Entry[]): { entries: Entry[]; lazy: LazyTransfer } {
  const sources: LazySource[] = [];
  const slots: LazyTransfer['slots'] = [];
  const sent = entries.map((e) => {
    const h = handles.get(e.record);
    if (!h) {
      slots.push(0);
      return e;
    }
    let s = sources.indexOf(h.source);
    if (s < 0) s = sources.push(h.source) - 1;
    slots.push([s, h.i]);
    const record = dataOf(e.record) as Record<string, unknown>;
    if (record.status && typeof record.status === 'object') record.status = dataOf(record.status);
    return { ...e, record: record as unknown as Entry['record'] };
  });
  return { entries: sent, lazy: { sources, slots } };
}

/** In a worker thread: the lazy provenance of the entries `forTransfer` sent, read from the same files. */
export function attachTransferred(entries: readonly Entry[], lazy: LazyTransfer): void {
  const bySource = lazy.sources.map((): Entry[] => []);
  entries.forEach((e, k) => {
    const slot = lazy.slots[k];
    if (slot) bySource[slot[0]]![slot[1]] = e;
  });
  lazy.sources.forEach((source, s) => lazyProvenance(source, bySource[s]!));
}

/** An object's own data properties, its getters left out. */
function dataOf(o: object): object {
  const out: Record<string, unknown> = {};
  for (const [k, d] of Object.entries(Object.getOwnPropertyDescriptors(o))) if ('value' in d) out[k] = d.value;
  return out;
}

/** The entries of a prebuilt file that matches the corpus folder, or null (absent, stale, unreadable). */
export async function readPrebuilt(dir: string, file: string): Promise<{ meta: CorpusMeta; entries: Entry[] } | null> {
  // The index's length first, then the index, through one opening of the file: an older build's file (JSON from its
  // first byte) has no length and is refused.
  const read = withFile(file, (fd) => {
    const head = readFrom(fd, 0, LENGTH_DIGITS + 1);
    if (!head || !/^\d{12}\n$/u.test(head)) return null;
    const length = Number(head.slice(0, LENGTH_DIGITS));
    const index = readFrom(fd, LENGTH_DIGITS + 1, length);
    return index ? { index, start: LENGTH_DIGITS + 1 + length + 1, size: fstatSync(fd).size } : null;
  });
  if (!read) return null;
  const { start, size } = read;
  let p: Prebuilt;
  try {
    p = JSON.parse(read.index) as Prebuilt;
  } catch {
    return null;
  }
  if (p.format !== FORMAT || !p.provenance || p.provenance.at.length !== p.entries.length + 1 || p.provenance.from?.length !== p.entries.length || start + p.provenance.at[p.entries.length]! !== size) return null;
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
  lazyProvenance({ file, start, provenance: p.provenance }, p.entries);
  return { meta: p.meta, entries: p.entries };
}
