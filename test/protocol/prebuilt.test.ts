// The start-up path of the built bundles: the bundled corpus read from the build's prebuilt index
// (dist/corpus-index.json) gives the same records as parsing corpus/ itself, a corpus edited after
// the build is read from its files, and ajv and mammoth — split out of the bundles into
// dist/vendor/ — still validate user record files and read .docx when asked.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import JSZip from 'jszip';
import { loadCorpus, parseBundled } from '../../server/src/host/corpus-loader';
import { makePrebuilt, prebuiltText, readPrebuilt } from '../../server/src/host/prebuilt';
import { BUNDLED, ROOT } from '../helpers/corpus';

const PREBUILT = path.join(ROOT, 'dist', 'corpus-index.json');
const CLI = path.join(ROOT, 'dist', 'cli.js');

function summary(index: Awaited<ReturnType<typeof loadCorpus>>['index']) {
  return {
    meta: index.meta,
    size: index.size,
    directives: index.directives.map((d) => [d.key, path.relative(ROOT, d.origin.file), d.origin.line, d.conflicts.length]),
    titles: index.titles.map((t) => t.record.canonical),
  };
}

test('the prebuilt index matches corpus/ and loads the same records as the files', async () => {
  assert.ok(await readPrebuilt(BUNDLED, PREBUILT), 'npm run build wrote a prebuilt index that matches corpus/');
  const fromFiles = await loadCorpus({ bundledDir: BUNDLED, userDirs: [] });
  const fromPrebuilt = await loadCorpus({ bundledDir: BUNDLED, userDirs: [], prebuilt: PREBUILT });
  assert.deepEqual(fromPrebuilt.problems, []);
  assert.deepEqual(summary(fromPrebuilt.index), summary(fromFiles.index));
});

test('the prebuilt index is ASCII (read without UTF-8 decoding) and gives back every record as written, provenance included', async () => {
  const bytes = readFileSync(PREBUILT);
  assert.ok(bytes.every((b) => b < 0x80), 'every character beyond ASCII escaped');
  const records = (r: { entries: { record: unknown }[] } | null) => JSON.stringify(r?.entries.map((e) => e.record));
  const fromFiles = await parseBundled(BUNDLED);
  const ascii = await readPrebuilt(BUNDLED, PREBUILT);
  assert.ok(ascii);
  assert.ok(ascii.entries.some((e) => JSON.stringify(e.record).includes('Bộ Chính trị')), 'Vietnamese text decoded');
  assert.equal(ascii.entries.length, fromFiles.entries.length);
  // Sources and notes come back from the text after the index, on first use, as the files hold them.
  const first = ascii.entries.find((e) => e.record.type === 'directive' && 'note' in e.record)!;
  assert.ok(first.record.sources.length > 0);
  assert.deepStrictEqual(ascii.entries.map((e) => e.record), fromFiles.entries.map((e) => e.record));
  assert.equal(records(ascii).length, records(fromFiles).length);
});

test('an index written by an older build (format 1, every record whole, in UTF-8) is not used: the files are read', async () => {
  const fromFiles = await parseBundled(BUNDLED);
  const dir = mkdtempSync(path.join(tmpdir(), 'vanban-prebuilt-utf8-'));
  const old = path.join(dir, 'corpus-index.json');
  const index = JSON.parse(readFileSync(PREBUILT, 'latin1').split('\n')[1]!) as { provenance?: unknown };
  delete index.provenance;
  writeFileSync(old, JSON.stringify({ ...index, format: 1, entries: fromFiles.entries }));
  assert.equal(await readPrebuilt(BUNDLED, old), null);
  const r = await loadCorpus({ bundledDir: BUNDLED, userDirs: [], prebuilt: old });
  assert.equal(r.index.size, fromFiles.entries.length);
});

test('a record\'s provenance is read from its own corpus file; a file edited under it gives no sources, and no error', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'vanban-prebuilt-moved-'));
  cpSync(BUNDLED, dir, { recursive: true, preserveTimestamps: true });
  const r = await readPrebuilt(dir, PREBUILT);
  assert.ok(r);
  const [a, b, c] = r.entries.filter((e) => e.record.type === 'directive' && e.origin.file.endsWith('party-central.json'));
  assert.ok(a!.record.sources.length > 0, 'read before the file changes');
  // The index is not where the provenance is read from any more: replacing it changes nothing.
  const copy = path.join(dir, 'corpus-index.json');
  cpSync(PREBUILT, copy);
  writeFileSync(copy, 'replaced by another build');
  // An edit that keeps every record's place: the bytes no longer are the build's, and nothing is read from them.
  const text = readFileSync(b!.origin.file, 'utf8');
  const at = text.indexOf('"url": "https', text.indexOf(`"id": "${b!.record.type === 'directive' ? b!.record.id : ''}"`));
  writeFileSync(b!.origin.file, `${text.slice(0, at)}"url": "HTTPS${text.slice(at + 13)}`);
  assert.deepEqual(b!.record.sources, []);
  assert.equal(b!.record.note, undefined);
  // One character more at the start of the file moves every record's bytes.
  writeFileSync(c!.origin.file, ` ${readFileSync(c!.origin.file, 'utf8')}`);
  assert.deepEqual(c!.record.sources, []);
  assert.ok(a!.record.sources.length > 0, 'what was read stays');
});

