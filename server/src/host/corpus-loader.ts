// Loading the corpus from disk: the bundled corpus/ folder, the user's record files (.json) and
// the user's documents (.md, .txt, .docx). Shared by the CLI and the language server; the core
// never touches a file.
//
// Bad input never stops loading: each problem names the file (and line or field) and the rest
// loads. Nothing is ever written into the user's folders; the cache lives elsewhere.

import { promises as fs, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import type { ValidateFunction } from 'ajv';
import { isUtf8 } from 'node:buffer';
import { conversionNotice, decodeBytes, sniffFormat } from './encoding';
import { stripBom } from './config';
import { parseTree, findNodeAtLocation, printParseErrorCode, type ParseError, type Node as JsonNode } from 'jsonc-parser';
import {
  CorpusIndex,
  Interner,
  addEvidence,
  differingFields,

  learnFromDocument,
  parseIso,
  type CorpusMeta,
  type CorpusRecord,
  type Entry,
  type Evidence,
  type Learned,
} from '../core/index';
import { readPrebuilt } from './prebuilt';
import { readBytes, statOf } from './files';
import { sha1 } from './hash';
import { detached } from '../core/text/detached';

export interface LoadProblem {
  file: string;
  /** 1-based line, when known. */
  line?: number;
  message: string;
}

export interface LoadStats {
  files: number;
  documents: number;
  records: number;
  learnedRecords: number;
  bytes: number;
  fromCache: number;
  millis: number;
}

export interface LoadResult {
  index: CorpusIndex;
  problems: LoadProblem[];
  /** Files read after a conversion (UTF-16, TCVN3, VNI, Windows-1258): loaded, and the writer is told. */
  notices: LoadProblem[];
  stats: LoadStats;
}

/** Where the bundled corpus is: next to dist/ in the extension and in a clone. */
export function bundledCorpusDir(fromDir: string): string {
  return path.resolve(fromDir, '..', 'corpus');
}

const MAX_FILE_BYTES = 20 * 1024 * 1024;
const DOC_EXT = new Set(['.md', '.markdown', '.txt', '.docx']);

let validator: ValidateFunction | null = null;
// The schema file is read once: a cold load both hashes it (the cache's key) and compiles it.
let schemaRead: { dir: string; bytes: Promise<Buffer> } | null = null;
function schemaBytes(corpusDir: string): Promise<Buffer> {
  if (schemaRead?.dir !== corpusDir) schemaRead = { dir: corpusDir, bytes: readBytes(path.join(corpusDir, 'schema', 'corpus-file.schema.json')) };
  return schemaRead.bytes;
}

async function getValidator(corpusDir: string): Promise<ValidateFunction> {
  if (validator) return validator;
  const schema = JSON.parse((await schemaBytes(corpusDir)).toString('utf8'));
  // Compiling the schema takes longer than anything else at a start; only record files need it.
  // A plain require: the build keeps it as a require of dist/vendor/ajv.js (no ES module loader).
  const { Ajv } = require('./vendor/ajv') as typeof import('./vendor/ajv');
  const ajv = new Ajv({ allErrors: false, strict: false });
  validator = ajv.compile(schema);
  return validator;
}

function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** Parse one corpus JSON file; problems name the line. Valid records load even if others fail. */
export async function parseRecordFile(
  file: string,
  text: string,
  corpusDir: string,
  layer: 'bundled' | 'gazette' | 'user-record',
  known?: ReadonlySet<number>,
): Promise<RecordFileResult> {
  const problems: LoadProblem[] = [];
  const fast = parseRecordsFast(text);
  if (fast) return validateRecords(file, fast.records, fast.lines, corpusDir, layer, known);
  const errors: ParseError[] = [];
  // A UTF-8 BOM (Notepad) is one character before the JSON; dropping it moves no line.
  text = stripBom(text);
  const root = parseTree(text, errors, { allowTrailingComma: false, disallowComments: true });
  if (errors.length || !root) {
    const e = errors[0];
    problems.push({
      file,
      line: e ? lineOf(text, e.offset) : 1,
      message: `JSON không hợp lệ (${e ? printParseErrorCode(e.error) : 'rỗng'}) / invalid JSON`,
    });
    return { entries: [], problems, rejected: [] };
  }
  const recordsNode = findNodeAtLocation(root, ['records']);
  if (!recordsNode || recordsNode.type !== 'array') {
    problems.push({ file, line: 1, message: 'Thiếu mảng "records" / missing "records" array' });
    return { entries: [], problems, rejected: [] };
  }
  // Records come in order: count lines from the previous record, not from the start of the file
  // each time (that was quadratic: minutes for a file of 10,000 records on one line).
  const lines: number[] = [];
  let line = 1;
  let counted = 0;
  for (const node of recordsNode.children ?? []) {
    for (let k = text.indexOf('\n', counted); k >= 0 && k < node.offset; k = text.indexOf('\n', k + 1)) line++;
    counted = Math.max(counted, node.offset);
    lines.push(line);
  }
  return validateRecords(file, (recordsNode.children ?? []).map(nodeValue), lines, corpusDir, layer, known);
}

/**
 * A well-formed record file read the fast way: JSON.parse for the values and one scan for the
 * line each record starts on (a syntax tree of a 10,000-record file held hundreds of MB).
 * Null when the text is not plain valid JSON with a "records" array; the tree then says where.
 */
function parseRecordsFast(text: string): { records: unknown[]; lines: number[] } | null {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return null;
  }
  const records = (data as { records?: unknown } | null)?.records;
  if (!Array.isArray(records)) return null;
  const lines = recordLines(text);
  // A "records" key given twice: JSON.parse keeps the last; the tree path handles it.
  return lines.length === records.length ? { records, lines } : null;
}

