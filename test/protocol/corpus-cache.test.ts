// The loader's handling of large record files: the line each record starts on (one scan, no
// syntax tree), and the cache, which keeps of a record file only that it was checked and which
// records were refused — a warm start reads the file again, skips the check, and loads the
// same index as a cold one.

import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { loadCorpus, recordLines, textFromBytes, type LoadResult } from '../../server/src/host/corpus-loader';
import { decodeBytes } from '../../server/src/host/encoding';
import { BUNDLED } from '../helpers/corpus';

describe('recordLines: the 1-based line where each element of the top-level "records" starts', () => {
  const rows: [name: string, text: string, expected: number[]][] = [
    ['one line', '{"records":[{"a":1},{"b":[1,2]}]}', [1, 1]],
    ['pretty-printed', '{\n  "records": [\n    {\n      "a": 1\n    },\n    {\n      "b": 2\n    }\n  ]\n}', [3, 6]],
    ['empty', '{"records": []}', []],
    ['brackets, braces, commas and quotes inside strings', '{"records": [\n{"s": "a, [b] {c} \\"d\\", e"},\n{"s": "\\\\"}\n]}', [2, 3]],
    ['another key first, with an array and an object', '{"meta": {"x": [1, 2], "y": 3},\n"list": [1, 2, 3],\n"records": [\n1,\n"two"\n]}', [4, 5]],
    ['a "records" key below the top level is not the one', '{"meta": {"records": [1, 2]},\n"records": [\n{}\n]}', [3]],
    ['a string value "records" is not a key', '{"name": "records", "list": [1, 2], "records": [{}]}', [1]],
    ['CRLF line ends', '{\r\n"records": [\r\n{},\r\n{}\r\n]\r\n}', [3, 4]],
  ];
  for (const [name, text, expected] of rows)
    test(name, () => {
      JSON.parse(text); // the rows are valid JSON, as the function assumes
      assert.deepEqual(recordLines(text), expected);
    });
});

// Test data only: an invented province ("Thử Nghiệm"), no real fact implied.
const rec = (n: number, date = '2021-04-01') => ({
  type: 'directive', id: `${n}-KH/TU`, kind: 'Kế hoạch', number: String(n), symbol: 'KH/TU', issuer: 'Ban Thường vụ Tỉnh ủy',
  organisation: 'Tỉnh ủy Thử Nghiệm', date, subject: `kế hoạch thử nghiệm ${n}`, sources: [{ title: 'hồ sơ thử nghiệm' }],
});

/** What a load gives, comparable between two loads: directives with origins, problems, notices. */
function summary(r: LoadResult) {
  const mine = r.index.directives.filter((d) => d.origin.layer !== 'bundled' && d.origin.layer !== 'gazette');
  return {
    directives: mine.map((d) => ({ key: d.key, record: d.record, origin: d.origin, conflicts: d.conflicts.length })),
    problems: r.problems,
    notices: r.notices,
  };
}

