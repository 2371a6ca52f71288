// The writer's speed targets of issue 13, each beside its comparison measured in the same run
// (the machine is shared, so the ratios are the figures that matter):
//   - full check (read + every rule) of dense reports of 60 KB, 250 KB and 1 MB, in steady state,
//     beside the reader alone; growth from 250 KB to 1 MB against the growth of the text;
//   - re-check after a one-character edit, beside the full check;
//   - through the protocol (the built server, stdio): edit → diagnostics on the 250 KB report,
//     pulled after every edit and pushed after the debounce; open → first diagnostics;
//   - server start → first diagnostics on a one-page report, beside `node -e ""` and a start without the code cache;
//   - `vanban check` of a one-page file, whole process, beside `node -e ""`;
//   - `vanban check` of the 402 gazette files, and `vanban corpus build` of their folder, on one
//     thread and on two (--jobs), output compared;
//   - the gazette's analysis alone on one warm thread and on two, and a thread's cold first pass
//     against a warm one (why --jobs 2 gains little on two cores);
//   - server memory with the bundled corpus and with a 100,000-record user corpus (synthetic
//     records from completion.bench.ts, written to a temporary folder, never a user's).
//
//   npm run bench -- check        (VANBAN_BENCH_ONLY=throughput|cli|threads|protocol|memory for one part;
//                                  VANBAN_BENCH_BASE=<commit> for that commit's full check beside this one;
//                                  both together: that commit's server memory beside this one's)

import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import * as path from 'node:path';
import { DocumentDiagnosticRequest, ExecuteCommandRequest } from 'vscode-languageserver-protocol/node';
import { analyze, AnalysisCache, resolveOptions, RULE_CODES, type CorpusIndex } from '../server/src/core/index';
import { LineMap } from '../server/src/host/output';
import { bundledIndex } from '../test/helpers/corpus';
import { PULL, PUSH_ONLY, startServer, type TestClient } from '../test/helpers/lsp';
import { seeded } from '../test/helpers/random';
import { recordFolder } from './completion.bench';
import { bundledCorpus, coreBundle, coreBundleFile } from './core-bundle';
import { denseReport } from './extract.bench';
import { commitTree, median, percentile, type BenchRow } from './run';

const ROOT = path.resolve(__dirname, '..');
const CLI = path.join(ROOT, 'dist', 'cli.js');
const GAZETTE = path.resolve(ROOT, '..', 'shared', 'realdata', 'congbao', 'docs');
const ONE_PAGE = path.join(ROOT, 'examples', 'bao-cao-tong-ket-co-loi.md');
const TODAY = '2026-11-23';
const B = 'check';

/**
 * Median ms of `fn` in steady state — warmed up for 20 runs or a second (the engine keeps
 * optimising the rules for about twenty analyses), at most 5 s — then repeated for at least `minMs`.
 */
function timeIt(fn: () => unknown, minMs: number): number {
  const w0 = performance.now();
  for (let k = 0; (k < 20 || performance.now() - w0 < 1000) && performance.now() - w0 < 5000; k++) fn();
  const times: number[] = [];
  let total = 0;
  while ((total < minMs || times.length < 5) && times.length < 60) {
    const t0 = performance.now();
    fn();
    const ms = performance.now() - t0;
    times.push(ms);
    total += ms;
  }
  return median(times);
}

