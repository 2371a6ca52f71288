// Quality on real text from outside our fixtures (`npm run bench -- realtext`): the figures of
// issue 10's table on the hand-labelled outside evaluation set (test/realdata/outside/, scored by
// its score.ts), and the share of citations that resolve to a record of the bundled corpus —
// on that set and, when ../shared is present, on the gazette folder — for issue 11's
// before/after. Not a speed bench: every row is a ratio or a count, the same on every machine.

import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { read } from '../server/src/core/index';
import { loadCorpus } from '../server/src/host/corpus-loader';
import { judge, measureSet, ratio, readVerdicts } from '../test/realdata/outside/score';
import type { BenchRow } from './run';

const ROOT = path.resolve(__dirname, '..');
const BUNDLED = path.join(ROOT, 'corpus');
const GAZETTE = path.resolve(ROOT, '..', 'shared', 'realdata', 'congbao', 'docs');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = path.join(dir, n);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.txt') ? [p] : [];
  });
}

function sum(r: Record<string, number>): number {
  return Object.values(r).reduce((a, b) => a + b, 0);
}

function byCode(r: Record<string, number>): string {
  return Object.entries(r)
    .sort((a, b) => b[1] - a[1])
    .map(([k, v]) => `${k} ${v}`)
    .join(', ') || 'none';
}

export default async function (): Promise<BenchRow[]> {
  const { index } = await loadCorpus({ bundledDir: BUNDLED, userDirs: [] });
  const { score: s, findings, resolution, loud } = measureSet(index);
  const j = judge(loud, readVerdicts());
  const row = (c: string, value: number, unit: string, note?: string): BenchRow => ({ bench: 'realtext', case: c, value, unit, ...(note ? { note } : {}) });
  const rows: BenchRow[] = [
    row('numbered citations: recall', ratio(s.numbered.matched, s.numbered.labels), 'ratio', `${s.numbered.matched}/${s.numbered.labels} labels, ${s.documents} labelled documents`),
    row('numbered citations: precision', ratio(s.numbered.matched, s.numbered.found), 'ratio', `${s.numbered.matched}/${s.numbered.found} found`),
    row('issuer of a found citation: recall', ratio(s.issuer.right, s.issuer.labels), 'ratio', `${s.issuer.right}/${s.issuer.labels}`),
    row('laws, codes, Constitution by name: recall', ratio(s.laws.matched, s.laws.labels), 'ratio', `${s.laws.matched}/${s.laws.labels}`),
    row('Party documents by name: recall', ratio(s.party.matched, s.party.labels), 'ratio', `${s.party.matched}/${s.party.labels}`),
    row('error findings (whole set)', sum(findings.error), 'count', byCode(findings.error)),
    row('warning findings (whole set)', sum(findings.warning), 'count', byCode(findings.warning)),
    row('errors and warnings that are false alarms', j.falseAlarms.length, 'count', `of ${loud.length}; ${j.real.length} real mistakes, ${j.unreviewed.length} not reviewed (verdicts.json)`),
    row('information findings (whole set)', sum(findings.information), 'count', byCode(findings.information)),
    row('outside set: citations resolving (bundled)', ratio(resolution.resolved, resolution.citations), 'ratio', `${resolution.resolved}/${resolution.citations} numbered citations`),
  ];
  if (existsSync(GAZETTE)) {
    let citations = 0;
    let resolved = 0;
    for (const f of files(GAZETTE)) {
      const reading = read(readFileSync(f, 'utf8'));
      for (const c of reading.citations) {
        if (c.id === null) continue;
        citations++;
        if (index.resolve(c, { reportDate: '2026-11-23', province: null })) resolved++;
      }
    }
    rows.push(row('gazette: citations resolving (bundled)', ratio(resolved, citations), 'ratio', `${resolved}/${citations} numbered citations`));
  } else {
    rows.push(row('gazette: citations resolving (bundled)', Number.NaN, 'ratio', `${GAZETTE} is absent: not measured`));
  }
  return rows;
}
