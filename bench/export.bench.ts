// `vanban export` cost, beside the obvious alternatives in the same run:
//   - in process, per draft (warm): building the .docx of examples/bao-cao-xuat-word.md, next to
//     checking the same draft (`analyze` with the bundled corpus) — export should cost about what a
//     check costs, not more;
//   - a fresh CLI process: `vanban export` (which loads markdown-it and docx on first use), next to
//     `vanban --version` and `vanban check` of the same draft — what the lazy import adds for the
//     one command that needs it, and that the other commands do not evaluate those libraries.
// Ratios matter; absolute times vary on a shared machine.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { analyze, resolveOptions, RULE_CODES } from '../server/src/core/index';
import { exportDocx } from '../server/src/host/export-docx';
import { bundledIndex } from '../test/helpers/corpus';
import { percentile, type BenchRow } from './run';

const ROOT = path.resolve(__dirname, '..');
const DRAFT = path.join(ROOT, 'examples', 'bao-cao-xuat-word.md');
const CLI = path.join(ROOT, 'dist', 'cli.js');

async function timeIt(n: number, f: () => unknown | Promise<unknown>): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = process.hrtime.bigint();
    await f();
    out.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  return out;
}

export default async function (): Promise<BenchRow[]> {
  const text = readFileSync(DRAFT, 'utf8');
  const index = await bundledIndex();
  const { options } = resolveOptions(undefined, RULE_CODES);
  await exportDocx(text); // load the libraries once: the warm figure is per draft
  const exp = await timeIt(30, () => exportDocx(text));
  const chk = await timeIt(30, () => analyze(text, index, options, '2023-03-10'));

  const dir = mkdtempSync(path.join(tmpdir(), 'vanban-bench-export-'));
  const spawn = (args: string[]) => () => spawnSync(process.execPath, [CLI, ...args], { cwd: dir });
  const version = await timeIt(7, spawn(['--version']));
  const check = await timeIt(7, spawn(['check', DRAFT, '--today', '2023-03-10']));
  const cliExport = await timeIt(7, spawn(['export', DRAFT, '-o', path.join(dir, 'out.docx'), '--today', '2023-03-10']));
  const p50 = (xs: number[]) => percentile(xs, 50);
  return [
    { bench: 'export', case: 'export the example to .docx, warm (p50)', value: p50(exp), unit: 'ms', note: `check of the same draft ${p50(chk).toFixed(2)} ms, ×${(p50(exp) / p50(chk)).toFixed(1)}` },
    { bench: 'export', case: 'fresh process: vanban --version (p50)', value: p50(version), unit: 'ms' },
    { bench: 'export', case: 'fresh process: vanban check the example (p50)', value: p50(check), unit: 'ms', note: `×${(p50(check) / p50(version)).toFixed(1)} --version` },
    { bench: 'export', case: 'fresh process: vanban export the example (p50)', value: p50(cliExport), unit: 'ms', note: `+${(p50(cliExport) - p50(check)).toFixed(0)} ms over check: the libraries' first load and the write` },
  ];
}