/** Full checks and re-checks of dense reports, with the core as it ships (bench/core-bundle.ts). */
async function throughputRows(): Promise<BenchRow[]> {
  const core = await coreBundle();
  const corpus = await bundledCorpus(core);
  const { analyze, read, AnalysisCache } = core;
  const { options } = core.resolveOptions(undefined, core.RULE_CODES);
  const rows: BenchRow[] = [];
  // The sizes are timed in blocks taken in turn, round after round, so that their ratios (the
  // growth) see the same load: timed one after another, a shared machine's drift moved the growth
  // between 3.5× and 4.5× from run to run. Not one analysis of each in turn: each would then pay for
  // the collection of the one before (a 1 MB check's garbage made the 60 KB one look slow). The first
  // runs of a block, which still collect the block before's garbage, are not counted.
  const sizes = [60_000, 250_000, 1_000_000];
  const texts = sizes.map((size) => denseReport(size));
  for (const text of texts) timeIt(() => analyze(text, corpus, options, TODAY), 0); // warm-up
  const times: number[][] = texts.map(() => []);
  const t0 = performance.now();
  // Per block: analyses run, and how many of its first are not counted.
  const block = [
    { runs: 10, skip: 2 },
    { runs: 5, skip: 2 },
    { runs: 3, skip: 1 },
  ];
  for (let round = 0; round < 16 && (round < 4 || performance.now() - t0 < 10_000); round++)
    texts.forEach((text, k) => {
      for (let i = 0; i < block[k]!.runs; i++) {
        const s = performance.now();
        analyze(text, corpus, options, TODAY);
        if (i >= block[k]!.skip) times[k]!.push(performance.now() - s);
      }
    });
  const full = times.map(median);
  texts.forEach((text, k) => {
    const mb = Buffer.byteLength(text) / 1e6;
    const readMs = timeIt(() => read(text), 800);
    const ms = full[k]!;
    rows.push({ bench: B, case: `full check, dense report ${(mb * 1000).toFixed(0)} KB`, value: mb / (ms / 1000), unit: 'MB/s', note: `${ms.toFixed(1)} ms (median of ${times[k]!.length}, in blocks with the other sizes), the core as bundled; the reader alone ${readMs.toFixed(1)} ms (${(mb / (readMs / 1000)).toFixed(1)} MB/s); target ≥ 10 MB/s` });
  });
  // The dense report cites a document every 110 bytes, about ten times what real reports do; beside
  // it, 250 KB of the real documents this repository keeps (test/realdata), read as one text.
  const real = realReport(250_000);
  const realMs = timeIt(() => analyze(real.text, corpus, options, TODAY), 1500);
  const denseMs = timeIt(() => analyze(texts[1]!, corpus, options, TODAY), 1500);
  const realMb = Buffer.byteLength(real.text) / 1e6;
  const cited = (t: string) => analyze(t, corpus, options, TODAY).reading.citations.length;
  rows.push({
    bench: B,
    case: `full check, real documents joined ${(realMb * 1000).toFixed(0)} KB`,
    value: realMb / (realMs / 1000),
    unit: 'MB/s',
    note: `${realMs.toFixed(1)} ms; ${real.documents} documents of test/realdata, ${cited(real.text)} citations (the dense report: ${cited(texts[1]!)}); the dense 250 KB report timed beside it ${denseMs.toFixed(1)} ms (${(Buffer.byteLength(texts[1]!) / 1e6 / (denseMs / 1000)).toFixed(1)} MB/s); target ≥ 10 MB/s`,
  });
  rows.push({ bench: B, case: 'growth 250 KB → 1 MB (time ratio for 4× the text)', value: full[2]! / full[1]!, unit: '×', note: `60 KB → 250 KB: ${(full[1]! / full[0]!).toFixed(2)}×; target ≤ 4.5×` });
  // One-character edits, as a writer types: each on the version before, at a random place,
  // analysed with the document's AnalysisCache (what the server keeps). Beside them, full checks of
  // the same version without a cache, in blocks taken in turn with the edits' (as above).
  const text = texts[1]!;
  const cache = new AnalysisCache();
  analyze(text, corpus, options, TODAY, cache);
  const rnd = seeded(11);
  let current = text;
  const again: number[] = [];
  const whole: number[] = [];
  for (let round = 0; round < 6; round++) {
    for (let k = 0; k < 22; k++) {
      const at = Math.floor(rnd() * current.length);
      current = current.slice(0, at) + 'x' + current.slice(at);
      const s = performance.now();
      analyze(current, corpus, options, TODAY, cache);
      if (k >= 2 && round > 0) again.push(performance.now() - s);
    }
    for (let k = 0; k < 8; k++) {
      const s = performance.now();
      analyze(current, corpus, options, TODAY);
      if (k >= 2) whole.push(performance.now() - s);
    }
  }
  const same = JSON.stringify(analyze(current, corpus, options, TODAY, cache).findings) === JSON.stringify(analyze(current, corpus, options, TODAY).findings);
  const inc = median(again);
  const fullMs = median(whole);
  rows.push({
    bench: B,
    case: 're-check after a one-character edit, 250 KB',
    value: inc,
    unit: 'ms',
    note: `${((100 * inc) / fullMs).toFixed(1)}% of a full check (${fullMs.toFixed(1)} ms), p95 ${percentile(again, 95).toFixed(1)} ms over ${again.length} edits; findings ${same ? 'identical to' : 'DIFFERENT from'} a full check; target ≤ 10%`,
  });
  return rows;
}

/**
 * The real documents of test/realdata joined by blank lines until `bytes`, taken in turn from each
 * of its sets (the outside set, every probe) in path order: text as writers and sites publish it,
 * at its own density of citations.
 */
export function realReport(bytes: number): { text: string; documents: number } {
  const root = path.join(ROOT, 'test', 'realdata');
  const files = (d: string): string[] =>
    readdirSync(d)
      .sort()
      .flatMap((f) => {
        const p = path.join(d, f);
        return statSync(p).isDirectory() ? files(p) : f.endsWith('.txt') ? [p] : [];
      });
  const sets = readdirSync(root)
    .sort()
    .map((d) => path.join(root, d))
    .filter((d) => statSync(d).isDirectory())
    .map(files)
    .filter((fs) => fs.length > 0);
  const parts: string[] = [];
  let size = 0;
  for (let k = 0; size < bytes && sets.some((fs) => k < fs.length); k++)
    for (const fs of sets) {
      if (k >= fs.length || size >= bytes) continue;
      const t = readFileSync(fs[k]!, 'utf8');
      parts.push(t);
      size += Buffer.byteLength(t) + 2;
    }
  return { text: parts.join('\n\n'), documents: parts.length };
}

/** CPU time (user + system) of this process's finished children, in ms (Linux; NaN elsewhere). */
function childCpuMs(): number {
  try {
    // /proc/self/stat: fields 16 and 17 are cutime and cstime, in clock ticks (100 a second).
    const stat = readFileSync('/proc/self/stat', 'utf8');
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(f[13]) + Number(f[14])) * 10;
  } catch {
    return NaN;
  }
}