test('a warm start loads what a cold one did; the cache holds no record of a record file', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'vanban-records-'));
  const cache = mkdtempSync(path.join(tmpdir(), 'vanban-cache-'));
  const many = Array.from({ length: 2000 }, (_, i) => rec(i + 1));
  writeFileSync(path.join(dir, 'many.json'), JSON.stringify({ records: many }, null, 2));
  // Record 2 (of 3) refused by the schema, record 3 by the calendar: refused again when warm.
  writeFileSync(path.join(dir, 'some-bad.json'), JSON.stringify({ records: [rec(5001), { ...rec(5002), date: '2021-13-01' }, rec(5003, '2021-02-30')] }, null, 2));
  writeFileSync(path.join(dir, 'bad.json'), '{ "records": [ { "type": "directive", } ] }');
  // A record giving 1-KH/TU another date: a conflict, named on both loads.
  writeFileSync(path.join(dir, 'zz-conflict.json'), JSON.stringify({ records: [{ ...rec(1), issuer: 'Tỉnh ủy' }] }, null, 2));
  const cold = await loadCorpus({ bundledDir: BUNDLED, userDirs: [dir], cacheDir: cache });
  assert.equal(cold.stats.fromCache, 0);
  assert.equal(cold.index.byOfficialId('5001-KH/TU').length, 1);
  assert.equal(cold.index.byOfficialId('5002-KH/TU').length, 0);
  assert.equal(cold.index.byOfficialId('5003-KH/TU').length, 0);
  assert.equal(cold.problems.filter((p) => path.basename(p.file) === 'some-bad.json').length, 2);
  assert.equal(cold.problems.filter((p) => path.basename(p.file) === 'bad.json').length, 1);
  assert.equal(cold.problems.filter((p) => path.basename(p.file) === 'zz-conflict.json').length, 1);
  const warm = await loadCorpus({ bundledDir: BUNDLED, userDirs: [dir], cacheDir: cache });
  assert.equal(warm.stats.fromCache, warm.stats.files);
  assert.deepEqual(summary(warm), summary(cold));
  // The cache is a few hundred bytes a file, not the records (2,000 records are ~600 KB).
  const files = readdirSync(cache);
  assert.equal(files.length, 1);
  const size = statSync(path.join(cache, files[0]!)).size;
  assert.ok(size < 5000, `cache ${size} bytes`);
  assert.doesNotMatch(readFileSync(path.join(cache, files[0]!), 'utf8'), /kế hoạch thử nghiệm/);
});

test('a changed record file is checked again; a cache made with another schema is not used', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'vanban-records-'));
  const cache = mkdtempSync(path.join(tmpdir(), 'vanban-cache-'));
  const file = path.join(dir, 'records.json');
  writeFileSync(file, JSON.stringify({ records: [rec(1), rec(2)] }, null, 2));
  await loadCorpus({ bundledDir: BUNDLED, userDirs: [dir], cacheDir: cache });
  // Now record 2 is refused: a changed size means the file is read and checked again.
  writeFileSync(file, JSON.stringify({ records: [rec(1), { ...rec(2), date: '2021-13-01' }] }, null, 2));
  const changed = await loadCorpus({ bundledDir: BUNDLED, userDirs: [dir], cacheDir: cache });
  assert.equal(changed.stats.fromCache, 0);
  assert.equal(changed.index.byOfficialId('2-KH/TU').length, 0);
  assert.equal(changed.problems.length, 1);
  // A cache written against another schema (an older vanban) is set aside.
  const cacheFile = path.join(cache, readdirSync(cache)[0]!);
  const c = JSON.parse(readFileSync(cacheFile, 'utf8')) as { schema: string };
  writeFileSync(cacheFile, JSON.stringify({ ...c, schema: 'another' }));
  const other = await loadCorpus({ bundledDir: BUNDLED, userDirs: [dir], cacheDir: cache });
  assert.equal(other.stats.fromCache, 0);
  assert.equal(other.problems.length, 1);
});

describe('textFromBytes: the native UTF-8 path gives what decodeBytes gives', () => {
  const utf8 = (s: string) => new Uint8Array(Buffer.from(s, 'utf8'));
  const rows: [name: string, bytes: Uint8Array, expected: { text: string } | 'error' | 'notice'][] = [
    ['plain UTF-8', utf8('Nghị quyết số 12-NQ/TU'), { text: 'Nghị quyết số 12-NQ/TU' }],
    ['UTF-8 with a BOM: the BOM dropped', utf8('\ufeff{"records": []}'), { text: '{"records": []}' }],
    ['a stray NUL (PDF extraction) dropped', utf8('Nghị\u0000 quyết ' + 'x'.repeat(2000)), { text: 'Nghị quyết ' + 'x'.repeat(2000) }],
    ['UTF-16 LE with a BOM: converted, with a notice', new Uint8Array(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Nghị quyết', 'utf16le')])), 'notice'],
    ['a PDF is refused', utf8('%PDF-1.7 plain ascii after the magic'), 'error'],
    ['a zip (.docx) is refused', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x41, 0x42]), 'error'],
    ['binary is refused', new Uint8Array([0x42, 0x00, 0x01, 0x02, 0x00]), 'error'],
    ['an empty file is empty text', new Uint8Array(0), { text: '' }],
  ];
  for (const [name, bytes, expected] of rows)
    test(name, () => {
      const r = textFromBytes(bytes);
      if (expected === 'error') assert.ok('error' in r, JSON.stringify(r));
      else if (expected === 'notice') assert.ok('text' in r && r.notice, JSON.stringify(r));
      else assert.deepEqual(r, expected);
      // The same answer as the general decoder.
      const d = decodeBytes(bytes);
      if ('text' in r) assert.equal(d.ok && d.text, r.text);
      else assert.equal(d.ok, false);
    });
});

