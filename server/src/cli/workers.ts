// `vanban check` on many files, on every core. The main thread checks files too, and `jobs - 1`
// worker threads, each with its own copy of the corpus index (sent once as records, not re-read from
// disk), take files from the same queue. Each file comes back as the text it prints, not as objects
// (structured cloning of findings cost more than formatting them where they are made), and the main
// thread prints them in input order — the output is the same as on one thread.
// `vanban corpus build|stats` read and learn many user documents the same way.
//
// Why this shape (measured with `npm run bench -- check`, VANBAN_BENCH_ONLY=cli):
//   - the largest files go first, so no thread is left with a long file while the others are done;
//   - each worker holds a few files ahead (PREFETCH): the main thread answers a worker only between
//     two of its own files, and a worker must not wait for that;
//   - workers start before the main thread loads the corpus, so starting them (compiling the bundle,
//     building the index) overlaps with the main thread's own work.
//
// Worker threads start from the CLI's launcher (dist/cli.js), so they load the bundle with its code
// cache; main.ts hands over to runCliWorker() when it starts inside a worker (isCliWorker()).

import { availableParallelism } from 'node:os';
import { extname } from 'node:path';
import type * as Threads from 'node:worker_threads';
import { analyze, CorpusIndex, type Entry, type Locale, type ResolvedOptions } from '../core/index';
import { learnText, readDocumentText, textFromBytes, type LearnResult } from '../host/corpus-loader';
import { statOf } from '../host/files';
import { attachTransferred, forTransfer, type LazyTransfer } from '../host/prebuilt';
import { formatText, toJsonDiagnostics, type JsonDiagnostic } from '../host/output';

// Loaded on first use: a check of a few files never starts a thread, and loading the module is a
// millisecond of a one-page check.
let threadsModule: typeof Threads | undefined;
function threads(): typeof Threads {
  return (threadsModule ??= require('node:worker_threads') as typeof Threads);
}
// Put on a worker's command line, so that telling a worker from the main thread needs no module.
const WORKER_MARK = '--vanban-cli-worker';

/** The file a worker thread starts from: the CLI's launcher when there is one (main.ts start()). */
let workerEntry = __filename;
export function setWorkerEntry(file: string): void {
  workerEntry = file;
}

/** Fewer files than this are checked on the main thread alone: starting workers costs more. */
export const MIN_FILES_FOR_WORKERS = 8;

/** Files a worker holds beyond the one it is checking. */
const PREFETCH = 2;

/** At most this many threads unless --jobs asks for more: each holds its own copy of the corpus index. */
const MAX_DEFAULT_JOBS = 4;

/**
 * The core count, at most MAX_DEFAULT_JOBS. `npm run bench -- check`, 1 December 2026, two cores:
 * 402 gazette files 2.8–2.9 s on one thread, 2.6–2.7 s on two (1.04–1.10×, output identical), about
 * what two separate processes with half the files each reach here (1.11–1.12×): one thread already
 * keeps ~1.45 cores busy, V8 compiling and collecting on helper threads. With more cores the helpers
 * have cores of their own and threads gain more. Small batches (under 2 MB, or fewer than
 * MIN_FILES_FOR_WORKERS files) stay on one thread whatever --jobs says.
 */
export function defaultJobs(): number {
  return Math.max(1, Math.min(MAX_DEFAULT_JOBS, availableParallelism()));
}

type CheckFormat = 'text' | 'json' | 'sarif';

export interface CheckSetup {
  options: ResolvedOptions;
  today: string;
  format: CheckFormat;
}

interface Setup extends CheckSetup {
  meta: CorpusIndex['meta'];
  /** Sent without the prebuilt records' provenance, which each thread reads itself (`lazy`). */
  entries: Entry[];
  lazy: LazyTransfer;
  evidence: CorpusIndex['evidence'];
}

export interface FileResult {
  file: string;
  /** What this file adds to the output: its lines (text), its array element (json). */
  printed?: string;
  /** Its diagnostics, for SARIF (one document made of every file). */
  diagnostics?: JsonDiagnostic[];
  anyError?: boolean;
  /** Why the file could not be read. */
  error?: string;
  /** What the reader did to the file (a converted encoding), for stderr. */
  notice?: string;
}

/** Every record of an index, with its origin (conflicting ones too), to build an equal index. */
function entriesOf(index: CorpusIndex): Entry[] {
  return [
    ...index.directives.flatMap((d) => [{ record: d.record, origin: d.origin }, ...d.conflicts]),
    ...index.terms,
    ...index.titles,
    ...index.organisations,
    ...index.officials,
    ...index.abbreviations,
    ...index.kinds,
  ];
}