function wall(args: string[], env?: Record<string, string>): number {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, args, { encoding: 'utf8', env: env ? { ...process.env, ...env } : undefined });
  if (r.error) throw r.error;
  return performance.now() - t0;
}

/** The gazette folder's files, in name order. */
function gazetteFiles(): string[] {
  const files: string[] = [];
  const walk = (d: string): void => {
    for (const n of readdirSync(d).sort()) {
      const p = path.join(d, n);
      if (statSync(p).isDirectory()) walk(p);
      else files.push(p);
    }
  };
  walk(GAZETTE);
  return files;
}

/** Half the files, alternately by size (largest first), so that two halves weigh the same. */
function halvesBySize(files: string[]): string[][] {
  const bySize = files.map((f) => [f, statSync(f).size] as const).sort((a, b) => b[1] - a[1]);
  return [0, 1].map((h) => bySize.filter((_, i) => i % 2 === h).map(([f]) => f));
}

/**
 * The CLI's rows: a one-page check with the code cache and without it (VANBAN_CODE_CACHE=off), beside
 * `node -e ""`, the three interleaved; the gazette folder checked and learned with --jobs 1 and 2,
 * interleaved too (the machine is shared: a neighbour's burst then hits both), medians of three.
 */
async function cliRows(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const cli: number[] = [];
  const plain: number[] = [];
  const floor: number[] = [];
  for (let i = 0; i < 11; i++) {
    floor.push(wall(['-e', '']));
    cli.push(wall([CLI, 'check', ONE_PAGE, '--today', TODAY]));
    plain.push(wall([CLI, 'check', ONE_PAGE, '--today', TODAY], { VANBAN_CODE_CACHE: 'off' }));
  }
  const f = median(floor);
  rows.push({ bench: B, case: '`vanban check` one page, whole process', value: median(cli), unit: 'ms', note: `${(median(cli) / f).toFixed(2)}× \`node -e ""\` (${f.toFixed(0)} ms) in the same run; target ≤ 2.5×` });
  rows.push({ bench: B, case: '`vanban check` one page, code cache off', value: median(plain), unit: 'ms', note: `${(median(plain) / f).toFixed(2)}× \`node -e ""\`; the cache saves ${(median(plain) - median(cli)).toFixed(0)} ms` });
  if (!existsSync(GAZETTE)) {
    rows.push({ bench: B, case: '`vanban check` gazette (absent: ../shared/realdata/congbao)', value: 0, unit: '-' });
    return rows;
  }
  const files = gazetteFiles();
  const run = (jobs: number) => {
    const cpu0 = childCpuMs();
    const t0 = performance.now();
    const r = spawnSync(process.execPath, [CLI, 'check', ...files, '--today', TODAY, '--format', 'json', '--jobs', String(jobs)], { encoding: 'utf8', maxBuffer: 1 << 30 });
    return { ms: performance.now() - t0, cpu: childCpuMs() - cpu0, out: r.stdout + r.stderr + r.status };
  };
  // The machine's own ceiling for this work: two separate processes, each checking half the files
  // (alternately by size, so the halves weigh the same), started together. No thread, no sharing:
  // whatever two cores give this work here.
  const halves = halvesBySize(files);
  const oneProcess = (list: string[]) =>
    new Promise<void>((resolve, reject) => {
      // One thread each (--jobs defaults to the core count: two workers more would share the two cores).
      const child = spawn(process.execPath, [CLI, 'check', ...list, '--today', TODAY, '--format', 'json', '--jobs', '1'], { stdio: 'ignore' });
      child.on('error', reject);
      child.on('exit', () => resolve());
    });
  const pair = async () => {
    const t0 = performance.now();
    await Promise.all(halves.map(oneProcess));
    return performance.now() - t0;
  };
  const ones: number[] = [];
  const twos: number[] = [];
  const pairs: number[] = [];
  const cpu1: number[] = [];
  const cpu2: number[] = [];
  let same = true;
  const load = loadavg()[0]!;
  for (let k = 0; k < 3; k++) {
    const one = run(1);
    const two = run(2);
    pairs.push(await pair());
    ones.push(one.ms);
    twos.push(two.ms);
    cpu1.push(one.cpu);
    cpu2.push(two.cpu);
    same &&= one.out === two.out;
  }
  const [c1, c2] = [median(ones), median(twos)];
  const s = (xs: number[]) => xs.map((x) => (x / 1000).toFixed(1)).join(', ');
  rows.push({ bench: B, case: `\`vanban check\` ${files.length} gazette files, --jobs 1`, value: c1, unit: 'ms', note: `CPU time ${(median(cpu1) / 1000).toFixed(1)} s; load average ${load.toFixed(1)} on ${availableParallelism()} cores before the runs` });
  rows.push({ bench: B, case: `\`vanban check\` ${files.length} gazette files, --jobs 2`, value: c2, unit: 'ms', note: `${(c1 / c2).toFixed(2)}× faster than one thread (runs: ${s(ones)} s vs ${s(twos)} s); CPU time ${(median(cpu2) / 1000).toFixed(1)} s; output ${same ? 'identical' : 'DIFFERENT'}; target ≥ 1.7×` });
  const cp = median(pairs);
  rows.push({ bench: B, case: `the same ${files.length} files, two processes side by side (half each)`, value: cp, unit: 'ms', note: `${(c1 / cp).toFixed(2)}× faster than one thread (runs: ${s(pairs)} s): what two cores give this work on this machine without threads; --jobs 2 reaches ${((c1 / c2 / (c1 / cp)) * 100).toFixed(0)}% of it` });
  // Learning the same folder as a user corpus (cold: no cache), one thread and two.
  const tmp = mkdtempSync(path.join(tmpdir(), 'vanban-bench-build-'));
  const build = (jobs: number) => {
    const out = path.join(tmp, `index-${jobs}.json`);
    const t0 = performance.now();
    spawnSync(process.execPath, [CLI, 'corpus', 'build', GAZETTE, '-o', out, '--jobs', String(jobs)], { encoding: 'utf8' });
    return { ms: performance.now() - t0, out: readFileSync(out, 'utf8') };
  };
  const b1s: number[] = [];
  const b2s: number[] = [];
  let sameIndex = true;
  for (let k = 0; k < 3; k++) {
    const b1 = build(1);
    const b2 = build(2);
    b1s.push(b1.ms);
    b2s.push(b2.ms);
    sameIndex &&= b1.out === b2.out;
  }
  const [d1, d2] = [median(b1s), median(b2s)];
  rows.push({ bench: B, case: '`vanban corpus build` gazette folder, --jobs 1', value: d1, unit: 'ms' });
  rows.push({ bench: B, case: '`vanban corpus build` gazette folder, --jobs 2', value: d2, unit: 'ms', note: `${(d1 / d2).toFixed(2)}× faster than one thread; index ${sameIndex ? 'identical' : 'DIFFERENT'}` });
  return rows;
}