/**
 * The 1-based line on which each element of the top-level "records" array starts, in text that
 * JSON.parse accepted. One pass over the characters, strings skipped: jsonc-parser's visitor
 * made a string for every key and value of every record and took a third of a cold load.
 * A key written with escapes ("rec\u006frds") is not recognised: the count then differs from
 * the parsed array and the caller takes the tree path. (record-spans.ts scans a file's bytes the same way for the build,
 * keeping each record's offsets; this scan, run at every start on user record files, keeps to the lines and stays twice as
 * fast.)
 */
export function recordLines(text: string): number[] {
  const out: number[] = [];
  let line = 1;
  let depth = 0;
  // Whether the array open at depth 2 is the value of the root's "records" key.
  let inRecords = false;
  // At depth 2 inside that array, whether the next non-blank character starts an element.
  let expectElement = false;
  let lastKey = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      line++;
      continue;
    }
    if (c === 32 || c === 9 || c === 13) continue;
    if (expectElement && c !== 93 /* ] */) {
      out.push(line);
      expectElement = false;
    }
    if (c === 34 /* " */) {
      const from = i + 1;
      i++;
      while (i < text.length && text.charCodeAt(i) !== 34) {
        if (text.charCodeAt(i) === 92 /* \ */) i++;
        i++;
      }
      if (depth === 1) lastKey = text.slice(from, i);
    } else if (c === 123 /* { */ || c === 91 /* [ */) {
      depth++;
      if (depth === 2) {
        inRecords = c === 91 && lastKey === 'records';
        expectElement = inRecords;
      }
    } else if (c === 125 /* } */ || c === 93 /* ] */) {
      if (depth-- === 2) inRecords = false;
      expectElement = false;
    } else if (c === 44 /* , */ && depth === 2 && inRecords) expectElement = true;
  }
  return out;
}

/** Records of one file: loaded entries, problems, and the positions of the records refused. */
export interface RecordFileResult {
  entries: Entry[];
  problems: LoadProblem[];
  /** 0-based positions of the records refused (schema, impossible date), for the cache. */
  rejected: number[];
}

/**
 * Check each record against the schema and the calendar. `known`: the file is unchanged since
 * it was checked (the cache says so) and these are the positions refused then; nothing is
 * checked again, and the schema compiler is never loaded.
 */