/** One file's part of `JSON.stringify(all, null, 2)`: its element, indented as inside the array. */
function jsonElement(value: unknown): string {
  // JSON text has no raw line break inside a string, so every "\n" starts a line to indent.
  return '  ' + JSON.stringify(value, null, 2).replace(/\n/g, '\n  ');
}

/** The whole output from the files' parts, as one thread formats it (main.ts). */
export function joinPrinted(parts: string[], format: 'text' | 'json'): string {
  if (format === 'json') return parts.length ? `[\n${parts.join(',\n')}\n]` : '[]';
  return parts.filter((p) => p !== '').join('\n');
}

type Read = { text: string; notice?: string } | { error: string };

/** Read one file (or standard input's bytes) as text, or the reason it cannot be; a text file at once (readDocumentText's `now`). */
export function readOne(file: string, stdin?: () => Promise<Uint8Array>): Promise<Read> {
  return stdin ? stdin().then(textFromBytes) : readDocumentText(file, true);
}

/** Check one file's text: analyse, format what it prints. */
export function checkRead(file: string, r: Read, index: CorpusIndex, s: CheckSetup): FileResult {
  if ('error' in r) return { file, error: r.error };
  const a = analyze(r.text, index, s.options, s.today);
  // A .docx is placed by paragraph and quote: its line numbers are those of an extracted text.
  const diagnostics = toJsonDiagnostics(r.text, a.findings, s.options.locale, { paragraphs: extname(file).toLowerCase() === '.docx' });
  const out: FileResult = { file, anyError: a.findings.some((f) => f.severity === 'error') };
  if (s.format === 'sarif') out.diagnostics = diagnostics;
  else out.printed = s.format === 'json' ? jsonElement({ file, diagnostics }) : formatText([{ file, diagnostics }], s.options.locale as Locale);
  if (r.notice) out.notice = r.notice;
  return out;
}

/**
 * `work` on each item, in order, the next item's `read` started before the current one is worked on.
 * A text file is read at once (readOne), so this matters for what is read asynchronously — a .docx
 * (mammoth), standard input — whose steps then run in the pauses between checks.
 */
export async function readAhead<T, X, R>(next: () => T | undefined, read: (item: T) => Promise<X>, work: (item: T, x: X) => R, done: (item: T, r: R) => void | Promise<void>): Promise<void> {
  let item = next();
  let pending = item === undefined ? undefined : read(item);
  while (item !== undefined) {
    const x = await pending!;
    const following = next();
    pending = following === undefined ? undefined : read(following);
    await done(item, work(item, x));
    item = following;
  }
}

/**
 * Below this many bytes in all, the main thread checks alone: a worker costs about 0.2 s of a core to
 * start (thread, bundle, index, the first check's compiled regular expressions), about what one
 * thread needs for 2 MB (`npm run bench -- check`, one page with --jobs 2 vs 1).
 */
export const MIN_BYTES_FOR_WORKERS = 2_000_000;

/**
 * Largest first (unreadable ones last): the order files are handed out, not the order printed; and
 * how many threads are worth starting for them.
 */
async function plan(files: string[], jobs: number): Promise<{ order: number[]; jobs: number }> {
  const sizes = await Promise.all(files.map((f) => statOf(f).then((s) => s.size, () => -1)));
  const total = sizes.reduce((a, b) => a + Math.max(0, b), 0);
  const order = files.map((_, i) => i).sort((a, b) => sizes[b]! - sizes[a]! || a - b);
  // VANBAN_JOBS_MAIN=off (tests, benchmarks): workers do every file, however few the bytes.
  return { order, jobs: total < MIN_BYTES_FOR_WORKERS && process.env.VANBAN_JOBS_MAIN !== 'off' ? 1 : jobs };
}

/** Check `files` on the main thread and `jobs - 1` workers; results in the order of `files`. */
export async function checkInWorkers(files: string[], jobs: number, loadIndex: () => Promise<CorpusIndex>, s: CheckSetup): Promise<FileResult[]> {
  const p = await plan(files, jobs);
  let index: CorpusIndex | undefined;
  return pool<string, Read, FileResult>(files, p.order, p.jobs, 'check', async () => {
    index = await loadIndex();
    const setup: Setup = { ...s, meta: index.meta, ...forTransfer(entriesOf(index)), evidence: index.evidence };
    return setup;
  }, { read: (file) => readOne(file), work: (file, r) => checkRead(file, r, index!, s) });
}

/**
 * Each item on the main thread (`local`) and on `jobs - 1` worker threads, from one queue taken in
 * `order`; results in the order of `items`. Workers start at once; `setup()` (the main thread's
 * own loading) runs meanwhile and its result is sent to each of them. A worker is given items only
 * once it says it is ready, so a short batch is never left waiting for a worker still starting:
 * the main thread takes everything, and the worker is stopped unused.
 */
