// The user's corpus at real size: the 402 gazette documents of ../shared/realdata/congbao (36 MB)
// loaded as a corpus folder — cold (every file read and learned), warm (from the cache, as after
// a restart), next to the floor of just reading the files — and a check of documents against it.
// Then 100,000 synthetic records in ten record files (completion.bench.ts's, written to a
// temporary folder): cold (every record checked against the schema) and warm, next to the floor
// of reading and JSON.parse-ing the files.
//
//   npm run bench -- corpus
//   VANBAN_BENCH_BASE=<commit> npm run bench -- corpus   (that commit's loader beside this tree's:
//     warm starts of both folders, alternating, and the records loaded compared)

import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { analyze, resolveOptions, RULE_CODES } from '../server/src/core/index';
import { loadCorpus } from '../server/src/host/corpus-loader';
import { recordFolder } from './completion.bench';
import { commitTree, median, type BenchRow } from './run';

const ROOT = path.resolve(__dirname, '..');
const CONGBAO = path.resolve(ROOT, '..', 'shared', 'realdata', 'congbao', 'docs');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = path.join(dir, n);
    return statSync(p).isDirectory() ? files(p) : [p];
  });
}

/**
 * VANBAN_BENCH_BASE=<commit>: warm starts (from each one's own cache) of the gazette folder and of
 * the 100,000-record folder, that commit's loader and this tree's in turn, five times each.
 */
async function baseRows(commit: string): Promise<BenchRow[]> {
  const tree = commitTree(commit, { paths: ['server'] });
  if ('error' in tree) return [{ bench: 'corpus', case: `base ${commit}`, value: 0, unit: '-', note: `cannot extract: ${tree.error}` }];
  const dir = tree.dir;
  type Loader = { loadCorpus: typeof loadCorpus };
  const base = (await import(path.join(dir, 'server/src/host/corpus-loader'))) as Loader;
  const bundledDir = path.join(ROOT, 'corpus');
  const rows: BenchRow[] = [];
  const folders: [string, string][] = [['100,000 records', recordFolder()]];
  if (existsSync(CONGBAO)) folders.unshift(['402 gazette documents', CONGBAO]);
  for (const [name, folder] of folders) {
    const cacheA = mkdtempSync(path.join(tmpdir(), 'vanban-bench-cache-'));
    const cacheB = mkdtempSync(path.join(tmpdir(), 'vanban-bench-cache-'));
    const a0 = await loadCorpus({ bundledDir, userDirs: [folder], cacheDir: cacheA });
    const b0 = await base.loadCorpus({ bundledDir, userDirs: [folder], cacheDir: cacheB });
    const same = a0.index.size === b0.index.size && a0.index.evidence.size === b0.index.evidence.size && a0.problems.length === b0.problems.length;
    const ta: number[] = [];
    const tb: number[] = [];
    for (let i = 0; i < 5; i++) {
      let t = performance.now();
      await base.loadCorpus({ bundledDir, userDirs: [folder], cacheDir: cacheB });
      tb.push(performance.now() - t);
      t = performance.now();
      await loadCorpus({ bundledDir, userDirs: [folder], cacheDir: cacheA });
      ta.push(performance.now() - t);
    }
    rows.push({ bench: 'corpus', case: `warm start, ${name}: ${commit} → this tree`, value: median(ta), unit: 'ms', note: `${commit}: ${median(tb).toFixed(0)} ms (${(median(tb) / median(ta)).toFixed(2)}×); medians of 5, alternating; records, cited ids and problems ${same ? 'the same' : 'DIFFERENT'}` });
  }
  return rows;
}