async function validateRecords(
  file: string,
  values: unknown[],
  lines: number[],
  corpusDir: string,
  layer: 'bundled' | 'gazette' | 'user-record',
  known?: ReadonlySet<number>,
): Promise<RecordFileResult> {
  const problems: LoadProblem[] = [];
  const rejected: number[] = [];
  const entries: Entry[] = [];
  if (known) {
    for (let i = 0; i < values.length; i++) if (!known.has(i)) entries.push({ record: values[i] as CorpusRecord, origin: { file, line: lines[i]! - 1, layer } });
    return { entries, problems, rejected: [...known] };
  }
  const validate = await getValidator(corpusDir);
  for (const [i, value] of values.entries()) {
    const line = lines[i]!;
    const ok = validate({ records: [value] });
    if (!ok) {
      const err = validate.errors?.[0];
      const where = err?.instancePath.replace(/^\/records\/0/, '') || '';
      problems.push({
        file,
        line,
        message: `Bản ghi ${i + 1} sai lược đồ${where ? ` ở ${where}` : ''}: ${err?.message ?? ''} / record ${i + 1} violates the schema`,
      });
      rejected.push(i);
      continue;
    }
    // The schema checks a date's shape; the calendar checks that the day exists (2021-02-30).
    const found = impossibleDate(value);
    const impossible = found && { path: found.path || '/', value: found.value };
    if (impossible) {
      problems.push({ file, line, message: `Bản ghi ${i + 1}: ngày không có thật ở ${impossible.path}: "${impossible.value}" / record ${i + 1}: impossible date at ${impossible.path}` });
      rejected.push(i);
      continue;
    }
    entries.push({ record: value as CorpusRecord, origin: { file, line: line - 1, layer } });
  }
  return { entries, problems, rejected };
}

/**
 * The gazette layer is generated (scripts/build-gazette-layer.ts) and checked against the schema
 * by test/static/corpus.test.ts, one record a line: read it with JSON.parse, without the per-record
 * schema pass that makes sense for hand-written files (it tripled the bundled corpus's load time).
 */
export function parseGazetteFile(file: string, text: string): { entries: Entry[]; problems: LoadProblem[] } {
  let records: unknown[];
  try {
    records = (JSON.parse(text) as { records: unknown[] }).records;
    if (!Array.isArray(records)) throw new Error('no "records" array');
  } catch (e) {
    return { entries: [], problems: [{ file, line: 1, message: `lớp Công báo không đọc được / gazette layer unreadable: ${(e as Error).message}` }] };
  }
  const lines: number[] = [];
  let line = 0;
  for (let i = 0; i < text.length; i = text.indexOf('\n', i) + 1 || text.length) {
    if (text.startsWith('    {', i)) lines.push(line);
    line++;
  }
  const aligned = lines.length === records.length;
  const entries = records.map((record, i) => ({ record: record as CorpusRecord, origin: { file, ...(aligned ? { line: lines[i] } : {}), layer: 'gazette' as const } }));
  return { entries, problems: [] };
}

/** The first full date (YYYY-MM-DD) anywhere in a record that is not on the calendar. */
function impossibleDate(v: unknown): { path: string; value: string } | null {
  // The path is written only on the way back from a bad date: built for every value of every
  // record, it was most of the time this check took.
  if (typeof v === 'string') return v.length === 10 && /^\d{4}-\d{2}-\d{2}$/.test(v) && !parseIso(v) ? { path: '', value: v } : null;
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) {
      const r = impossibleDate(v[i]);
      if (r) return { path: `/${i}${r.path}`, value: r.value };
    }
  } else if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    for (const k in o) {
      const r = impossibleDate(o[k]);
      if (r) return { path: `/${k}${r.path}`, value: r.value };
    }
  }
  return null;
}

function nodeValue(n: JsonNode): unknown {
  switch (n.type) {
    case 'object': {
      const o: Record<string, unknown> = {};
      for (const p of n.children ?? []) o[p.children![0]!.value as string] = nodeValue(p.children![1]!);
      return o;
    }
    case 'array':
      return (n.children ?? []).map(nodeValue);
    default:
      return n.value;
  }
}

/**
 * Files under `dir`. A link or a folder that cannot be read is reported, not skipped in silence
 * (`problems`); links are not followed, so a link loop or a link out of the folder loads nothing.
 */
export async function walk(dir: string, out: string[], problems?: LoadProblem[], depth = 0): Promise<void> {
  if (depth > 12) {
    problems?.push({ file: dir, message: 'thư mục lồng quá sâu (quá 12 cấp), bỏ qua / folder nested too deep (over 12 levels), skipped' });
    return;
  }
  let items: import('node:fs').Dirent[];
  try {
    items = await fs.readdir(dir, { withFileTypes: true });
  } catch (e) {
    problems?.push({ file: dir, message: `không đọc được thư mục (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}), bỏ qua / cannot read folder, skipped` });
    return;
  }
  for (const it of items) {
    if (it.name.startsWith('.') || it.name === 'node_modules') continue;
    const p = path.join(dir, it.name);
    if (it.isDirectory()) await walk(p, out, problems, depth + 1);
    else if (it.isFile()) out.push(p);
    else if (it.isSymbolicLink())
      problems?.push({ file: p, message: 'liên kết tượng trưng, không theo; hãy chép tệp vào thư mục / symbolic link, not followed; copy the file into the folder' });
  }
}

