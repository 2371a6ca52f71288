// Static checks of the bundled corpus (corpus/*.json): schema, keys, supersession links, dates
// against the Party Central Committee term table, and the meta file.
// Run: cd /work/main && node --import tsx --test test/static/corpus.test.ts
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import { parseTree, findNodeAtLocation } from 'jsonc-parser';
import type { CorpusRecord, DirectiveRecord, Supersession, TermRecord } from '../../server/src/core/corpus/types.js';

const corpusDir = fileURLToPath(new URL('../../corpus/', import.meta.url));
const schemaPath = join(corpusDir, 'schema', 'corpus-file.schema.json');
const metaPath = join(corpusDir, 'meta.json');

interface LoadedFile {
  rel: string;
  text: string;
  data: { records?: unknown[] };
}

function listCorpusFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) {
      if (relative(corpusDir, p) === 'schema') continue;
      out.push(...listCorpusFiles(p));
    } else if (name.endsWith('.json') && p !== metaPath) {
      out.push(p);
    }
  }
  return out;
}

function loadFiles(): LoadedFile[] {
  return listCorpusFiles(corpusDir).map((p) => {
    const text = readFileSync(p, 'utf8');
    return { rel: relative(corpusDir, p), text, data: JSON.parse(text) as { records?: unknown[] } };
  });
}

function compileSchema(): ValidateFunction {
  const ajv = new Ajv({ allErrors: true });
  return ajv.compile(JSON.parse(readFileSync(schemaPath, 'utf8')) as object);
}

/** "file: record 12 (directive 290-QĐ/TW) /date: must match pattern …" for each ajv error. */
function describeErrors(rel: string, data: { records?: unknown[] }, errors: ErrorObject[]): string[] {
  // An "if/then" failure only repeats the errors of the branch it selected.
  return errors.filter((e) => e.keyword !== 'if').map((e) => {
    const m = /^\/records\/(\d+)(.*)$/.exec(e.instancePath);
    if (!m) return `${rel}: ${e.instancePath || '(file)'} ${e.message ?? ''} ${JSON.stringify(e.params)}`;
    const idx = Number(m[1]);
    const rec = (data.records?.[idx] ?? {}) as Record<string, unknown>;
    const label = String(rec.id ?? rec.name ?? rec.canonical ?? rec.short ?? rec.kind ?? rec.term ?? '');
    return `${rel}: record ${idx} (${String(rec.type)} ${label}) ${m[2] || '/'}: ${e.message ?? ''} ${JSON.stringify(e.params)}`;
  });
}

// ---------------------------------------------------------------- dates

const DAY = 86_400_000;

/** Year, month, day of a partial date (month/day undefined when absent). */
function parts(d: string): [number, number | undefined, number | undefined] {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(d);
  if (!m) throw new Error(`not a partial date: ${d}`);
  return [Number(m[1]), m[2] === undefined ? undefined : Number(m[2]), m[3] === undefined ? undefined : Number(m[3])];
}

/** A partial date as the range of days it may denote, in ms since the epoch (UTC). */
function dateRange(d: string): [number, number] {
  const [y, m, day] = parts(d);
  if (m !== undefined && day !== undefined) {
    const t = Date.UTC(y, m - 1, day);
    return [t, t];
  }
  if (m !== undefined) return [Date.UTC(y, m - 1, 1), Date.UTC(y, m, 1) - DAY];
  return [Date.UTC(y, 0, 1), Date.UTC(y + 1, 0, 1) - DAY];
}

function isRealDate(d: string): boolean {
  const [y, m, day] = parts(d);
  if (m === undefined || day === undefined) return true;
  const t = new Date(Date.UTC(y, m - 1, day));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === day;
}

/** Whether two partial dates may denote the same day ("2018" and "2018-02-02" may). */
function compatible(a: string, b: string): boolean {
  return a.startsWith(b) || b.startsWith(a);
}

function collectDates(value: unknown, path: string, out: [string, string][]): void {
  if (Array.isArray(value)) value.forEach((v, i) => collectDates(v, `${path}/${i}`, out));
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (['date', 'asOf', 'effective', 'start', 'end', 'from', 'until'].includes(k) && typeof v === 'string') out.push([`${path}/${k}`, v]);
      else collectDates(v, `${path}/${k}`, out);
    }
  }
}