// A warm-threads worker (run with `eval`): loads the core bundle and the bundled corpus, checks its
// files three times to warm the engine, says "ready", then checks them once more for each message
// and answers with the milliseconds it took.
const WARM_WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const { readFileSync } = require('node:fs');
const core = require(workerData.bundle);
(async () => {
  const { index } = await core.loadCorpus({ bundledDir: workerData.corpus, userDirs: [] });
  const { options } = core.resolveOptions(undefined, core.RULE_CODES);
  const texts = workerData.files.map((f) => readFileSync(f, 'utf8'));
  const pass = () => {
    const t0 = performance.now();
    for (const t of texts) core.analyze(t, index, options, workerData.today);
    return performance.now() - t0;
  };
  for (let k = 0; k < 3; k++) pass();
  parentPort.on('message', () => parentPort.postMessage(pass()));
  parentPort.postMessage('ready');
})();
`;

/**
 * Where --jobs 2 loses its second core, measured: the gazette folder's analysis alone (read and every
 * rule; no CLI, no start) on one thread, and on two worker threads with half the files each, every
 * thread warmed first by three passes. Beside it, the one thread's first pass, cold, against a warm
 * one: its wall time and the process's CPU time (V8's helper threads included) — what each new
 * thread pays again before its engine runs at speed.
 */
async function warmThreadRows(): Promise<BenchRow[]> {
  if (!existsSync(GAZETTE)) return [{ bench: B, case: 'gazette on warm threads (absent: ../shared/realdata/congbao)', value: 0, unit: '-' }];
  const core = await coreBundle();
  const corpus = await bundledCorpus(core);
  const { options } = core.resolveOptions(undefined, core.RULE_CODES);
  const files = gazetteFiles();
  const texts = files.map((f) => readFileSync(f, 'utf8'));
  const pass = () => {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    for (const t of texts) core.analyze(t, corpus, options, TODAY);
    const c = process.cpuUsage(c0);
    return { ms: performance.now() - t0, cpu: (c.user + c.system) / 1000 };
  };
  const cold = pass();
  const warm = [pass(), pass()].at(-1)!;
  const { Worker } = await import('node:worker_threads');
  const workers = halvesBySize(files).map((half) => new Worker(WARM_WORKER, { eval: true, workerData: { bundle: coreBundleFile(), corpus: path.join(ROOT, 'corpus'), files: half, today: TODAY } }));
  const answer = (w: InstanceType<typeof Worker>) =>
    new Promise<unknown>((resolve, reject) => {
      w.once('message', resolve);
      w.once('error', reject);
    });
  try {
    await Promise.all(workers.map(answer)); // "ready"
    const ones: number[] = [];
    const twos: number[] = [];
    for (let round = 0; round < 3; round++) {
      ones.push(pass().ms);
      const t0 = performance.now();
      await Promise.all(
        workers.map((w) => {
          const a = answer(w);
          w.postMessage('go');
          return a;
        }),
      );
      twos.push(performance.now() - t0);
    }
    const [one, two] = [median(ones), median(twos)];
    const s = (xs: number[]) => xs.map((x) => (x / 1000).toFixed(2)).join(', ');
    return [
      { bench: B, case: `gazette analysis (${files.length} files), two warm threads, half each`, value: two, unit: 'ms', note: `${(one / two).toFixed(2)}× one warm thread (runs: ${s(ones)} s vs ${s(twos)} s); the analysis alone, every thread warmed by three passes: what --jobs 2 could reach if a new thread's engine did not start cold` },
      { bench: B, case: 'gazette analysis, one thread\'s first pass (cold)', value: cold.ms, unit: 'ms', note: `${(cold.ms / warm.ms).toFixed(2)}× the wall time of a warm pass (${(warm.ms / 1000).toFixed(2)} s); CPU time of the process, V8's helper threads included, ${(cold.cpu / 1000).toFixed(2)} s against ${(warm.cpu / 1000).toFixed(2)} s warm: ${((cold.cpu - warm.cpu) / 1000).toFixed(2)} s of compiling and first-use work that each new thread pays again` },
    ];
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}

