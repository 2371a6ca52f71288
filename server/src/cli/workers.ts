// `vanban check` on many files, on every core: worker threads, each with its own copy of the
// corpus index (sent once as records, not re-read from disk), take files from a shared queue one
// at a time, and the results are printed in input order — the output is the same as on one thread.
// `vanban corpus build|stats` read and learn many user documents the same way.
//
// The CLI's own bundle is the worker's code: main.ts hands over to runCliWorker() when it starts
// inside a worker (isCliWorker()).

import { extname } from 'node:path';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { analyze, CorpusIndex, type Entry, type ResolvedOptions } from '../core/index';
import { learnFile, readDocumentText, type LearnResult } from '../host/corpus-loader';
import { toJsonDiagnostics, type JsonDiagnostic } from '../host/output';

/** The file a worker thread starts from: the CLI's launcher when there is one (main.ts start()). */
let workerEntry = __filename;
export function setWorkerEntry(file: string): void {
  workerEntry = file;
}

/** Fewer files than this are checked on the main thread: starting workers costs more. */
export const MIN_FILES_FOR_WORKERS = 8;

/**
 * One thread unless --jobs asks for more. Measured on 1 December 2026 (2 cores, `npm run bench --
 * check`): 402 gazette files took 9.5 s on one thread and 10.7–11.2 s on two workers, so workers
 * are not yet a speed-up worth making the default; the core count is what --jobs should
 * default to once they are.
 */
export function defaultJobs(): number {
  return 1;
}

interface Setup {
  vanbanCliWorker: true;
  meta: CorpusIndex['meta'];
  entries: Entry[];
  evidence: CorpusIndex['evidence'];
  options: ResolvedOptions;
  today: string;
}

export interface FileResult {
  file: string;
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

/** Check one file: read, analyse, turn findings into the CLI's JSON diagnostics. */
export async function checkOne(file: string, index: CorpusIndex, options: ResolvedOptions, today: string): Promise<FileResult> {
  const r = await readDocumentText(file);
  if ('error' in r) return { file, error: r.error };
  const a = analyze(r.text, index, options, today);
  // A .docx is placed by paragraph and quote, as on one thread (main.ts).
  const diagnostics = toJsonDiagnostics(r.text, a.findings, options.locale, { paragraphs: extname(file).toLowerCase() === '.docx' });
  return { file, diagnostics, anyError: a.findings.some((f) => f.severity === 'error'), ...(r.notice ? { notice: r.notice } : {}) };
}

/** Check `files` on `jobs` worker threads; results in the order of `files`. */
export async function checkInWorkers(files: string[], jobs: number, index: CorpusIndex, options: ResolvedOptions, today: string): Promise<FileResult[]> {
  const setup: Setup = { vanbanCliWorker: true, meta: index.meta, entries: entriesOf(index), evidence: index.evidence, options, today };
  return pool<string, FileResult>(files, jobs, setup);
}

/** Each item on one of `jobs` worker threads (one queue); results in the order of `items`. */
async function pool<T, R>(items: T[], jobs: number, data: object): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const workers = Array.from({ length: Math.min(jobs, items.length) }, () => new Worker(workerEntry, { workerData: data, execArgv: process.execArgv }));
  try {
    await Promise.all(
      workers.map(
        (w) =>
          new Promise<void>((resolve, reject) => {
            const feed = () => {
              if (next >= items.length) return resolve();
              const i = next++;
              w.once('message', (r: R) => {
                results[i] = r;
                feed();
              });
              w.postMessage(items[i]);
            };
            w.once('error', reject);
            w.once('online', feed);
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return results;
}

/**
 * `vanban corpus build|stats` on many documents: reading and learning them on worker threads
 * (the loader keeps its order, so the index is the one a single thread builds).
 */
export function learnInWorkers(jobs: number): (files: string[]) => Promise<Map<string, LearnResult>> {
  return async (files) => {
    const out = new Map<string, LearnResult>();
    if (jobs < 2 || files.length < MIN_FILES_FOR_WORKERS) return out; // the loader learns them itself
    const results = await pool<string, LearnResult>(files, jobs, { vanbanLearnWorker: true });
    files.forEach((f, i) => out.set(f, results[i]!));
    return out;
  };
}

export function isCliWorker(): boolean {
  const d = workerData as { vanbanCliWorker?: boolean; vanbanLearnWorker?: boolean } | null;
  return !isMainThread && !!(d?.vanbanCliWorker || d?.vanbanLearnWorker);
}

/** The worker's side: learn documents, or rebuild the index once and check each file it is sent. */
export function runCliWorker(): void {
  if ((workerData as { vanbanLearnWorker?: boolean }).vanbanLearnWorker) {
    parentPort!.on('message', (file: string) => {
      void learnFile(file).then(
        (r) => parentPort!.postMessage(r),
        (e: unknown) => parentPort!.postMessage({ error: `lỗi nội bộ / internal error: ${(e as Error).message}` }),
      );
    });
    return;
  }
  const s = workerData as Setup;
  const index = new CorpusIndex(s.meta, s.entries, s.evidence);
  parentPort!.on('message', (file: string) => {
    void checkOne(file, index, s.options, s.today).then(
      (r) => parentPort!.postMessage(r),
      (e: unknown) => parentPort!.postMessage({ file, error: `lỗi nội bộ / internal error: ${(e as Error).message}` }),
    );
  });
}