// ---------------------------------------------------------------- shared state

const files = loadFiles();
const validate = compileSchema();
const all: { rel: string; index: number; record: CorpusRecord }[] = [];
for (const f of files) (f.data.records ?? []).forEach((r, index) => all.push({ rel: f.rel, index, record: r as CorpusRecord }));
const directives = all.filter((x) => x.record.type === 'directive') as { rel: string; index: number; record: DirectiveRecord }[];
const terms = all.filter((x) => x.record.type === 'term').map((x) => x.record as TermRecord);

const CENTRAL_PARTY_ISSUERS = new Set(['Bộ Chính trị', 'Ban Bí thư', 'Ban Chấp hành Trung ương']);
const TOLERANCE = 7 * DAY;

const where = (x: { rel: string; index: number; record: CorpusRecord }) =>
  `${x.rel}: record ${x.index} (${x.record.type} ${'id' in x.record ? x.record.id : ''})`;

// ---------------------------------------------------------------- tests

test('the corpus folder has data files', () => {
  const names = files.map((f) => f.rel.split('\\').join('/'));
  for (const expected of ['directives/party-central.json', 'directives/party-local.json', 'directives/state.json', 'terms.json', 'titles.json', 'organisations.json', 'officials.json', 'abbreviations.json', 'kinds.json']) {
    assert.ok(names.includes(expected), `missing corpus file ${expected}`);
  }
  assert.ok(all.length > 0, 'no records');
});

test('every corpus file validates against corpus-file.schema.json', () => {
  const problems: string[] = [];
  for (const f of files) {
    if (!validate(f.data)) problems.push(...describeErrors(f.rel, f.data, validate.errors ?? []));
  }
  assert.deepEqual(problems, [], problems.join('\n'));
});

test('every date is a real calendar date', () => {
  const problems: string[] = [];
  for (const x of all) {
    const found: [string, string][] = [];
    collectDates(x.record, '', found);
    for (const [path, d] of found) if (!isRealDate(d)) problems.push(`${where(x)} ${path}: ${d} is not a calendar date`);
  }
  assert.deepEqual(problems, [], problems.join('\n'));
});

test('every record starts on its own line (for go-to-definition)', () => {
  const problems: string[] = [];
  for (const f of files) {
    const root = parseTree(f.text);
    const records = root && findNodeAtLocation(root, ['records']);
    for (const [i, node] of (records?.children ?? []).entries()) {
      const lineStart = f.text.lastIndexOf('\n', node.offset - 1) + 1;
      if (f.text.slice(lineStart, node.offset).trim() !== '') problems.push(`${f.rel}: record ${i} does not start its line`);
    }
    if (!f.text.startsWith('{\n  "$schema"')) problems.push(`${f.rel}: expected 2-space pretty-printing with "$schema" first`);
  }
  assert.deepEqual(problems, [], problems.join('\n'));
});

test('directive keys: (id, organisation, date) unique; same (id, organisation) told apart by date or term', () => {
  const problems: string[] = [];
  const byKey = new Map<string, { rel: string; index: number; record: DirectiveRecord }[]>();
  for (const x of directives) {
    const k = `${x.record.id}\u0000${x.record.organisation ?? ''}`;
    byKey.set(k, [...(byKey.get(k) ?? []), x]);
  }
  for (const group of byKey.values()) {
    for (const [i, x] of group.entries()) {
      for (const y of group.slice(i + 1)) {
        const a = x.record;
        const b = y.record;
        const datesApart = a.date !== undefined && b.date !== undefined && !compatible(a.date, b.date);
        const termsApart = a.term !== undefined && b.term !== undefined && a.term !== b.term;
        if (a.date !== undefined && a.date === b.date) problems.push(`${where(x)} and ${where(y)} share (id, organisation, date)`);
        else if (!datesApart && !termsApart) problems.push(`${where(x)} and ${where(y)} share (id, organisation) with no date or term to tell them apart`);
      }
    }
  }
  assert.deepEqual(problems, [], problems.join('\n'));
});