function rssMb(c: TestClient): number {
  return memMb(c).rss;
}

/** Apply a one-character insertion at a random place; returns the new text. */
async function typeOne(c: TestClient, uri: string, text: string, version: number, rnd: () => number): Promise<string> {
  const at = Math.floor(rnd() * text.length);
  const pos = new LineMap(text).position(at);
  await c.change(uri, version, [{ range: { start: pos, end: pos }, text: 'x' }]);
  return text.slice(0, at) + 'x' + text.slice(at);
}

async function protocolRows(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const report = denseReport(250_000);
  // Fifty edits: a p95 of 25 samples was their second slowest, one hiccup of a shared machine away.
  const edits = 50;
  // Pull: a pull right after every edit, answered when the analysis of that version is done.
  {
    const c = await startServer({ capabilities: PULL, today: TODAY });
    const uri = await c.open('bench-pull.md', report);
    let t0 = performance.now();
    await c.conn.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } });
    const openMs = performance.now() - t0;
    const rnd = seeded(5);
    let text = report;
    const times: number[] = [];
    for (let v = 2; v < 2 + edits; v++) {
      text = await typeOne(c, uri, text, v, rnd);
      t0 = performance.now();
      await c.conn.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } });
      times.push(performance.now() - t0);
    }
    rows.push({ bench: B, case: 'protocol, 250 KB, pull: edit → diagnostics p95', value: percentile(times, 95), unit: 'ms', note: `p50 ${median(times).toFixed(0)} ms over ${edits} edits; open → first pull ${openMs.toFixed(0)} ms; target ≤ 50 ms` });
    await c.stop();
  }
  // Push: with the debounce pinned to 0 (what follows the debounce), then as a writer has it (twice
  // the last analysis time, 50–500 ms).
  const pushRun = async (env: Record<string, string>, seed: number) => {
    const c = await startServer({ capabilities: PUSH_ONLY, today: TODAY, env });
    let t0 = performance.now();
    const uri = await c.open('bench-push.md', report);
    await c.waitFor('first push', () => c.published.get(uri), 30000);
    const openMs = c.publishedAt.get(uri)! - t0;
    const rnd = seeded(seed);
    let text = report;
    const times: number[] = [];
    for (let v = 2; v < 2 + edits; v++) {
      text = await typeOne(c, uri, text, v, rnd);
      t0 = performance.now();
      await c.waitFor('push', () => c.published.get(uri)?.version === v, 30000);
      // The moment it arrived, not the poll that saw it.
      times.push(c.publishedAt.get(uri)! - t0);
    }
    await c.stop();
    return { times, openMs };
  };
  {
    const after = await pushRun({ VANBAN_PUSH_DELAY_MS: '0' }, 6);
    const adaptive = await pushRun({}, 7);
    rows.push({
      bench: B,
      case: 'protocol, 250 KB, push: edit → diagnostics p95 after the debounce',
      value: percentile(after.times, 95),
      unit: 'ms',
      note: `p50 ${median(after.times).toFixed(0)} ms (debounce pinned to 0); with the adaptive debounce (2× the analysis, ≥ 50 ms) p50 ${median(adaptive.times).toFixed(0)} ms, p95 ${percentile(adaptive.times, 95).toFixed(0)} ms; open → first push ${after.openMs.toFixed(0)} ms; target ≤ 50 ms`,
    });
  }
  // Start → first diagnostics on a one-page report, beside a bare Node start and a start without the
  // code cache (VANBAN_CODE_CACHE=off), the three interleaved.
  {
    const starts: number[] = [];
    const plain: number[] = [];
    const floors: number[] = [];
    const rss: number[] = [];
    const start = async (env: Record<string, string>) => {
      const t0 = performance.now();
      const c = await startServer({ capabilities: PUSH_ONLY, today: TODAY, env });
      const uri = await c.open('one-page.md', readFileSync(ONE_PAGE, 'utf8'));
      await c.waitFor('first push', () => c.published.get(uri), 30000);
      const ms = c.publishedAt.get(uri)! - t0;
      const mb = rssMb(c);
      await c.stop();
      return { ms, mb };
    };
    for (let i = 0; i < 7; i++) {
      const s = await start({});
      starts.push(s.ms);
      rss.push(s.mb);
      plain.push((await start({ VANBAN_CODE_CACHE: 'off' })).ms);
      floors.push(wall(['-e', '']));
    }
    const floor = median(floors);
    rows.push({ bench: B, case: 'server start → first diagnostics, one page', value: median(starts), unit: 'ms', note: `${(median(starts) / floor).toFixed(1)}× \`node -e ""\` (${floor.toFixed(0)} ms); without the code cache ${median(plain).toFixed(0)} ms (${(median(plain) / median(starts)).toFixed(2)}×); target ≤ 300 ms` });
    rows.push({ bench: B, case: 'server RSS, bundled corpus, one page open', value: median(rss), unit: 'MB', note: 'target ≤ 100 MB' });
  }
  return [...rows, ...(await indexPauseRows()), ...(await memoryRows())];
}