async function pool<T, X, R>(items: T[], order: number[], jobs: number, kind: WorkerKind, setup: () => Promise<object>, local: { read: (item: T) => Promise<X>; work: (item: T, x: X) => R }): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const take = (): number | undefined => (next < order.length ? order[next++] : undefined);
  const mainChecks = process.env.VANBAN_JOBS_MAIN !== 'off';
  const count = Math.max(0, Math.min(jobs, items.length) - (mainChecks ? 1 : 0));
  // Node's own options pass to workers by default; naming process.execArgv instead made Node refuse to
  // start any worker when V8 flags were given (`node --max-old-space-size=4096 … --jobs 2`).
  const workers = Array.from({ length: count }, () => new (threads().Worker)(workerEntry, { workerData: { vanbanCliWorker: kind }, argv: [WORKER_MARK] }));
  const idle: (() => void)[] = [];
  try {
    const data = await setup();
    const done = workers.map(
      (w) =>
        new Promise<void>((resolve, reject) => {
          let held = 0;
          let ready = false;
          const feed = () => {
            while (held < 1 + PREFETCH) {
              const i = take();
              if (i === undefined) break;
              held++;
              w.postMessage({ i, item: items[i] });
            }
            if (held === 0) resolve();
          };
          idle.push(() => {
            if (!ready) resolve();
          });
          w.on('message', (m: { ready: true } | { i: number; result: R }) => {
            if ('ready' in m) ready = true;
            else {
              results[m.i] = m.result;
              held--;
            }
            feed();
          });
          w.once('error', reject);
          w.once('exit', () => (held ? reject(new Error('a worker thread stopped')) : resolve()));
          w.postMessage({ setup: data });
        }),
    );
    if (mainChecks) {
      // The main thread's share: one item at a time, letting the workers' messages in between.
      await readAhead(
        take,
        (i) => local.read(items[i]!),
        (i, x) => local.work(items[i]!, x),
        async (i, r) => {
          results[i] = r;
          await new Promise<void>((resolve) => setImmediate(resolve));
        },
      );
      // Nothing left: a worker not started yet is not waited for.
      for (const f of idle) f();
    }
    await Promise.all(done);
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return results;
}

type WorkerKind = 'check' | 'learn';

/**
 * `vanban corpus build|stats` on many documents: reading and learning them on worker threads
 * (the loader keeps its order, so the index is the one a single thread builds).
 */
export function learnInWorkers(jobs: number): (files: string[]) => Promise<Map<string, LearnResult>> {
  return async (files) => {
    const out = new Map<string, LearnResult>();
    if (jobs < 2 || files.length < MIN_FILES_FOR_WORKERS) return out; // the loader learns them itself
    const p = await plan(files, jobs);
    if (p.jobs < 2) return out;
    const results = await pool<string, Read, LearnResult>(files, p.order, p.jobs, 'learn', async () => ({}), { read: (f) => readOne(f), work: learnText });
    files.forEach((f, i) => out.set(f, results[i]!));
    return out;
  };
}

export function isCliWorker(): boolean {
  if (!process.argv.includes(WORKER_MARK)) return false;
  const t = threads();
  return !t.isMainThread && !!(t.workerData as { vanbanCliWorker?: WorkerKind } | null)?.vanbanCliWorker;
}

/** The worker's side: wait for the setup, then learn or check each item it is sent, reading ahead. */
export function runCliWorker(): void {
  const { parentPort, workerData } = threads();
  const kind = (workerData as { vanbanCliWorker: WorkerKind }).vanbanCliWorker;
  let work: ((item: string, r: Read) => unknown) | undefined;
  const queue: { i: number; item: string }[] = [];
  let busy = false;
  const pump = async () => {
    if (busy || !work) return;
    busy = true;
    await readAhead(
      () => queue.shift(),
      (m) => readOne(m.item),
      (m, r) => {
        try {
          return work!(m.item, r);
        } catch (e) {
          return { file: m.item, error: `lỗi nội bộ / internal error: ${(e as Error).message}` };
        }
      },
      (m, result) => parentPort!.postMessage({ i: m.i, result }),
    );
    busy = false;
  };
  parentPort!.on('message', (m: { setup: Setup } | { i: number; item: string }) => {
    if ('setup' in m) {
      if (kind === 'learn') work = learnText;
      else {
        const s = m.setup;
        attachTransferred(s.entries, s.lazy);
        const index = new CorpusIndex(s.meta, s.entries, s.evidence);
        work = (file, r) => checkRead(file, r, index, s);
      }
      parentPort!.postMessage({ ready: true });
    } else queue.push(m);
    void pump();
  });
}