test('replacedBy / replaces point to records in the corpus, or are marked unverified/reported with a note', () => {
  const problems: string[] = [];
  const ids = new Map<string, DirectiveRecord[]>();
  for (const x of directives) ids.set(x.record.id, [...(ids.get(x.record.id) ?? []), x.record]);
  for (const x of directives) {
    const links: [string, Supersession][] = [
      ...(x.record.replacedBy ?? []).map((s): [string, Supersession] => ['replacedBy', s]),
      ...(x.record.replaces ?? []).map((s): [string, Supersession] => ['replaces', s]),
    ];
    for (const [field, s] of links) {
      const soft = (s.confidence === 'unverified' || s.confidence === 'reported') && !!s.note?.trim();
      const targets = ids.get(s.id) ?? [];
      if (targets.length === 0) {
        if (!soft) problems.push(`${where(x)} ${field} ${s.id}: no such record (mark it unverified/reported with a note, or add the record)`);
        continue;
      }
      if (s.date !== undefined && !targets.some((t) => t.date === undefined || compatible(t.date, s.date!)) && !soft) {
        problems.push(`${where(x)} ${field} ${s.id} dated ${s.date}: no record of that id has a matching date (${targets.map((t) => t.date).join(', ')})`);
      }
    }
  }
  assert.deepEqual(problems, [], problems.join('\n'));
});

// A link written on one side only leaves the other record telling half the story: the old one
// "in force" with no status, or the new one's hover silent about what it replaced. Hand-written
// files only: the gazette layer (gazette/) is generated and carries no links of its own.
test('replacedBy and replaces between hand-written records are two-sided, and a replaced record has a status', () => {
  const curated = directives.filter((x) => !/(^|\/)gazette(\/|\.json$)/.test(x.rel));
  const byId = new Map<string, typeof curated>();
  for (const x of curated) byId.set(x.record.id, [...(byId.get(x.record.id) ?? []), x]);
  const near = (a: string | undefined, b: string | undefined) => a === undefined || b === undefined || compatible(a, b);
  const other = (s: Supersession) => {
    const ts = (byId.get(s.id) ?? []).filter((t) => near(t.record.date, s.date));
    return ts.length === 1 ? ts[0] : undefined;
  };
  const problems: string[] = [];
  for (const x of curated) {
    const pairs: [Supersession[] | undefined, 'replacedBy' | 'replaces', 'replacedBy' | 'replaces'][] = [
      [x.record.replacedBy, 'replacedBy', 'replaces'],
      [x.record.replaces, 'replaces', 'replacedBy'],
    ];
    for (const [links, field, back] of pairs) {
      for (const s of links ?? []) {
        const t = other(s);
        if (!t) continue;
        if (!(t.record[back] ?? []).some((b) => b.id === x.record.id && near(b.date, x.record.date))) {
          problems.push(`${where(x)} ${field} ${s.id}, but ${where(t)} has no ${back} ${x.record.id}`);
        }
      }
    }
    if (x.record.replacedBy?.some((s) => s.confidence !== 'unverified') && !x.record.status) problems.push(`${where(x)}: replacedBy without a status`);
  }
  assert.deepEqual(problems, [], problems.join('\n'));
});

test('central Party directives: date fits the khóa in terms.json (± one week)', () => {
  const table = terms.filter((t) => t.body === 'party-central');
  assert.ok(table.length >= 8, 'party-central term table incomplete');
  const firstStart = Math.min(...table.map((t) => dateRange(t.start)[0]));
  const problems: string[] = [];
  let checked = 0;
  for (const x of directives) {
    const d = x.record;
    if (!d.date || !d.term) continue;
    if (!d.issuer.split(/,\s*/).some((i) => CENTRAL_PARTY_ISSUERS.has(i))) continue;
    const [dmin, dmax] = dateRange(d.date);
    const t = table.find((r) => r.term === d.term);
    if (!t) {
      // Terms before the table (khóa VI and earlier) cannot be checked; anything later is an error.
      if (dmax >= firstStart) problems.push(`${where(x)}: khóa ${d.term} is not in terms.json`);
      continue;
    }
    const tmin = dateRange(t.start)[0] - TOLERANCE;
    const tmax = t.end ? dateRange(t.end)[1] + TOLERANCE : Number.POSITIVE_INFINITY;
    checked++;
    if (dmax < tmin || dmin > tmax) problems.push(`${where(x)}: date ${d.date} is outside khóa ${d.term} (${t.start} → ${t.end ?? 'now'})`);
  }
  assert.ok(checked > 10, `too few directives checked (${checked})`);
  assert.deepEqual(problems, [], problems.join('\n'));
});