/**
 * The longest a request waits while the server builds its search index after a corpus load
 * (1.5 s after it): hovers sent one after another for 3 s after the first diagnostics (7 s with
 * 100,000 user records), the index built in slices as shipped beside it built in one piece
 * (VANBAN_INDEX_SLICES=off), in turn.
 */
async function indexPauseRows(): Promise<BenchRow[]> {
  const page = readFileSync(ONE_PAGE, 'utf8');
  const run = async (env: Record<string, string>, paths: string[], seconds: number) => {
    const c = await startServer({ capabilities: PUSH_ONLY, today: TODAY, env, settings: { corpus: { paths } } });
    const uri = await c.open('one-page.md', page);
    await c.waitFor('first push', () => c.published.get(uri), 120000);
    const waits: number[] = [];
    const t0 = performance.now();
    while (performance.now() - t0 < seconds * 1000) {
      const s = performance.now();
      await c.conn.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 0 } });
      waits.push(performance.now() - s);
      await new Promise((r) => setTimeout(r, 2));
    }
    await c.stop();
    return { max: Math.max(...waits), p50: median(waits) };
  };
  const rows: BenchRow[] = [];
  const cases: [label: string, paths: string[], seconds: number, rounds: number][] = [
    ['bundled corpus', [], 3, 3],
    ['100,000 user records', [recordFolder()], 7, 2],
  ];
  for (const [label, paths, seconds, rounds] of cases) {
    const sliced: number[] = [];
    const whole: number[] = [];
    const usual: number[] = [];
    for (let i = 0; i < rounds; i++) {
      const a = await run({}, paths, seconds);
      sliced.push(a.max);
      usual.push(a.p50);
      whole.push((await run({ VANBAN_INDEX_SLICES: 'off' }, paths, seconds)).max);
    }
    rows.push({
      bench: B,
      case: `longest wait of a request while the search index is built, ${label}`,
      value: median(sliced),
      unit: 'ms',
      note: `index built in slices; in one piece ${median(whole).toFixed(0)} ms (${(median(whole) / median(sliced)).toFixed(1)}× longer); medians of ${rounds} starts each, in turn; a hover's usual wait (median) ${median(usual).toFixed(1)} ms`,
    });
  }
  return rows;
}

/** Resident and peak memory of the server process, MB (VmRSS, VmHWM). */
function memMb(c: TestClient): { rss: number; peak: number } {
  const s = readFileSync(`/proc/${c.proc.pid}/status`, 'utf8');
  const kb = (k: string) => Number(new RegExp(`${k}:\\s+(\\d+)`).exec(s)?.[1] ?? NaN) / 1024;
  return { rss: kb('VmRSS'), peak: kb('VmHWM') };
}

/**
 * Server memory with a 100,000-record user corpus (synthetic records, ten record files in a
 * temporary folder), beside the same server with the bundled corpus alone, in the same run:
 * without a storage folder (the case of the issue), then with one (as in VS Code, which always
 * gives one) on a cold start, which writes the cache, and a warm start, which reads it. Each is
 * measured after the first diagnostics and one completion (the search index is built by then),
 * as a writer gets there; the peak (VmHWM) is in the note.
 */
