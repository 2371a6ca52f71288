// Where a full check's time goes: each rule (its `run`, or `collect` and `judge`), resolving the
// citations, and the rest of `analyze` (reading the blocks, assembling the report), on the dense
// reports of extract.bench.ts (60 KB, 250 KB, 1 MB), each as a share of the whole check in the
// same run — the ratio is the figure that matters. Times are wall time, medians of the runs
// after a warm-up; the rules and `resolve` are timed by wrapping them in this process.
// Growth from 250 KB to 1 MB is printed per stage, so a stage that grows faster than the text shows.
//
//   npm run bench -- stages                (VANBAN_BENCH_SIZES=250000 for one size)

import { analyze, resolveOptions, RULE_CODES, type CorpusIndex } from '../server/src/core/index';
import { RULES } from '../server/src/core/rules/index';
import { bundledIndex } from '../test/helpers/corpus';
import { denseReport } from './extract.bench';
import { percentile, type BenchRow } from './run';

const TODAY = '2026-11-23';

// Wall time: the wrappers run for every block and rule, and reading CPU time is a system call
// that would cost more than many of the rules it measures.
const cpuNow = (): number => performance.now();

/** Per-stage CPU time of the current analysis, filled by the wrappers below. */
let spent = new Map<string, number>();

function timed<A extends unknown[], R>(stage: string, fn: (...a: A) => R): (...a: A) => R {
  return (...a: A) => {
    const t0 = cpuNow();
    try {
      return fn(...a);
    } finally {
      spent.set(stage, (spent.get(stage) ?? 0) + cpuNow() - t0);
    }
  };
}

function instrument(corpus: CorpusIndex): void {
  for (const rule of RULES as unknown as Record<string, unknown>[]) {
    for (const m of ['run', 'collect', 'judge']) {
      const f = rule[m];
      if (typeof f === 'function') rule[m] = timed(String(rule.code), f.bind(rule) as (...a: unknown[]) => unknown);
    }
  }
  corpus.resolve = timed('resolve', corpus.resolve.bind(corpus));
}

export default async function bench(): Promise<BenchRow[]> {
  const corpus = await bundledIndex();
  instrument(corpus);
  const { options } = resolveOptions(undefined, RULE_CODES);
  const sizes = (process.env.VANBAN_BENCH_SIZES ?? '60000,250000,1000000').split(',').map(Number);
  const rows: BenchRow[] = [];
  const bySize = new Map<number, Map<string, number>>();
  for (const size of sizes) {
    const text = denseReport(size);
    const kb = (Buffer.byteLength(text) / 1000).toFixed(0);
    const times = new Map<string, number[]>();
    const runs = Math.max(12, Math.round(6e6 / size));
    for (let i = 0; i < runs; i++) {
      spent = new Map();
      const t0 = cpuNow();
      analyze(text, corpus, options, TODAY); // a new cache each time: a full check
      const total = cpuNow() - t0;
      const staged = [...spent.values()].reduce((a, b) => a + b, 0);
      spent.set('the rest (reading the blocks, assembling)', total - staged);
      spent.set('whole check', total);
      for (const [k, v] of spent) (times.get(k) ?? times.set(k, []).get(k)!).push(v);
    }
    // The first third warms the engine up.
    const med = new Map([...times].map(([k, v]) => [k, percentile(v.slice(Math.floor(runs / 3)), 50)]));
    bySize.set(size, med);
    const whole = med.get('whole check')!;
    rows.push({ bench: 'stages', case: `${kb} KB: whole check`, value: whole, unit: 'ms', note: `${(Buffer.byteLength(text) / 1e6 / (whole / 1000)).toFixed(1)} MB/s` });
    for (const [k, v] of [...med].filter(([k]) => k !== 'whole check').sort((a, b) => b[1] - a[1]).slice(0, 8)) {
      rows.push({ bench: 'stages', case: `${kb} KB: ${k}`, value: v, unit: 'ms', note: `${((100 * v) / whole).toFixed(1)}% of the check` });
    }
  }
  const a = bySize.get(250_000);
  const b = bySize.get(1_000_000);
  if (a && b) {
    const growth = [...b].filter(([k]) => a.get(k)! > 0.05).map(([k, v]) => [k, v / a.get(k)!] as const).sort((x, y) => y[1] - x[1]).slice(0, 5);
    rows.push({ bench: 'stages', case: 'growth 250 KB → 1 MB, whole check', value: b.get('whole check')! / a.get('whole check')!, unit: '×', note: `fastest-growing: ${growth.map(([k, g]) => `${k} ${g.toFixed(1)}×`).join(', ')}` });
  }
  return rows;
}
