// `npm run bench`: runs every bench/*.bench.ts (or those named on the command line) and prints a
// table. Each bench compares against the obvious alternative in the same run, so the figures that
// matter are ratios; absolute times vary on shared machines.
//
// A bench file exports `default async function (): Promise<BenchRow[]>`.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
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

/** The median of a sample. */
export function median(xs: number[]): number {
  return percentile(xs, 50);
}

const ROOT = path.resolve(__dirname, '..');

/**
 * `commit`'s tree (or only the folders in `paths`) extracted into a temporary folder beside this
 * clone's node_modules, built when `build`, for the VANBAN_BENCH_BASE rows; the folder, or the
 * reason it could not be made.
 */
export function commitTree(commit: string, opts: { paths?: string[]; build?: boolean } = {}): { dir: string } | { error: string } {
  const dir = mkdtempSync(path.join(tmpdir(), 'vanban-bench-base-'));
  const paths = (opts.paths ?? []).map((p) => ` ${p}`).join('');
  const build = opts.build ? ` && cd "${dir}" && node scripts/build.mjs` : '';
  const r = spawnSync('sh', ['-c', `git -C "${ROOT}" archive "${commit}"${paths} | tar -x -C "${dir}" && ln -s "${path.join(ROOT, 'node_modules')}" "${dir}/node_modules"${build}`], { encoding: 'utf8' });
  return r.status === 0 ? { dir } : { error: r.stderr.trim() };
}

if (require.main === module) void main();
