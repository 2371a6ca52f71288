// How many citations of real documents the corpus resolves, without and with the gazette-derived
// layer (corpus/gazette/), and what the layer costs at load time.
//
// - gazette, in sample: the 402 Công báo documents the layer was built from. Circular by
//   construction (every id cited by two of them with one date is in), printed for the record only.
// - gazette, held out: the layer rebuilt from every other document (sorted by so_hieu) and
//   measured on the rest, both ways, summed: citations a layer built from other documents resolves.
// - outside: the evaluation set of /work/wt-outside (or test/realdata/outside once merged), never
//   used to build anything. Optional, like the gazette folder: a row says when absent.
//
// Resolution = CorpusIndex.resolve finds a record (exact or probable) for a citation with an id,
// judged as of the document's own date when its header gives one.

import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { CorpusIndex, read, type Citation, type Entry } from '../server/src/core/index';
import { loadCorpus } from '../server/src/host/corpus-loader';
import { CONGBAO, gazetteDocs } from '../scripts/build-gazette-layer';
import { buildGazetteLayer, type GazetteDoc } from '../scripts/gazette-layer';
import type { BenchRow } from './run';

const ROOT = path.resolve(__dirname, '..');
const OUTSIDE = [path.join(ROOT, 'test', 'realdata', 'outside', 'docs'), path.resolve(ROOT, '..', 'wt-outside', 'test', 'realdata', 'outside', 'docs')].find(existsSync);

interface Tally {
  all: number;
  allResolved: number;
  state: number;
  stateResolved: number;
}

function tally(texts: string[], index: CorpusIndex): Tally {
  const t: Tally = { all: 0, allResolved: 0, state: 0, stateResolved: 0 };
  for (const text of texts) {
    const r = read(text);
    const reportDate = r.header.placeDate?.date.iso && r.header.placeDate.date.iso.length === 10 ? r.header.placeDate.date.iso : '2026-11-23';
    const own = r.header.number?.span.start;
    for (const c of r.citations as Citation[]) {
      if (!c.id || c.span.start === own) continue;
      const ok = index.resolve(c, { reportDate, province: null }) !== null;
      t.all++;
      if (ok) t.allResolved++;
      if (c.style === 'state') {
        t.state++;
        if (ok) t.stateResolved++;
      }
    }
  }
  return t;
}

const pct = (n: number, d: number) => (d ? (100 * n) / d : 0);

function rows(name: string, before: Tally, after: Tally, note: string): BenchRow[] {
  return [
    { bench: 'resolution', case: `${name}: state citations resolved, bundled only`, value: pct(before.stateResolved, before.state), unit: '%', note: `${before.stateResolved}/${before.state}` },
    { bench: 'resolution', case: `${name}: state citations resolved, with gazette layer`, value: pct(after.stateResolved, after.state), unit: '%', note: `${after.stateResolved}/${after.state}; ${note}` },
    { bench: 'resolution', case: `${name}: all citations with an id, bundled only`, value: pct(before.allResolved, before.all), unit: '%', note: `${before.allResolved}/${before.all}` },
    { bench: 'resolution', case: `${name}: all citations with an id, with gazette layer`, value: pct(after.allResolved, after.all), unit: '%', note: `${after.allResolved}/${after.all}` },
  ];
}

function entriesOf(index: CorpusIndex): Entry[] {
  return [...index.directives, ...index.terms, ...index.titles, ...index.organisations, ...index.officials, ...index.abbreviations, ...index.kinds].map((e) => ({ record: e.record, origin: e.origin }));
}

function withLayer(bundled: CorpusIndex, docs: GazetteDoc[]): CorpusIndex {
  const { records } = buildGazetteLayer(docs, bundled);
  const layer: Entry[] = records.map((record, i) => ({ record, origin: { file: 'held-out.json', line: i, layer: 'gazette' as const } }));
  return new CorpusIndex(bundled.meta, [...entriesOf(bundled), ...layer]);
}

export default async function bench(): Promise<BenchRow[]> {
  const bundledDir = path.join(ROOT, 'corpus');
  // Load time, with the layer beside without it (the obvious alternative), interleaved, best of seven.
  let without = Infinity;
  let withIt = Infinity;
  for (let i = 0; i < 7; i++)
    for (const gazette of [false, true]) {
      const t = performance.now();
      await loadCorpus({ bundledDir, userDirs: [], gazette });
      const ms = performance.now() - t;
      if (gazette) withIt = Math.min(withIt, ms);
      else without = Math.min(without, ms);
    }
  const layerFile = path.join(bundledDir, 'gazette', 'state.json');
  const out: BenchRow[] = [
    { bench: 'resolution', case: 'load bundled corpus without the gazette layer', value: without, unit: 'ms' },
    { bench: 'resolution', case: 'load bundled corpus with the gazette layer', value: withIt, unit: 'ms', note: `×${(withIt / without).toFixed(2)}; layer file ${existsSync(layerFile) ? Math.round(statSync(layerFile).size / 1024) : 0} KB` },
  ];
  const bundled = (await loadCorpus({ bundledDir, userDirs: [], gazette: false })).index;
  const shipped = (await loadCorpus({ bundledDir, userDirs: [] })).index;

  if (existsSync(CONGBAO)) {
    const docs = gazetteDocs();
    const texts = docs.map((d) => d.text);
    out.push(...rows('gazette (in sample, circular)', tally(texts, bundled), tally(texts, shipped), 'the layer was built from these documents'));
    const sorted = [...docs].sort((a, b) => (a.soHieu < b.soHieu ? -1 : 1));
    const even = sorted.filter((_, i) => i % 2 === 0);
    const odd = sorted.filter((_, i) => i % 2 === 1);
    const sum = (a: Tally, b: Tally): Tally => ({ all: a.all + b.all, allResolved: a.allResolved + b.allResolved, state: a.state + b.state, stateResolved: a.stateResolved + b.stateResolved });
    const before = sum(tally(even.map((d) => d.text), bundled), tally(odd.map((d) => d.text), bundled));
    const after = sum(tally(even.map((d) => d.text), withLayer(bundled, odd)), tally(odd.map((d) => d.text), withLayer(bundled, even)));
    out.push(...rows('gazette (held out, two halves)', before, after, 'layer built from the other half'));
  } else out.push({ bench: 'resolution', case: `gazette (absent: ${CONGBAO})`, value: 0, unit: '-' });

  if (OUTSIDE) {
    const texts = readdirSync(OUTSIDE).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(path.join(OUTSIDE, f), 'utf8'));
    out.push(...rows(`outside (${texts.length} documents)`, tally(texts, bundled), tally(texts, shipped), 'never used to build the layer'));
  } else out.push({ bench: 'resolution', case: 'outside (absent: test/realdata/outside/docs)', value: 0, unit: '-' });
  return out;
}