async function memoryRows(baseCommit?: string): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  // VANBAN_BENCH_BASE=<commit> with VANBAN_BENCH_ONLY=memory: that commit's server, built in a
  // temporary folder, started beside this one's (started by its own test helper).
  type Start = typeof startServer;
  let startBase: Start | null = null;
  if (baseCommit) {
    const tree = commitTree(baseCommit, { build: true });
    if ('error' in tree) return [{ bench: B, case: `base ${baseCommit}`, value: 0, unit: '-', note: `cannot build: ${tree.error.slice(0, 200)}` }];
    startBase = ((await import(path.join(tree.dir, 'test', 'helpers', 'lsp'))) as { startServer: Start }).startServer;
  }
  const dir = recordFolder();
  // The storage folder of the warm starts, filled by a first start.
  const storage = mkdtempSync(path.join(tmpdir(), 'vanban-bench-storage-'));
  const page = readFileSync(ONE_PAGE, 'utf8');
  const run = async (paths: string[], storagePath?: string, start: Start = startServer) => {
    const t0 = performance.now();
    const c = await start({ capabilities: PUSH_ONLY, today: TODAY, settings: { corpus: { paths } }, ...(storagePath ? { initializationOptions: { storagePath } } : {}) });
    const uri = await c.open('one-page.md', page);
    await c.waitFor('first push', () => c.published.get(uri), 120000);
    const ms = (c.publishedAt.get(uri) ?? performance.now()) - t0;
    await c.conn.sendRequest('textDocument/completion', { textDocument: { uri }, position: { line: 0, character: 0 } });
    const status = await c.conn.sendRequest(ExecuteCommandRequest.type, { command: 'vanban.corpusStatus' }).catch(() => null);
    const loaded = status && typeof status === 'object' && 'records' in status ? String((status as { records: number }).records) : '?';
    const mem = memMb(c);
    await c.stop();
    return { ms, loaded, ...mem };
  };
  // Three of each, in turn, and the medians (RSS moves by tens of MB with the moment the
  // collector last ran).
  const runs: Record<'bundled' | 'plain' | 'cold' | 'warm' | 'basePlain' | 'baseCold' | 'baseWarm', Awaited<ReturnType<typeof run>>[]> = { bundled: [], plain: [], cold: [], warm: [], basePlain: [], baseCold: [], baseWarm: [] };
  const baseStorage = mkdtempSync(path.join(tmpdir(), 'vanban-bench-storage-'));
  await run([dir], storage);
  if (startBase) await run([dir], baseStorage, startBase);
  const fresh = () => mkdtempSync(path.join(tmpdir(), 'vanban-bench-storage-'));
  for (let i = 0; i < 3; i++) {
    runs.bundled.push(await run([]));
    runs.plain.push(await run([dir]));
    // A cold start with a storage folder: an empty one each time.
    runs.cold.push(await run([dir], fresh()));
    runs.warm.push(await run([dir], storage));
    if (!startBase) continue;
    runs.basePlain.push(await run([dir], undefined, startBase));
    runs.baseCold.push(await run([dir], fresh(), startBase));
    runs.baseWarm.push(await run([dir], baseStorage, startBase));
  }
  type Run = Awaited<ReturnType<typeof run>>;
  const sum = (xs: Run[]) => ({
    rss: median(xs.map((x) => x.rss)),
    peak: median(xs.map((x) => x.peak)),
    ms: median(xs.map((x) => x.ms)),
    spread: `RSS of 3 starts ${Math.min(...xs.map((x) => x.rss)).toFixed(0)}–${Math.max(...xs.map((x) => x.rss)).toFixed(0)} MB`,
    loaded: xs[0]!.loaded,
  });
  const bundled = sum(runs.bundled);
  const plain = sum(runs.plain);
  const cold = sum(runs.cold);
  const warm = sum(runs.warm);
  const beside = `bundled corpus alone ${bundled.rss.toFixed(0)} MB, first diagnostics ${bundled.ms.toFixed(0)} ms`;
  const was = (xs: Run[]) => {
    if (!xs.length) return '';
    const b = sum(xs);
    return `; ${baseCommit}: ${b.rss.toFixed(0)} MB (${b.spread.replace('RSS of 3 starts ', '')}), peak ${b.peak.toFixed(0)}, first diagnostics ${b.ms.toFixed(0)} ms`;
  };
  rows.push(
    { bench: B, case: 'server RSS, 100,000-record user corpus', value: plain.rss, unit: 'MB', note: `${plain.spread}, peak ${plain.peak.toFixed(0)}; ${plain.loaded} records loaded; first diagnostics after ${plain.ms.toFixed(0)} ms (cold: every record validated); ${beside}; medians; target ≤ 300 MB${was(runs.basePlain)}` },
    { bench: B, case: 'server RSS, 100k records, storage folder, cold', value: cold.rss, unit: 'MB', note: `${cold.spread}, peak ${cold.peak.toFixed(0)}; first diagnostics after ${cold.ms.toFixed(0)} ms (the cache is written)${was(runs.baseCold)}` },
    { bench: B, case: 'server RSS, 100k records, storage folder, warm', value: warm.rss, unit: 'MB', note: `${warm.spread}, peak ${warm.peak.toFixed(0)}; first diagnostics after ${warm.ms.toFixed(0)} ms, ${(cold.ms / warm.ms).toFixed(2)}× faster than cold (records read again, not checked again)${was(runs.baseWarm)}` },
  );
  return rows;
}

/** The milliseconds `f` takes, pushed to `into` (when given). */
function timed(f: () => unknown, into: number[] | null): void {
  const t0 = performance.now();
  f();
  into?.push(performance.now() - t0);
}

/**
 * `a` and `b` in turn, the first of the pair swapped each round: run in a fixed order, the second of a pair measured up to
 * 12 % slower even when both were the same commit (thirty-sixth and thirty-seventh sessions), which made a session's own
 * tree look 5–7 % slower than its start.
 */
function inTurn(round: number, a: () => void, b: () => void): void {
  if (round % 2 === 0) {
    a();
    b();
  } else {
    b();
    a();
  }
}

/**
 * VANBAN_BENCH_BASE=<commit>: the full check of that commit's core beside this tree's, in this
 * process, alternating, on the dense reports — and whether the findings are the same.
 */
