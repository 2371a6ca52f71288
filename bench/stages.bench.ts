// Where a full check's time goes, stage by stage: the reader, resolving every citation, then each
// rule's `run`, on the dense reports of extract.bench.ts (60 KB, 250 KB, 1 MB). Each stage is
// timed in CPU time of this process (user + system: less sensitive than wall time to the other
// processes of a shared machine), median of the runs after a warm-up, and shown beside the sum
// of all stages in the same run (its share) — the ratio is the figure that matters. Growth from
// 250 KB to 1 MB is printed per stage, so a stage that grows faster than the text shows.
//
//   npm run bench -- stages                (VANBAN_BENCH_SIZES=250000 for one size)

import { resolveOptions, RULE_CODES } from '../server/src/core/index';
import { read } from '../server/src/core/extract/reading';
import { extractProvince } from '../server/src/core/extract/scope';
import { RULES } from '../server/src/core/rules/index';
import type { RuleContext } from '../server/src/core/rules/rule';
import { bundledIndex } from '../test/helpers/corpus';
import { denseReport } from './extract.bench';
import { percentile, type BenchRow } from './run';

const TODAY = '2026-11-23';

function cpuMs(fn: () => unknown): number {
  const c0 = process.cpuUsage();
  fn();
  const c = process.cpuUsage(c0);
  return (c.user + c.system) / 1000;
}

export default async function bench(): Promise<BenchRow[]> {
  const corpus = await bundledIndex();
  const { options } = resolveOptions(undefined, RULE_CODES);
  const sizes = (process.env.VANBAN_BENCH_SIZES ?? '60000,250000,1000000').split(',').map(Number);
  const rows: BenchRow[] = [];
  const bySize = new Map<number, Map<string, number>>();
  for (const size of sizes) {
    const text = denseReport(size);
    const kb = (Buffer.byteLength(text) / 1000).toFixed(0);
    const times = new Map<string, number[]>();
    const add = (k: string, v: number) => (times.get(k) ?? times.set(k, []).get(k)!).push(v);
    const runs = Math.max(12, Math.round(6e6 / size));
    for (let i = 0; i < runs; i++) {
      let reading!: ReturnType<typeof read>;
      add('read', cpuMs(() => (reading = read(text))));
      const reportDate = reading.header.placeDate?.date.iso ?? TODAY;
      const province = extractProvince(reading.nt, reading.header);
      let resolutions!: RuleContext['resolutions'];
      add('resolve', cpuMs(() => (resolutions = reading.citations.map((c) => corpus.resolve(c, { reportDate, province })))));
      const ctx: RuleContext = { text, reading, corpus, options, reportDate, reportDateSource: 'header', today: TODAY, province, resolutions };
      for (const rule of RULES) add(rule.code, cpuMs(() => rule.run(ctx)));
    }
    // The first third warms the engine up.
    const med = new Map([...times].map(([k, v]) => [k, percentile(v.slice(Math.floor(runs / 3)), 50)]));
    bySize.set(size, med);
    const sum = [...med.values()].reduce((a, b) => a + b, 0);
    rows.push({ bench: 'stages', case: `${kb} KB: sum of the stages`, value: sum, unit: 'ms', note: `${(Buffer.byteLength(text) / 1e6 / (sum / 1000)).toFixed(1)} MB/s of CPU time` });
    for (const [k, v] of [...med].sort((a, b) => b[1] - a[1]).slice(0, 8)) {
      rows.push({ bench: 'stages', case: `${kb} KB: ${k}`, value: v, unit: 'ms', note: `${((100 * v) / sum).toFixed(1)}% of the sum` });
    }
  }
  const a = bySize.get(250_000);
  const b = bySize.get(1_000_000);
  if (a && b) {
    const growth = [...b].map(([k, v]) => [k, v / a.get(k)!] as const).sort((x, y) => y[1] - x[1]).slice(0, 5);
    const sumA = [...a.values()].reduce((x, y) => x + y, 0);
    const sumB = [...b.values()].reduce((x, y) => x + y, 0);
    rows.push({ bench: 'stages', case: 'growth 250 KB → 1 MB, sum of the stages', value: sumB / sumA, unit: '×', note: `fastest-growing: ${growth.map(([k, g]) => `${k} ${g.toFixed(1)}×`).join(', ')}` });
  }
  return rows;
}
