// `npm run bench`: runs every bench/*.bench.ts (or those named on the command line) and prints a
// table. Each bench compares against the obvious alternative in the same run, so the figures that
// matter are ratios; absolute times vary on shared machines.
//
// A bench file exports `default async function (): Promise<BenchRow[]>`.

import { readdirSync } from 'node:fs';
import * as path from 'node:path';

export interface BenchRow {
  bench: string;
  case: string;
  value: number;
  unit: string;
  note?: string;
}

async function main(): Promise<void> {
  const only = process.argv.slice(2);
  const dir = __dirname;
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.bench.ts'))
    .filter((f) => only.length === 0 || only.some((o) => f.startsWith(o)))
    .sort();
  const rows: BenchRow[] = [];
  for (const f of files) {
    process.stderr.write(`running ${f}…\n`);
    const mod = (await import(path.join(dir, f))) as { default: () => Promise<BenchRow[]> };
    const r = await mod.default();
    rows.push(...r);
    for (const row of r) console.log(`${row.bench.padEnd(14)} ${row.case.padEnd(52)} ${fmt(row.value).padStart(12)} ${row.unit}${row.note ? `  (${row.note})` : ''}`);
  }
}

function fmt(v: number): string {
  return v >= 100 ? v.toFixed(0) : v >= 1 ? v.toFixed(2) : v.toPrecision(3);
}

/** Percentile of a sample (p in 0..100). */
export function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!;
}

if (require.main === module) void main();
