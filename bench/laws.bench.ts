// Laws in the bundled corpus: how many citations of laws and codes in the 402 gazette documents
// (../shared/realdata/congbao) the bundled corpus resolves without corpus/laws/ and with it, and
// what the law records cost at load (the bundled corpus loaded with and without them, same run).
//
//   npm run bench -- laws

import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { CorpusIndex, read, type Entry } from '../server/src/core/index';
import { loadCorpus } from '../server/src/host/corpus-loader';
import type { BenchRow } from './run';

const ROOT = path.resolve(__dirname, '..');
const BUNDLED = path.join(ROOT, 'corpus');
const CONGBAO = path.resolve(ROOT, '..', 'shared', 'realdata', 'congbao', 'docs');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = path.join(dir, n);
    return statSync(p).isDirectory() ? files(p) : [p];
  });
}

// The fastest of several loads: on a shared machine the median wanders by 2–4× between runs,
// the minimum (the load when nothing else ran) much less.
async function loadMs(dir: string, runs = 15): Promise<number> {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await loadCorpus({ bundledDir: dir, userDirs: [] });
    best = Math.min(best, performance.now() - t);
  }
  return best;
}

export default async function bench(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  // The bundled corpus without its laws folder, as the obvious alternative.
  const noLaws = mkdtempSync(path.join(tmpdir(), 'vanban-bench-nolaws-'));
  cpSync(BUNDLED, noLaws, { recursive: true });
  rmSync(path.join(noLaws, 'laws'), { recursive: true, force: true });
  // Warm up once each, then alternate, so neither side pays the JIT alone.
  await loadMs(BUNDLED, 1);
  await loadMs(noLaws, 1);
  const withMs = await loadMs(BUNDLED);
  const withoutMs = await loadMs(noLaws);
  const full = (await loadCorpus({ bundledDir: BUNDLED, userDirs: [] })).index;
  const lawRecords = full.directives.filter((d) => /[\\/]laws[\\/]/.test(d.origin.file)).length;
  rows.push({ bench: 'laws', case: `load bundled corpus (${full.directives.length} directives, ${lawRecords} in laws/)`, value: withMs, unit: 'ms', note: `fastest of 15; ${(withMs / withoutMs).toFixed(2)}× the load without laws/` });
  rows.push({ bench: 'laws', case: 'load bundled corpus without laws/', value: withoutMs, unit: 'ms', note: 'fastest of 15' });
  rmSync(noLaws, { recursive: true, force: true });

  if (!existsSync(CONGBAO)) {
    rows.push({ bench: 'laws', case: 'gazette law citations (absent: ../shared/realdata/congbao)', value: 0, unit: '-' });
    return rows;
  }
  const entries: Entry[] = [...full.directives, ...full.terms, ...full.titles, ...full.organisations, ...full.officials, ...full.abbreviations, ...full.kinds];
  const before = new CorpusIndex(full.meta, entries.filter((e) => !/[\\/]laws[\\/]/.test(e.origin.file)));
  let laws = 0;
  let resolvedBefore = 0;
  let resolvedAfter = 0;
  let named = 0;
  let nameMismatch = 0;
  for (const f of files(CONGBAO)) {
    const r = read(readFileSync(f, 'utf8'));
    const reportDate = r.header.placeDate?.date.iso ?? '2026-11-23';
    for (const c of r.citations) {
      if (!c.kind || !/^(?:Luật|Bộ luật)$/.test(c.kind) || !c.id || !/\/QH\d+$/.test(c.id)) continue;
      laws++;
      if (c.name) named++;
      const ctx = { reportDate, province: null };
      if (before.resolve(c, ctx)?.certainty === 'exact') resolvedBefore++;
      const after = full.resolve(c, ctx);
      if (after?.certainty === 'exact') resolvedAfter++;
      if (after?.mismatch) nameMismatch++;
    }
  }
  const pct = (n: number) => `${((100 * n) / Math.max(1, laws)).toFixed(1)} %`;
  rows.push({ bench: 'laws', case: 'gazette: law and code citations with a QH number', value: laws, unit: 'citations', note: `${named} written with a name` });
  rows.push({ bench: 'laws', case: 'resolved (exact) without laws/', value: resolvedBefore, unit: 'citations', note: pct(resolvedBefore) });
  rows.push({ bench: 'laws', case: 'resolved (exact) with laws/', value: resolvedAfter, unit: 'citations', note: `${pct(resolvedAfter)}; ${nameMismatch} with a name the record contradicts` });
  return rows;
}
