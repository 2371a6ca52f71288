// A set of real documents with hand-judged errors and warnings (test/realdata/probe-*): each
// document analysed once with the bundled corpus, and the loud findings as "file:line:code".

import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { before } from 'node:test';
import * as path from 'node:path';
import { analyze, resolveOptions, RULE_CODES, type Analysis } from '../../server/src/core/index';
import { LineMap } from '../../server/src/host/output';
import { bundledIndex } from './corpus';

export interface ProbeRun {
  text: string;
  a: Analysis;
  /** The 1-based line of an offset. */
  line: (offset: number) => number;
}

/** Every document of `dir`/docs, by file name, analysed as of `today`. */
export async function analyseProbe(dir: string, today: string): Promise<Map<string, ProbeRun>> {
  const corpus = await bundledIndex();
  const { options } = resolveOptions(undefined, RULE_CODES);
  const runs = new Map<string, ProbeRun>();
  for (const f of readdirSync(path.join(dir, 'docs')).sort()) {
    const text = readFileSync(path.join(dir, 'docs', f), 'utf8');
    const lines = new LineMap(text);
    runs.set(f, { text, a: analyze(text, corpus, options, today), line: (o) => lines.position(o).line + 1 });
  }
  return runs;
}

/** The errors and warnings raised, as "file:line:code", sorted; and the judged ones of verdicts.json. */
export function loudAndJudged(dir: string, runs: ReadonlyMap<string, ProbeRun>): { raised: string[]; judged: { finding: string; verdict: string }[] } {
  const judged = JSON.parse(readFileSync(path.join(dir, 'verdicts.json'), 'utf8')) as { finding: string; verdict: string }[];
  const raised: string[] = [];
  for (const [f, r] of runs)
    for (const x of r.a.findings) if (x.severity === 'error' || x.severity === 'warning') raised.push(`${f}:${r.line(x.span.start)}:${x.code}`);
  return { raised: raised.sort(), judged };
}

/** The findings of verdicts.json judged true, sorted as `raised` is; `except`: judged true but no longer raised (say why at the call). */
export function judgedTrue(judged: readonly { finding: string; verdict: string }[], except: readonly string[] = []): string[] {
  return judged.filter((v) => v.verdict === 'true' && !except.includes(v.finding)).map((v) => v.finding).sort();
}

/**
 * Lookups into a probe's runs: a document by name (without ".txt"), and the first citation whose
 * text starts with `written` (on `line`, if given) with its resolution.
 */
export function probeLookup(runs: () => ReadonlyMap<string, ProbeRun>) {
  const doc = (name: string): ProbeRun => {
    const r = runs().get(`${name}.txt`);
    assert.ok(r, name);
    return r;
  };
  const cite = (name: string, written: string, line?: number) => {
    const r = doc(name);
    const i = r.a.reading.citations.findIndex((c) => r.text.slice(c.span.start, c.span.end).startsWith(written) && (line === undefined || r.line(c.span.start) === line));
    assert.ok(i >= 0, `${name}: ${written}`);
    return { c: r.a.reading.citations[i]!, res: r.a.resolutions[i] ?? null };
  };
  /** The record a citation resolved to, as "id date", or null. */
  const resolved = (name: string, written: string, line?: number): string | null => {
    const r = cite(name, written, line).res;
    return r ? `${r.entry.record.id} ${r.entry.record.date}` : null;
  };
  /** The finding of a rule whose span is the text written there, or undefined. */
  const finding = (name: string, code: string, written: string) => {
    const r = doc(name);
    return r.a.findings.find((x) => x.code === code && r.text.slice(x.span.start, x.span.end) === written);
  };
  return { doc, cite, resolved, finding };
}

/**
 * A probe set for a test file: analysed once before its tests (as of `today`), with its lookups and
 * its loud findings beside the judged ones.
 */
export function probeSet(dir: string, today = '2026-12-01') {
  let runs: Map<string, ProbeRun> | undefined;
  before(async () => {
    runs = await analyseProbe(dir, today);
  });
  const all = (): Map<string, ProbeRun> => {
    if (!runs) throw new Error(`${dir} not analysed yet`);
    return runs;
  };
  return { ...probeLookup(all), runs: all, loud: () => loudAndJudged(dir, all()) };
}
