// The gazette-derived layer (corpus/gazette/, built by scripts/build-gazette-layer.ts): every
// record says what it rests on, no fact rests on one citation, the layer never repeats or
// contradicts the bundled corpus a person read, and it stays small.

import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import type { DirectiveRecord } from '../../server/src/core/index';
import { loadCorpus } from '../../server/src/host/corpus-loader';
import { BUNDLED } from '../helpers/corpus';

const DIR = path.join(BUNDLED, 'gazette');
const files = readdirSync(DIR).filter((f) => f.endsWith('.json')).map((f) => path.join(DIR, f));
const records = files.flatMap((f) => (JSON.parse(readFileSync(f, 'utf8')) as { records: DirectiveRecord[] }).records);

test('gazette layer: every record carries its evidence; a date rests on a header or on two documents', () => {
  assert.ok(records.length > 0);
  const bad = records.filter((r) => {
    const e = r.evidence;
    if (!e || !['reported', 'conflict'].includes(r.confidence ?? '')) return true;
    if (!e.header && e.agreeing < 2) return true;
    return !r.sources.every((s) => s.title?.startsWith('Công báo: '));
  });
  assert.deepEqual(bad.map((r) => r.id), []);
});

test('gazette layer: loads as its own layer, repeats no bundled record and contradicts none', async () => {
  const { index, problems } = await loadCorpus({ bundledDir: BUNDLED, userDirs: [] });
  assert.deepEqual(problems, []);
  const gazette = index.directives.filter((d) => d.origin.layer === 'gazette');
  assert.equal(gazette.length, records.length, 'every gazette record is an entry of its own');
  const joined = index.directives.filter((d) => d.conflicts.some((c) => c.origin.layer === 'gazette'));
  assert.deepEqual(joined.map((d) => d.record.id), []);
});

test('gazette layer: small enough to ship (< 512 KB)', () => {
  const bytes = files.reduce((n, f) => n + statSync(f).size, 0);
  assert.ok(bytes < 512 * 1024, `${bytes} bytes`);
});
