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

/**
 * The bundled corpus's Central Committee terms and its records of one id that `keep` accepts: a
 * rule's test whose example is "the only record with that id" stays about that record when the
 * corpus gains another document of the id (23-NQ/TW: 2003, 2008 and 2018).
 */
export async function bundledOnly(id: string, keep: (r: CorpusRecord & { type: 'directive' }) => boolean): Promise<CorpusIndex> {
  const b = await bundledIndex();
  return memoryIndex([...b.terms.map((t) => t.record), ...b.byOfficialId(id).map((e) => e.record).filter(keep)]);
}

/**
 * The bundled corpus without the directives named (id and date): a rule's test whose example is a document the corpus
 * held once stays about that document when the corpus gains another of the id (43-KL/TW: the Secretariat's of 2019 on
 * mass mobilisation, and since round 50 the Politburo's of 2008 on health).
 */
export async function bundledWithout(...drop: [string, string][]): Promise<CorpusIndex> {
  return bundledReplacing(drop, []);
}

/** The bundled corpus with the directives of `drop` (id and date) left out and `add` added: a record as it once stood. */
export async function bundledReplacing(drop: [string, string][], add: CorpusRecord[]): Promise<CorpusIndex> {
  const b = await bundledIndex();
  const gone = new Set(drop.map(([id, date]) => `${id} ${date}`));
  return memoryIndex(
    [
      ...[...b.terms, ...b.titles, ...b.organisations, ...b.officials, ...b.abbreviations, ...b.kinds, ...b.commemorations,
        ...b.directives.filter((e) => !gone.has(`${e.record.id} ${e.record.date}`))].map((e) => e.record),
      ...add,
    ],
    b.evidence,
  );
}
