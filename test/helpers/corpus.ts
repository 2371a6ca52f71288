// Corpora for tests: the bundled corpus from corpus/ (read with the product's own loader), and
// small in-memory ones built from records, so a rule's test shows the facts it depends on.

import * as path from 'node:path';
import { CorpusIndex, type CorpusRecord, type Evidence } from '../../server/src/core/index';
import { loadCorpus } from '../../server/src/host/corpus-loader';

export const ROOT = path.resolve(__dirname, '..', '..');
export const BUNDLED = path.join(ROOT, 'corpus');

let bundled: Promise<CorpusIndex> | null = null;
export function bundledIndex(): Promise<CorpusIndex> {
  bundled ??= loadCorpus({ bundledDir: BUNDLED, userDirs: [] }).then((r) => {
    if (r.problems.length) throw new Error(`bundled corpus has problems: ${JSON.stringify(r.problems.slice(0, 3))}`);
    return r.index;
  });
  return bundled;
}

export function memoryIndex(records: CorpusRecord[], evidence: Map<string, Evidence> = new Map()): CorpusIndex {
  return new CorpusIndex(
    { version: 'test', asOf: '2026-01-01' },
    records.map((record, i) => ({ record, origin: { file: 'memory.json', line: i, layer: 'bundled' as const } })),
    evidence,
  );
}