test('party-central terms are contiguous: each end is the next start', () => {
  const order = ['VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'XIII', 'XIV'];
  const table = order.map((k) => terms.find((t) => t.body === 'party-central' && t.term === k));
  assert.ok(table.every(Boolean), 'khóa VII–XIV must all be present');
  for (let i = 0; i + 1 < table.length; i++) assert.equal(table[i]!.end, table[i + 1]!.start, `khóa ${order[i]} end ≠ khóa ${order[i + 1]} start`);
  assert.equal(table[table.length - 1]!.end, undefined, 'the current khóa has no end');
});

test('cross-references: official titles are canonical titles; directive kinds are in kinds.json', () => {
  const titles = new Set(all.flatMap((x) => (x.record.type === 'title' ? [x.record.canonical] : [])));
  const kinds = new Set(all.flatMap((x) => (x.record.type === 'kind' ? [x.record.kind] : [])));
  const problems: string[] = [];
  for (const x of all) {
    if (x.record.type === 'official' && !titles.has(x.record.title)) problems.push(`${where(x)}: title "${x.record.title}" is not a canonical title in titles.json`);
    if (x.record.type === 'directive' && !kinds.has(x.record.kind)) problems.push(`${where(x)}: kind "${x.record.kind}" is not in kinds.json`);
  }
  assert.deepEqual(problems, [], problems.join('\n'));
});

test('meta.json has version and asOf', () => {
  const meta = JSON.parse(readFileSync(metaPath, 'utf8')) as { version?: unknown; asOf?: unknown };
  assert.equal(typeof meta.version, 'string');
  assert.match(meta.version as string, /^\d{4}\.\d{1,2}\.\d{1,2}$/);
  assert.equal(typeof meta.asOf, 'string');
  assert.match(meta.asOf as string, /^\d{4}-\d{2}-\d{2}$/);
  assert.ok(isRealDate(meta.asOf as string));
});

test('schema rejects bad records (negative test)', () => {
  const bad = {
    $schema: './schema/corpus-file.schema.json',
    records: [
      // no sources, impossible date
      { type: 'directive', id: '290-QĐ/TW', kind: 'Quyết định', number: '290', symbol: 'QĐ/TW', issuer: 'Bộ Chính trị', date: '2010-13-45' },
      // typo in a field name
      { type: 'term', body: 'party-central', term: 'X', start: '2006-04-25', sorces: [{ url: 'https://example.org/' }], sources: [{ url: 'https://example.org/' }] },
      // a source with neither url nor title
      { type: 'abbreviation', short: 'UBND', long: 'Ủy ban nhân dân', sources: [{ note: 'no url, no title' }] },
      // unknown type
      { type: 'person', name: 'x', sources: [{ title: 't' }] },
    ],
  };
  assert.equal(validate(bad), false, 'the schema accepted a bad file');
  const msgs = describeErrors('in-memory', bad, validate.errors ?? []).join('\n');
  assert.match(msgs, /record 0 \(directive 290-QĐ\/TW\) \/: must have required property 'sources'/);
  assert.match(msgs, /record 0 .*\/date: must match pattern/);
  assert.match(msgs, /record 1 .*must NOT have additional properties.*sorces/);
  assert.match(msgs, /record 2 .*\/sources\/0: must have required property 'url'/);
  assert.match(msgs, /record 3 .*\/type: must be equal to one of the allowed values/);

  const good = {
    $schema: './schema/corpus-file.schema.json',
    records: [{ type: 'directive', id: '290-QĐ/TW', kind: 'Quyết định', number: '290', symbol: 'QĐ/TW', issuer: 'Bộ Chính trị', date: '2010-02-25', sources: [{ title: 'seed' }] }],
  };
  assert.equal(validate(good), true, JSON.stringify(validate.errors));
});
