// Guards speed work against changed results (issue 13: "results must not change"). Writes, for
// every text of the gazette folder (../shared, when present), the outside set, examples/ and the
// bench's dense reports, everything a check produces — the reading (spans, dates, terms,
// citations, header, sections), each citation's resolution and the findings — as one JSON file
// per set, and compares those files with a saved copy. Also the CLI's `check --format json`
// output for each set, which is what users see.
//
//   node --import tsx scripts/findings-snapshot.ts save DIR      (before a change; after `npm run build`)
//   node --import tsx scripts/findings-snapshot.ts compare DIR   (after it: exit 1 on any difference)

import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { analyze, resolveOptions, RULE_CODES, type CorpusIndex } from '../server/src/core/index';
import type { Resolution } from '../server/src/core/corpus/corpus-index';
import { loadCorpus } from '../server/src/host/corpus-loader';
import { denseReport } from '../bench/extract.bench';

const ROOT = path.resolve(__dirname, '..');
const CLI = path.join(ROOT, 'dist', 'cli.js');
const TODAY = '2026-11-23';
const SETS: Record<string, string> = {
  gazette: path.resolve(ROOT, '..', 'shared', 'realdata', 'congbao', 'docs'),
  outside: path.join(ROOT, 'test', 'realdata', 'outside', 'docs'),
  examples: path.join(ROOT, 'examples'),
  correct: path.join(ROOT, 'test', 'realdata', 'correct-citations-2026-12', 'drafts'),
  // Every outside probe set, named after its folder (probe-2026-12zo → probeZO): a set added later is compared too.
  ...Object.fromEntries(
    readdirSync(path.join(ROOT, 'test', 'realdata'))
      .filter((d) => /^probe-2026-12(?:[a-z]*|-\d+)$/.test(d))
      .sort()
      .map((d) => [`probe${d.slice('probe-2026-12'.length).toUpperCase()}`, path.join(ROOT, 'test', 'realdata', d, 'docs')]),
  ),
};

function files(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const n of readdirSync(d).sort()) {
      const p = path.join(d, n);
      if (statSync(p).isDirectory()) walk(p);
      else if (/\.(md|txt)$/.test(n)) out.push(p);
    }
  };
  walk(dir);
  return out;
}

/** A resolution without the record bodies: which record, how sure, which candidates, what contradicts. */
function brief(r: Resolution | null): unknown {
  if (!r) return null;
  return { key: r.entry.key, certainty: r.certainty, candidates: r.candidates.map((c) => c.key), mismatch: r.mismatch ?? null };
}

function snapshot(texts: [string, string][], corpus: CorpusIndex, reportDate?: string): string {
  const { options } = resolveOptions(reportDate ? { reportDate } : undefined, RULE_CODES);
  const lines: string[] = [];
  for (const [name, text] of texts) {
    const a = analyze(text, corpus, options, TODAY);
    const { nt, ...rest } = a.reading;
    lines.push(JSON.stringify({
      name,
      nt: nt.text,
      reading: rest,
      reportDate: a.reportDate,
      reportDateSource: a.reportDateSource,
      province: a.province,
      resolutions: a.resolutions.map(brief),
      findings: a.findings,
    }));
  }
  return lines.join('\n') + '\n';
}

function cli(dir: string, extra: string[] = []): string {
  const r = spawnSync(process.execPath, [CLI, 'check', dir, '--today', TODAY, '--format', 'json', ...extra], { encoding: 'utf8', maxBuffer: 1 << 30 });
  return `${r.stdout}\n--- stderr\n${r.stderr}\n--- status ${r.status}\n`;
}

async function outputs(): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const bundled = (await loadCorpus({ bundledDir: path.join(ROOT, 'corpus'), userDirs: [] })).index;
  out.set('dense.jsonl', snapshot([60_000, 250_000, 1_000_000].map((n) => [`dense-${n}`, denseReport(n)]), bundled));
  for (const [set, dir] of Object.entries(SETS)) {
    if (!existsSync(dir)) {
      process.stderr.write(`${set}: ${dir} absent, skipped\n`);
      continue;
    }
    const texts = files(dir).map((f): [string, string] => [path.relative(dir, f), readFileSync(f, 'utf8')]);
    out.set(`${set}.jsonl`, snapshot(texts, bundled));
    out.set(`${set}.cli.json`, cli(dir));
  }
  // Bodies without their headers, dated by the option: 2018 makes many narrated dates future
  // (date-future), 2026 makes the names of bodies that ceased in 2025 anachronisms
  // (organisation-renamed) — rules the texts above, dated by their own headers, barely reach.
  const bodies: [string, string][] = [];
  const seeds = path.resolve(ROOT, '..', 'shared', 'seeds');
  for (const dir of [SETS.outside!, SETS.examples!, seeds]) if (existsSync(dir)) for (const f of files(dir)) bodies.push([f, readFileSync(f, 'utf8')]);
  if (existsSync(SETS.gazette!)) files(SETS.gazette!).forEach((f, i) => i % 7 === 0 && bodies.push([f, readFileSync(f, 'utf8')]));
  const headless = bodies.map(([f, t]): [string, string] => [path.relative(ROOT, f), t.split('\n').slice(15).join('\n')]);
  out.set('bodies-2018.jsonl', snapshot(headless, bundled, '2018-06-30'));
  out.set('bodies-2026.jsonl', snapshot(headless, bundled, '2026-06-30'));
  // The outside set against the gazette folder as a user corpus: user-document records, provinces
  // and layers go through resolve's other branches.
  if (existsSync(SETS.gazette!)) {
    const withUser = (await loadCorpus({ bundledDir: path.join(ROOT, 'corpus'), userDirs: [SETS.gazette!] })).index;
    const texts = files(SETS.outside!).map((f): [string, string] => [path.relative(SETS.outside!, f), readFileSync(f, 'utf8')]);
    out.set('outside-with-gazette-corpus.jsonl', snapshot(texts, withUser));
  }
  return out;
}

async function main(): Promise<void> {
  const [mode, dir] = process.argv.slice(2);
  if ((mode !== 'save' && mode !== 'compare') || !dir) {
    process.stderr.write('usage: findings-snapshot.ts save|compare DIR\n');
    process.exit(2);
  }
  const now = await outputs();
  if (mode === 'save') {
    mkdirSync(dir, { recursive: true });
    for (const [name, body] of now) writeFileSync(path.join(dir, name), body);
    for (const [name, body] of now) process.stdout.write(`${name}: ${body.length} chars\n`);
    return;
  }
  let differ = 0;
  for (const [name, body] of now) {
    const file = path.join(dir, name);
    const saved = existsSync(file) ? readFileSync(file, 'utf8') : null;
    if (saved === body) {
      process.stdout.write(`same      ${name}\n`);
      continue;
    }
    differ++;
    if (saved === null) {
      process.stdout.write(`MISSING   ${name} (not in ${dir})\n`);
      continue;
    }
    const a = saved.split('\n');
    const b = body.split('\n');
    const i = a.findIndex((l, k) => l !== b[k]);
    const at = i < 0 ? Math.min(a.length, b.length) : i;
    const la = a[at] ?? '';
    const lb = b[at] ?? '';
    let c = 0;
    while (c < la.length && la[c] === lb[c]) c++;
    process.stdout.write(`DIFFERENT ${name}, line ${at + 1}, column ${c + 1}:\n  saved: …${la.slice(Math.max(0, c - 120), c + 200)}\n  now:   …${lb.slice(Math.max(0, c - 120), c + 200)}\n`);
  }
  process.exit(differ ? 1 : 0);
}

void main();