async function baseRows(commit: string): Promise<BenchRow[]> {
  const tree = commitTree(commit, { paths: ['server'] });
  if ('error' in tree) return [{ bench: B, case: `base ${commit}`, value: 0, unit: '-', note: `cannot extract: ${tree.error}` }];
  const dir = tree.dir;
  type Core = { analyze: typeof analyze; resolveOptions: typeof resolveOptions; RULE_CODES: typeof RULE_CODES };
  type Loader = { loadCorpus: (o: { bundledDir: string; userDirs: string[] }) => Promise<{ index: CorpusIndex }> };
  const baseCore = (await import(path.join(dir, 'server/src/core/index'))) as Core;
  const baseLoader = (await import(path.join(dir, 'server/src/host/corpus-loader'))) as Loader;
  const bundled = path.join(ROOT, 'corpus');
  const ia = (await baseLoader.loadCorpus({ bundledDir: bundled, userDirs: [] })).index;
  const ib = await bundledIndex();
  const oa = baseCore.resolveOptions(undefined, baseCore.RULE_CODES).options;
  const ob = resolveOptions(undefined, RULE_CODES).options;
  const rows: BenchRow[] = [];
  for (const size of [60_000, 250_000]) {
    const text = denseReport(size);
    const same = JSON.stringify(baseCore.analyze(text, ia, oa, TODAY).findings) === JSON.stringify(analyze(text, ib, ob, TODAY).findings);
    const ta: number[] = [];
    const tb: number[] = [];
    for (let i = 0; i < 26; i++)
      inTurn(i, () => timed(() => baseCore.analyze(text, ia, oa, TODAY), ta), () => timed(() => analyze(text, ib, ob, TODAY), tb));
    // The last ten of each: both warmed up by then.
    const a = median(ta.slice(-10));
    const b = median(tb.slice(-10));
    rows.push({ bench: B, case: `full check ${size / 1000} KB: ${commit} beside this tree`, value: a / b, unit: '× faster', note: `${a.toFixed(1)} ms → ${b.toFixed(1)} ms; findings ${same ? 'identical' : 'DIFFERENT'}` });
  }
  // The re-check the same way: one-character edits at the same places, each tree with its own cache, in turn.
  const text = denseReport(250_000);
  const BaseCache = (baseCore as unknown as { AnalysisCache: new () => unknown }).AnalysisCache;
  const baseAnalyze = baseCore.analyze as unknown as (t: string, c: CorpusIndex, o: unknown, d: string, cache: unknown) => unknown;
  const ca = new BaseCache();
  const cb = new AnalysisCache();
  baseAnalyze(text, ia, oa, TODAY, ca);
  analyze(text, ib, ob, TODAY, cb);
  const rnd = seeded(11);
  let current = text;
  const ra: number[] = [];
  const rb: number[] = [];
  for (let k = 0; k < 120; k++) {
    const at = Math.floor(rnd() * current.length);
    current = current.slice(0, at) + 'x' + current.slice(at);
    // Both see the text flat: the first to touch a new version pays V8's flattening of it (about 1.4 ms here).
    void current.charCodeAt(0);
    // The first twenty edits warm both up and are not kept.
    const kept = k >= 20;
    inTurn(k, () => timed(() => baseAnalyze(current, ia, oa, TODAY, ca), kept ? ra : null), () => timed(() => analyze(current, ib, ob, TODAY, cb), kept ? rb : null));
  }
  const a = median(ra);
  const b = median(rb);
  rows.push({ bench: B, case: `re-check after a one-character edit, 250 KB: ${commit} beside this tree`, value: a / b, unit: '× faster', note: `${a.toFixed(2)} ms → ${b.toFixed(2)} ms (medians of 100 edits, in turn, each tree with its own cache)` });
  return rows;
}

export default async function bench(): Promise<BenchRow[]> {
  if (process.env.VANBAN_BENCH_BASE && process.env.VANBAN_BENCH_ONLY === 'memory') return memoryRows(process.env.VANBAN_BENCH_BASE);
  if (process.env.VANBAN_BENCH_BASE) return baseRows(process.env.VANBAN_BENCH_BASE);
  // VANBAN_BENCH_ONLY=throughput|cli|threads|protocol|memory runs one part (the whole takes minutes).
  const only = process.env.VANBAN_BENCH_ONLY;
  if (only === 'protocol') return protocolRows();
  if (only === 'cli') return cliRows();
  if (only === 'memory') return memoryRows();
  if (only === 'throughput') return throughputRows();
  if (only === 'threads') return warmThreadRows();
  // Each part in a process of its own: in one process, the protocol part's client (which parses
  // 0.6 MB of diagnostics per edit) collected the throughput part's heap too, and its pauses of up
  // to 30 ms landed in the edit → diagnostics times (push p95 50 ms in the whole run, 25–28 ms alone).
  return ['throughput', 'cli', 'threads', 'protocol'].flatMap(partInChild);
}

function partInChild(part: string): BenchRow[] {
  process.stderr.write(`  check: ${part}…\n`);
  const r = spawnSync(process.execPath, ['--import', 'tsx', __filename], {
    env: { ...process.env, VANBAN_BENCH_ONLY: part, VANBAN_BENCH_ROWS: 'json' },
    encoding: 'utf8',
    maxBuffer: 1 << 26,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  if (r.status !== 0) throw new Error(`bench part ${part} failed (${r.status ?? r.signal})`);
  return JSON.parse(r.stdout) as BenchRow[];
}

// Run as a part's process (partInChild): the rows as JSON on stdout.
if (require.main === module && process.env.VANBAN_BENCH_ROWS === 'json') void bench().then((rows) => process.stdout.write(JSON.stringify(rows)));