test('the build keeps in the index only the provenance its record files do not give back as loaded', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'vanban-prebuilt-tail-'));
  cpSync(BUNDLED, dir, { recursive: true });
  const { meta, entries } = await parseBundled(dir);
  const changed = entries.findIndex((e) => e.record.type === 'directive' && e.record.note !== undefined);
  const record = entries[changed]!.record as { note?: string };
  record.note = 'made by the loader, not in the file';
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'vanban-prebuilt-out-')), 'corpus-index.json');
  const text = prebuiltText(await makePrebuilt(dir, meta, entries), dir);
  writeFileSync(file, text);
  const index = JSON.parse(text.split('\n')[1]!) as { provenance: { from: unknown[] } };
  assert.deepEqual(index.provenance.from.flatMap((f, i) => (f ? [] : [i])), [changed], 'every other record points into its file');
  const r = await readPrebuilt(dir, file);
  assert.ok(r);
  assert.equal((r.entries[changed]!.record as { note?: string }).note, 'made by the loader, not in the file');
  assert.deepStrictEqual(r.entries.map((e) => e.record), entries.map((e) => e.record));
});

test('a corpus changed after the build is read from its files, not from the stale index', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'vanban-prebuilt-'));
  cpSync(BUNDLED, dir, { recursive: true });
  assert.ok(await readPrebuilt(dir, PREBUILT), 'an identical copy matches');
  const meta = JSON.parse(readFileSync(path.join(dir, 'meta.json'), 'utf8'));
  writeFileSync(path.join(dir, 'meta.json'), JSON.stringify({ ...meta, version: 'edited-after-build' }));
  assert.equal(await readPrebuilt(dir, PREBUILT), null);
  const r = await loadCorpus({ bundledDir: dir, userDirs: [], prebuilt: PREBUILT });
  assert.equal(r.index.meta.version, 'edited-after-build');
});

// Whether a corpus folder still matches the prebuilt index: by the files' sizes and times when they are
// the build's, by their contents otherwise.
const STALENESS: { name: string; keepTimes: boolean; edit?: (file: string) => void; matches: boolean }[] = [
  { name: 'a copy with the build’s file times', keepTimes: true, matches: true },
  { name: 'a copy with new file times (hashed)', keepTimes: false, matches: true },
  { name: 'meta.json edited', keepTimes: true, edit: (f) => writeFileSync(f, readFileSync(f, 'utf8').replace('"version"', '"version" ')), matches: false },
  { name: 'meta.json edited, same size, new time', keepTimes: true, edit: (f) => writeFileSync(f, readFileSync(f, 'utf8').replace(/"version": ?"(.)/, (m, c: string) => m.slice(0, -1) + (c === 'x' ? 'y' : 'x'))), matches: false },
  {
    // FIXME (accepted trade-off): an edit that keeps the size and puts the modification time back is
    // not seen; the stamps spare every start the hash of the whole corpus.
    name: 'meta.json edited, same size, time put back',
    keepTimes: true,
    edit: (f) => {
      const st = statSync(f);
      writeFileSync(f, readFileSync(f, 'utf8').replace(/"version": ?"(.)/, (m, c: string) => m.slice(0, -1) + (c === 'x' ? 'y' : 'x')));
      utimesSync(f, st.atime, st.mtime);
    },
    matches: true,
  },
];

for (const c of STALENESS)
  test(`prebuilt index against ${c.name}: ${c.matches ? 'used' : 'stale'}`, async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'vanban-stamps-'));
    cpSync(BUNDLED, dir, { recursive: true, preserveTimestamps: c.keepTimes });
    c.edit?.(path.join(dir, 'meta.json'));
    assert.equal((await readPrebuilt(dir, PREBUILT)) !== null, c.matches);
  });

test('the built CLI validates user record files and reads .docx through dist/vendor', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'vanban-vendor-'));
  writeFileSync(path.join(dir, 'bad.json'), JSON.stringify({ records: [{ type: 'directive', id: 5 }] }));
  const zip = new JSZip();
  zip.file('[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>');
  zip.file('_rels/.rels', '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>');
  zip.file('word/document.xml', '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Hội nghị được tổ chức ngày 29/2/2019.</w:t></w:r></w:p></w:body></w:document>');
  const docx = path.join(dir, 'report.docx');
  writeFileSync(docx, await zip.generateAsync({ type: 'nodebuffer' }));
  const validate = spawnSync(process.execPath, [CLI, 'corpus', 'validate', path.join(dir, 'bad.json')], { encoding: 'utf8' });
  assert.equal(validate.status, 2, validate.stderr);
  assert.match(validate.stderr, /sai lược đồ|violates the schema/);
  const check = spawnSync(process.execPath, [CLI, 'check', docx, '--today', '2026-11-23', '--format', 'json'], { encoding: 'utf8' });
  assert.equal(check.status, 1, check.stderr);
  assert.deepEqual(JSON.parse(check.stdout)[0].diagnostics.map((d: { code: string }) => d.code), ['date-invalid']);
});