test('an impossible date is named by its path, wherever it is in a record', async () => {
  const rows: [record: Record<string, unknown>, path: string | null][] = [
    [rec(1, '2021-02-30'), '/date'],
    [{ ...rec(2), effective: '2021-04-31' }, '/effective'],
    [{ ...rec(3), status: { state: 'replaced', asOf: '2023-02-29' } }, '/status/asOf'],
    [{ ...rec(4), replacedBy: [{ id: '9-KH/TU', date: '2022-01-01' }, { id: '10-KH/TU', date: '2022-06-31' }] }, '/replacedBy/1/date'],
    // 2024 is a leap year: a real day, no problem.
    [{ ...rec(5), effective: '2024-02-29' }, null],
  ];
  const dir = mkdtempSync(path.join(tmpdir(), 'vanban-records-'));
  writeFileSync(path.join(dir, 'dates.json'), JSON.stringify({ records: rows.map((r) => r[0]) }, null, 2));
  const r = await loadCorpus({ bundledDir: BUNDLED, userDirs: [dir] });
  const messages = r.problems.map((p) => p.message);
  for (const [i, [, where]] of rows.entries()) {
    const mine = messages.filter((m) => m.startsWith(`Bản ghi ${i + 1}:`));
    if (where === null) assert.deepEqual(mine, []);
    else assert.equal(mine.length, 1, JSON.stringify(messages));
    if (where !== null) assert.ok(mine[0]!.includes(`ở ${where}: `), mine[0]);
  }
  assert.equal(r.index.byOfficialId('5-KH/TU').length, 1);
});

test('a record file rewritten with its size and time kept is checked again, not loaded unchecked', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'vanban-records-'));
  const cache = mkdtempSync(path.join(tmpdir(), 'vanban-cache-'));
  const file = path.join(dir, 'records.json');
  const good = JSON.stringify({ records: [rec(1), rec(2, '2021-04-01')] });
  // The same length: 04-01 → 13-01 refuses record 2 by the schema.
  const bad = good.replace('"date":"2021-04-01","subject":"kế hoạch thử nghiệm 2"', '"date":"2021-13-01","subject":"kế hoạch thử nghiệm 2"');
  assert.notEqual(bad, good);
  assert.equal(Buffer.byteLength(bad), Buffer.byteLength(good));
  // One whole-second time for both versions, so the cache key (path, size, time) cannot tell them apart.
  const when = new Date(2030, 0, 1);
  writeFileSync(file, good);
  utimesSync(file, when, when);
  const first = await loadCorpus({ bundledDir: BUNDLED, userDirs: [dir], cacheDir: cache });
  assert.equal(first.index.byOfficialId('2-KH/TU').length, 1);
  writeFileSync(file, bad);
  utimesSync(file, when, when);
  const again = await loadCorpus({ bundledDir: BUNDLED, userDirs: [dir], cacheDir: cache });
  assert.equal(again.stats.fromCache, 0);
  assert.equal(again.index.byOfficialId('2-KH/TU').length, 0);
  assert.equal(again.problems.length, 1);
});