/** Read a .docx with mammoth; a password-protected or broken file becomes a problem. */
async function readDocx(file: string): Promise<string> {
  const mammoth = require('./vendor/mammoth') as typeof import('./vendor/mammoth');
  const r = await mammoth.extractRawText({ path: file });
  return r.value;
}

/** Formats vanban cannot read, named so the writer knows what to do. */
const UNSUPPORTED_EXT: Record<string, string> = {
  '.doc': 'Word 97–2003 (.doc): hãy lưu thành .docx / save it as .docx',
  '.odt': 'OpenDocument (.odt): hãy lưu thành .docx / save it as .docx',
  '.pdf': 'PDF: hãy xuất ra .docx hoặc .txt / export it to .docx or .txt',
  '.rtf': 'RTF: hãy lưu thành .docx / save it as .docx',
};

/** The message for a file vanban does not read, or null for one it reads. */
export function unsupportedFormat(file: string): string | null {
  const why = UNSUPPORTED_EXT[path.extname(file).toLowerCase()];
  return why ? `định dạng không đọc được / unsupported format — ${why}` : null;
}

/**
 * Text of a document, or a reason it cannot be read. `notice` says the file was converted
 * (UTF-16, TCVN3, VNI, Windows-1258): checked, but the writer should know. `now`: a text file is
 * read synchronously — for the CLI, whose thread has nothing else to do meanwhile, not for the
 * server's event loop. readFile takes four trips through the thread pool (open, stat, read,
 * close), each finished only when the event loop runs, and a check holds the loop: read ahead that
 * way, a file's read sat unfinished behind the check before it, and a batch's thread idled 13 %.
 */
export async function readDocumentText(file: string, now = false): Promise<{ text: string; notice?: string } | { error: string }> {
  try {
    const unsupported = unsupportedFormat(file);
    if (unsupported) return { error: unsupported };
    const st = now ? statSync(file) : await statOf(file);
    if (st.size > MAX_FILE_BYTES)
      return { error: `tệp quá lớn (${Math.round(st.size / 1048576)} MB > 20 MB), bỏ qua / file too large, skipped` };
    if (path.extname(file).toLowerCase() === '.docx') {
      try {
        return { text: await readDocx(file) };
      } catch (e) {
        return { error: `không đọc được tệp .docx (hỏng hoặc có mật khẩu) / cannot read .docx (corrupt or password-protected): ${(e as Error).message.split('\n')[0]}` };
      }
    }
    return textFromBytes(now ? readFileSync(file) : await readBytes(file));
  } catch (e) {
    return { error: `không đọc được / unreadable: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}` };
  }
}

/** Bytes of a text file (or stdin) → text, with a notice when converted, or the reason it is refused. */
export function textFromBytes(bytes: Uint8Array): { text: string; notice?: string } | { error: string } {
  const plain = plainUtf8(bytes);
  if (plain !== null) return { text: plain };
  const d = decodeBytes(bytes);
  if (!d.ok) return { error: d.reason };
  const notice = conversionNotice(d.encoding);
  return notice ? { text: d.text, notice } : { text: d.text };
}

/**
 * The common case — UTF-8 without a NUL, not a known binary format — checked and decoded in
 * native code, with the text decodeBytes gives it (BOM dropped); null for anything else, which
 * decodeBytes then judges. Its byte loops and TextDecoder took a third of loading 40 MB of
 * record files.
 */