async function recordFileRows(): Promise<BenchRow[]> {
  const dir = recordFolder();
  const names = readdirSync(dir).map((n) => path.join(dir, n));
  let t = performance.now();
  let parsed = 0;
  for (const f of names) parsed += (JSON.parse(readFileSync(f, 'utf8')) as { records: unknown[] }).records.length;
  const floorMs = performance.now() - t;
  const cache = mkdtempSync(path.join(tmpdir(), 'vanban-bench-cache-'));
  const bundledDir = path.join(ROOT, 'corpus');
  t = performance.now();
  const coldStats = (await loadCorpus({ bundledDir, userDirs: [dir], cacheDir: cache })).stats;
  const coldMs = performance.now() - t;
  // Three warm starts, the median: the first one also collects the cold load's index.
  const warms: number[] = [];
  let warm!: Awaited<ReturnType<typeof loadCorpus>>;
  for (let i = 0; i < 3; i++) {
    t = performance.now();
    warm = await loadCorpus({ bundledDir, userDirs: [dir], cacheDir: cache });
    warms.push(performance.now() - t);
  }
  const warmMs = median(warms);
  const cacheBytes = readdirSync(cache).reduce((n, f) => n + statSync(path.join(cache, f)).size, 0);
  return [
    { bench: 'corpus', case: '100,000 records in 10 record files: floor (read + JSON.parse)', value: floorMs, unit: 'ms', note: `${parsed} records` },
    { bench: 'corpus', case: '100,000 records: cold load (every record checked)', value: coldMs, unit: 'ms', note: `${(coldMs / floorMs).toFixed(1)}× the floor; ${coldStats.records} records` },
    { bench: 'corpus', case: '100,000 records: warm start from the cache', value: warmMs, unit: 'ms', note: `median of 3; ${(warmMs / floorMs).toFixed(1)}× the floor, ${(coldMs / warmMs).toFixed(1)}× faster than cold; ${warm.stats.fromCache}/${warm.stats.files} from cache; cache ${cacheBytes} bytes` },
  ];
}

export default async function bench(): Promise<BenchRow[]> {
  if (process.env.VANBAN_BENCH_BASE) return baseRows(process.env.VANBAN_BENCH_BASE);
  const records = await recordFileRows();
  if (!existsSync(CONGBAO)) return [{ bench: 'corpus', case: 'congbao (absent: ../shared/realdata/congbao)', value: 0, unit: '-' }, ...records];
  const all = files(CONGBAO);
  const bytes = all.reduce((n, f) => n + statSync(f).size, 0);
  const mb = bytes / 1048576;
  // The floor: reading every file, nothing else.
  let t = performance.now();
  for (const f of all) readFileSync(f, 'utf8');
  const readMs = performance.now() - t;
  const cache = mkdtempSync(path.join(tmpdir(), 'vanban-bench-cache-'));
  const bundledDir = path.join(ROOT, 'corpus');
  t = performance.now();
  const cold = await loadCorpus({ bundledDir, userDirs: [CONGBAO], cacheDir: cache });
  const coldMs = performance.now() - t;
  t = performance.now();
  const warm = await loadCorpus({ bundledDir, userDirs: [CONGBAO], cacheDir: cache });
  const warmMs = performance.now() - t;
  const learned = cold.stats.learnedRecords;
  // Check 40 gazette documents against the corpus made of all of them.
  const { options } = resolveOptions(undefined, RULE_CODES);
  const sample = all.slice(0, 40);
  let findings = 0;
  let errors = 0;
  t = performance.now();
  for (const f of sample) {
    const a = analyze(readFileSync(f, 'utf8'), cold.index, options, '2026-11-23');
    findings += a.findings.length;
    errors += a.findings.filter((x) => x.severity === 'error').length;
  }
  const checkMs = performance.now() - t;
  const sampleMb = sample.reduce((n, f) => n + statSync(f).size, 0) / 1048576;
  return [
    { bench: 'corpus', case: `congbao: ${all.length} files, ${mb.toFixed(1)} MB`, value: all.length, unit: 'files' },
    { bench: 'corpus', case: 'cold build (read + learn every file)', value: coldMs, unit: 'ms', note: `${(mb / (coldMs / 1000)).toFixed(1)} MB/s` },
    { bench: 'corpus', case: 'floor: just reading the files', value: readMs, unit: 'ms', note: `cold build is ${(coldMs / readMs).toFixed(1)}× the floor` },
    { bench: 'corpus', case: 'warm start from the cache', value: warmMs, unit: 'ms', note: `${(coldMs / warmMs).toFixed(1)}× faster than cold; ${warm.stats.fromCache}/${warm.stats.files} from cache` },
    { bench: 'corpus', case: 'records learned from headers', value: learned, unit: 'records', note: `${cold.index.evidence.size} cited ids; ${cold.problems.length} problems` },
    { bench: 'corpus', case: `check 40 gazette docs (${sampleMb.toFixed(1)} MB) against it`, value: checkMs, unit: 'ms', note: `${(sampleMb / (checkMs / 1000)).toFixed(1)} MB/s; ${findings} findings, ${errors} errors` },
    ...records,
  ];
}
