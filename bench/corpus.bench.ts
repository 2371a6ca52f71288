// The user's corpus at real size: the 402 gazette documents of ../shared/realdata/congbao (36 MB)
// loaded as a corpus folder — cold (every file read and learned), warm (from the cache, as after
// a restart), next to the floor of just reading the files — and a check of documents against it.

import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { analyze, resolveOptions, RULE_CODES } from '../server/src/core/index';
import { loadCorpus } from '../server/src/host/corpus-loader';
import type { BenchRow } from './run';

const ROOT = path.resolve(__dirname, '..');
const CONGBAO = path.resolve(ROOT, '..', 'shared', 'realdata', 'congbao', 'docs');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = path.join(dir, n);
    return statSync(p).isDirectory() ? files(p) : [p];
  });
}

export default async function bench(): Promise<BenchRow[]> {
  if (!existsSync(CONGBAO)) return [{ bench: 'corpus', case: 'congbao (absent: ../shared/realdata/congbao)', value: 0, unit: '-' }];
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
  ];
}