function plainUtf8(bytes: Uint8Array): string | null {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return null;
  if (sniffFormat(bytes) || bytes.indexOf(0) >= 0 || !isUtf8(bytes)) return null;
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * What the cache keeps of each file, keyed by path, size and modification time. A document's
 * learned header and citations (reading it again is the slow part). A record file's records are
 * NOT kept: they are the file itself, and a cache holding 100,000 of them was a 50 MB JSON file
 * read in one piece, slower than the record files and twice the memory at the peak. Kept instead:
 * that it was checked, and which records the schema or the calendar refused; a warm start reads
 * the file again and skips the check.
 */
interface CacheFile {
  version: number;
  /** Hash of the record schema the record files were checked against. */
  schema?: string;
  files: Record<string, CacheItem>;
}
interface CacheItem {
  size: number;
  mtimeMs: number;
  learned?: Learned;
  /**
   * A record file that was read: positions of the records refused, and a hash of its text. The
   * records are taken unchecked only from the very text that was checked: a file rewritten with
   * its size and time kept is checked again, never loaded unchecked.
   */
  records?: { rejected: number[]; hash: string };
  problems: LoadProblem[];
  notices?: LoadProblem[];
}
const CACHE_VERSION = 4;

async function schemaHash(corpusDir: string): Promise<string> {
  try {
    return sha1().update(await schemaBytes(corpusDir)).digest('hex');
  } catch {
    return 'none';
  }
}

function cachePath(cacheDir: string, roots: string[]): string {
  const h = sha1().update(roots.join('\n')).digest('hex').slice(0, 16);
  return path.join(cacheDir, `corpus-${h}.json`);
}

export interface LoadOptions {
  bundledDir: string;
  userDirs: string[];
  /** Where to keep the cache (never inside a user folder). */
  cacheDir?: string;
  /** Skip the user's folders (untrusted workspace). */
  bundledOnly?: boolean;
  /** The build's prebuilt bundled corpus (dist/corpus-index.json); used when it matches bundledDir. */
  prebuilt?: string;
  /**
   * Learns many documents at once (the CLI's worker threads): given the user documents the cache
   * does not hold, in load order; what it returns is used as the sequential loop would have made it.
   */
  learnMany?: (files: string[]) => Promise<Map<string, LearnResult>>;
  /**
   * Read text files synchronously (the CLI, whose thread waits for them anyway): each readFile
   * step waits for the event loop, so a folder read one file after another idles between steps.
   * Not for the server, whose event loop answers the editor meanwhile.
   */
  readNow?: boolean;
  /**
   * Load the gazette-derived layer (corpus/gazette/, default true). Off where a test checks the
   * gazette documents themselves, which the layer was derived from.
   */
  gazette?: boolean;
}

/** What reading and learning one user document gives. */
export type LearnResult = { learned: Learned; notice?: string } | { error: string };

/** Read and learn one user document. */
export async function learnFile(file: string, now = false): Promise<LearnResult> {
  const r = learnText(file, await readDocumentText(file, now));
  return 'learned' in r ? { ...r, learned: detachLearned(r.learned) } : r;
}

/** Learn one user document already read (a worker's share; `learnFile` reads it first). */
export function learnText(file: string, read: { text: string; notice?: string } | { error: string }): LearnResult {
  if ('error' in read) return { error: read.error };
  const learned = learnFromDocument(read.text, file);
  return read.notice ? { learned, notice: read.notice } : { learned };
}

/** What was learned from a document, holding none of the document's text. */
function detachLearned(l: Learned): Learned {
  for (const c of l.cited) c.key = detached(c.key);
  const r = l.record;
  if (r) {
    const o = r as unknown as Record<string, unknown>;
    for (const k in o) if (typeof o[k] === 'string') o[k] = detached(o[k] as string);
  }
  return l;
}

/** Parse and validate every record file of the bundled corpus folder, the gazette layer included. */
export async function parseBundled(bundledDir: string): Promise<{ meta: CorpusMeta; entries: Entry[]; problems: LoadProblem[] }> {
  const problems: LoadProblem[] = [];
  const entries: Entry[] = [];
  let meta: CorpusMeta = { version: 'unknown', asOf: 'unknown' };
  try {
    meta = JSON.parse(await fs.readFile(path.join(bundledDir, 'meta.json'), 'utf8')) as CorpusMeta;
  } catch (e) {
    problems.push({ file: path.join(bundledDir, 'meta.json'), message: `không đọc được / unreadable: ${(e as Error).message}` });
  }
  const bundledFiles: string[] = [];
  await walk(bundledDir, bundledFiles);
  for (const f of bundledFiles.sort()) {
    if (!f.endsWith('.json') || f.includes(`${path.sep}schema${path.sep}`) || path.basename(f) === 'meta.json') continue;
    const gazette = path.relative(bundledDir, f).split(path.sep)[0] === GAZETTE_DIR;
    const text = await fs.readFile(f, 'utf8');
    const r = gazette ? parseGazetteFile(f, text) : await parseRecordFile(f, text, bundledDir, 'bundled');
    entries.push(...r.entries);
    problems.push(...r.problems);
  }
  return { meta, entries, problems };
}

/** User documents (not record files) of the folders that the cache does not hold, in load order. */
async function uncachedDocuments(dirs: string[], cache: CacheFile): Promise<string[]> {
  const out: string[] = [];
  for (const dir of dirs) {
    const files: string[] = [];
    await walk(dir, files);
    for (const f of files.sort()) {
      if (!DOC_EXT.has(path.extname(f).toLowerCase())) continue;
      const hit = cache.files[f];
      if (hit) {
        try {
          const st = await fs.stat(f);
          if (hit.size === st.size && hit.mtimeMs === st.mtimeMs) continue;
        } catch {
          continue;
        }
      }
      out.push(f);
    }
  }
  return out;
}

  /**
   * Load the gazette-derived layer (corpus/gazette/, default true). Off where a test checks the
   * gazette documents themselves, which the layer was derived from.
   */

/** The bundled folder whose records are derived from the official gazette, not read by a person. */
const GAZETTE_DIR = 'gazette';

/**
 * Records that give one document different facts — two record files, a record file against the
 * bundled corpus, the gazette layer against the bundled corpus: both are kept (the higher layer
 * answers; a date matching neither is still reported) and the writer is told where and on what.
 * Headers inferred from the user's documents are left to the hover: a folder of real documents
 * repeats them by the hundred.
 */
export function conflictProblems(index: CorpusIndex): LoadProblem[] {
  const out: LoadProblem[] = [];
  for (const d of index.directives)
    for (const c of d.conflicts) {
      if (c.origin.layer === 'user-document') continue;
      const fields = differingFields(d.record, c.record);
      const values = fields.map((f) => `${f}: ${d.record[f] ?? '—'} ≠ ${c.record[f] ?? '—'}`).join('; ');
      const where = `${d.origin.file}${d.origin.line !== undefined ? `:${d.origin.line + 1}` : ''}`;
      out.push({
        file: c.origin.file,
        line: c.origin.line !== undefined ? c.origin.line + 1 : undefined,
        message: `${d.record.kind} ${d.record.id}: mâu thuẫn với ${where} (${values}); giữ cả hai, bản ghi kia được dùng, ngày không khớp bản ghi nào vẫn bị báo / conflicts with ${where} (${values}); both kept, the other one answers, a date matching neither is still reported`,
      });
    }
  return out;
}

/** Load everything; never throws for bad input. */
export async function loadCorpus(opts: LoadOptions): Promise<LoadResult> {
  const t0 = process.hrtime.bigint();
  const problems: LoadProblem[] = [];
  const notices: LoadProblem[] = [];
  const entries: Entry[] = [];
  const stats: LoadStats = { files: 0, documents: 0, records: 0, learnedRecords: 0, bytes: 0, fromCache: 0, millis: 0 };
  // Bundled records: the build's prebuilt file when it matches the folder, else the files.
  const pre = opts.prebuilt ? await readPrebuilt(opts.bundledDir, opts.prebuilt) : null;
  const bundled = pre ? { ...pre, problems: [] as LoadProblem[] } : await parseBundled(opts.bundledDir);
  const meta = bundled.meta;
  const kept = opts.gazette === false ? bundled.entries.filter((e) => e.origin.layer !== 'gazette') : bundled.entries;
  entries.push(...kept);
  problems.push(...bundled.problems);
  stats.records += kept.length;

  const evidence = new Map<string, Evidence>();
  if (!opts.bundledOnly && opts.userDirs.length) {
    const cacheFile = opts.cacheDir ? cachePath(opts.cacheDir, opts.userDirs) : null;
    const schema = cacheFile ? await schemaHash(opts.bundledDir) : undefined;
    let cache: CacheFile = { version: CACHE_VERSION, schema, files: {} };
    if (cacheFile) {
      try {
        const c = JSON.parse(await fs.readFile(cacheFile, 'utf8')) as CacheFile;
        if (c.version === CACHE_VERSION && c.schema === schema) cache = c;
      } catch {
        /* no cache yet */
      }
    }
    const next: CacheFile = { version: CACHE_VERSION, schema, files: {} };
    // One interner for the whole load: equal values across files become one (core/corpus/intern.ts).
    const interner = new Interner();
    // One folder named twice (settings and .vanban.json, or "kho" and "./kho/") is loaded once,
    // so its citations are not counted twice as evidence.
    const seenDirs = new Set<string>();
    const seenFiles = new Set<string>();
    const prelearned = opts.learnMany ? await opts.learnMany(await uncachedDocuments(opts.userDirs, cache)) : new Map<string, LearnResult>();
    for (const dir of opts.userDirs) {
      let real: string;
      try {
        const st = await fs.stat(dir);
        if (!st.isDirectory()) throw new Error('not a directory');
        real = await fs.realpath(dir);
      } catch {
        problems.push({ file: dir, message: 'thư mục kho văn bản không tồn tại / corpus folder does not exist' });
        continue;
      }
      if (seenDirs.has(real)) continue;
      seenDirs.add(real);
      const files: string[] = [];
      await walk(dir, files, problems);
      for (const f of files.sort()) {
        const ext = path.extname(f).toLowerCase();
        const unsupported = unsupportedFormat(f);
        if (unsupported) {
          problems.push({ file: f, message: unsupported });
          continue;
        }
        if (ext !== '.json' && !DOC_EXT.has(ext)) continue;
        // A folder inside another named folder: its files load once.
        if (seenFiles.has(f)) continue;
        seenFiles.add(f);
        let st: import('node:fs').Stats;
        try {
          st = await fs.stat(f);
        } catch {
          continue;
        }
        stats.files++;
        stats.bytes += st.size;
        const hit = cache.files[f];
        const fresh = hit && hit.size === st.size && hit.mtimeMs === st.mtimeMs ? hit : undefined;
        let item: CacheItem;
        let records: Entry[] = [];
        if (ext === '.json') {
          const read = await readDocumentText(f, opts.readNow);
          if ('error' in read) item = { size: st.size, mtimeMs: st.mtimeMs, problems: [{ file: f, message: read.error }] };
          else {
            // Unchanged since it was checked: read again, not checked again.
            const hash = sha1().update(read.text).digest('hex');
            const known = fresh?.records?.hash === hash ? new Set(fresh.records.rejected) : undefined;
            const r = await parseRecordFile(f, read.text, opts.bundledDir, 'user-record', known);
            records = r.entries;
            if (known) {
              item = fresh!;
              stats.fromCache++;
            } else {
              item = { size: st.size, mtimeMs: st.mtimeMs, records: { rejected: r.rejected, hash }, problems: r.problems };
              if (read.notice) item.notices = [{ file: f, message: read.notice }];
            }
          }
        } else if (fresh) {
          item = fresh;
          stats.fromCache++;
        } else {
          const r = prelearned.get(f) ?? (await learnFile(f, opts.readNow));
          if ('error' in r) item = { size: st.size, mtimeMs: st.mtimeMs, problems: [{ file: f, message: r.error }] };
          else item = { size: st.size, mtimeMs: st.mtimeMs, learned: r.learned, problems: [] };
          if ('notice' in r && r.notice) item.notices = [{ file: f, message: r.notice }];
        }
        next.files[f] = item;
        problems.push(...item.problems);
        notices.push(...(item.notices ?? []));
        for (const e of records) {
          interner.record(e.record);
          entries.push(e);
        }
        stats.records += records.length;
        if (item.learned) {
          stats.documents++;
          if (item.learned.record) {
            entries.push({ record: interner.record(item.learned.record), origin: { file: f, line: 0, layer: 'user-document' } });
            stats.learnedRecords++;
          }
          for (const c of item.learned.cited) c.key = interner.string(c.key);
          addEvidence(evidence, item.learned, f);
        }
      }
    }
    if (cacheFile) {
      try {
        await fs.mkdir(path.dirname(cacheFile), { recursive: true });
        await fs.writeFile(cacheFile, JSON.stringify(next));
      } catch (e) {
        problems.push({ file: cacheFile, message: `không ghi được bộ nhớ đệm / cannot write cache: ${(e as Error).message}` });
      }
    }
  }
  const index = new CorpusIndex(meta, entries, evidence);
  problems.push(...conflictProblems(index));
  stats.millis = Number(process.hrtime.bigint() - t0) / 1e6;
  return { index, problems, notices, stats };
}

