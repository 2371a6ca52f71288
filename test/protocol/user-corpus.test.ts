// The user's corpus folders: what the index learns from documents, how bad input is reported
// (file and line, the rest still loads), the cache, and the promise never to write into them.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, truncateSync, utimesSync, writeFileSync, closeSync, openSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { before, test } from 'node:test';
import JSZip from 'jszip';
import { idMatchKey } from '../../server/src/core/index';
import { loadCorpus } from '../../server/src/host/corpus-loader';
import { BUNDLED, ROOT } from '../helpers/corpus';
import { PUSH_ONLY, startServer } from '../helpers/lsp';

// Test data only: an invented province ("Thử Nghiệm") so no real fact is implied.
const DEFINING = `TỈNH ỦY THỬ NGHIỆM

Số 12-NQ/TU

Thử Nghiệm, ngày 05 tháng 3 năm 2021

NGHỊ QUYẾT
Về tăng cường công tác dân vận trong tình hình mới
`;
const CITING = `Tỉnh ủy Thử Nghiệm đã ban hành Nghị quyết số 12-NQ/TU ngày 5/3/2021.
Thực hiện Nghị quyết số 12-NQ/TU ngày 5/3/2021, các cấp ủy đã triển khai.
Một lần ghi nhầm: Nghị quyết số 12-NQ/TU ngày 15/3/2021.
`;
const RECORDS = (records: unknown[]) => JSON.stringify({ records }, null, 2);
const REC = {
  type: 'directive',
  id: '34-KH/TU',
  kind: 'Kế hoạch',
  number: '34',
  symbol: 'KH/TU',
  issuer: 'Ban Thường vụ Tỉnh ủy',
  organisation: 'Tỉnh ủy Thử Nghiệm',
  date: '2021-04-01',
  subject: 'thực hiện công tác dân vận năm 2021',
  sources: [{ title: 'hồ sơ thử nghiệm' }],
};

let dir: string;
/** 1-based line where the n-th (0-based) record of a pretty-printed record file starts. */
function recordLine(text: string, n: number): number {
  let at = -1;
  for (let i = 0; i <= n; i++) at = text.indexOf('\n    {', at + 1);
  return text.slice(0, at + 1).split('\n').length;
}
const BAD_SCHEMA = RECORDS([REC, { ...REC, id: '35-KH/TU', number: '35', date: '2021-13-45' }]);
const BAD_LINE = recordLine(BAD_SCHEMA, 1);
const snapshot = (d: string) =>
  readdirSync(d)
    .sort()
    .map((f) => `${f}:${statSync(path.join(d, f)).size}:${statSync(path.join(d, f)).mtimeMs}:${createHash('sha1').update(readFileSync(path.join(d, f))).digest('hex')}`);

before(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'vanban-user-'));
  writeFileSync(path.join(dir, 'nghi-quyet-12.md'), DEFINING);
  writeFileSync(path.join(dir, 'bao-cao.txt'), CITING);
  writeFileSync(path.join(dir, 'records.json'), RECORDS([REC]));
  writeFileSync(path.join(dir, 'bad-json.json'), '{\n  "records": [\n    { "type": "directive", }\n  ]\n}\n');
  writeFileSync(path.join(dir, 'bad-schema.json'), BAD_SCHEMA);
  writeFileSync(path.join(dir, 'dup.json'), RECORDS([{ ...REC, subject: 'nội dung khác', issuer: 'Tỉnh ủy' }]));
  writeFileSync(path.join(dir, 'broken.docx'), 'không phải tệp zip');
  // A password-protected Word file is an OLE compound file, not a zip.
  writeFileSync(path.join(dir, 'protected.docx'), Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]));
  writeFileSync(path.join(dir, 'binary.txt'), Buffer.from([0x42, 0x00, 0x01, 0x02, 0x00]));
  // 100 MB of junk, sparse so the test stays cheap.
  const huge = path.join(dir, 'huge.txt');
  closeSync(openSync(huge, 'w'));
  truncateSync(huge, 100 * 1024 * 1024);
  const zip = new JSZip();
  zip.file('[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>');
  zip.file('_rels/.rels', '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>');
  zip.file('word/document.xml', `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${CITING.split('\n').filter(Boolean).map((l) => `<w:p><w:r><w:t>${l}</w:t></w:r></w:p>`).join('')}</w:body></w:document>`);
  writeFileSync(path.join(dir, 'bien-ban.docx'), await zip.generateAsync({ type: 'nodebuffer' }));
});

test('documents define records and count as evidence; bad files are named and the rest loads', async () => {
  const before = snapshot(dir);
  const cache = mkdtempSync(path.join(tmpdir(), 'vanban-cache-'));
  const r = await loadCorpus({ bundledDir: BUNDLED, userDirs: [dir], cacheDir: cache });
  const byFile = (name: string) => r.problems.filter((p) => path.basename(p.file) === name);
  assert.equal(byFile('bad-json.json')[0]?.line, 3, JSON.stringify(r.problems));
  assert.equal(byFile('bad-schema.json').length, 1);
  assert.equal(byFile('bad-schema.json')[0]!.line, BAD_LINE);
  assert.match(byFile('bad-schema.json')[0]!.message, /date/);
  assert.match(byFile('dup.json')[0]!.message, /mâu thuẫn với .*bad-schema\.json.*issuer/);
  assert.match(byFile('broken.docx')[0]!.message, /\.docx/);
  assert.match(byFile('protected.docx')[0]!.message, /mật khẩu|password/);
  assert.match(byFile('binary.txt')[0]!.message, /nhị phân|binary/);
  assert.match(byFile('huge.txt')[0]!.message, /quá lớn|too large/);
  assert.equal(r.problems.length, 7, JSON.stringify(r.problems, null, 1));
  // The valid record of bad-schema.json still loads, and so does records.json.
  assert.equal(r.index.byOfficialId('34-KH/TU').length, 1);
  assert.equal(r.index.byOfficialId('34-KH/TU')[0]!.conflicts.length, 1);
  // The defining document's header became a record.
  const learned = r.index.byOfficialId('12-NQ/TU');
  assert.equal(learned.length, 1);
  assert.equal(learned[0]!.record.date, '2021-03-05');
  assert.equal(learned[0]!.record.kind, 'Nghị quyết');
  assert.equal(learned[0]!.origin.layer, 'user-document');
  // Citations are evidence, counted by date: .txt and .docx alike (3 + 3).
  const ev = r.index.evidence.get(idMatchKey('12-NQ/TU'))!;
  assert.deepEqual(ev.dates, { '2021-03-05': 4, '2021-03-15': 2 });
  // Nothing was written into the user's folder.
  assert.deepEqual(snapshot(dir), before);
});

test('the cache makes a restart near-instant and notices a changed file', async () => {
  const cache = mkdtempSync(path.join(tmpdir(), 'vanban-cache-'));
  const first = await loadCorpus({ bundledDir: BUNDLED, userDirs: [dir], cacheDir: cache });
  assert.equal(first.stats.fromCache, 0);
  const second = await loadCorpus({ bundledDir: BUNDLED, userDirs: [dir], cacheDir: cache });
  assert.equal(second.stats.fromCache, second.stats.files);
  assert.equal(second.index.evidence.get(idMatchKey('12-NQ/TU'))!.count, 6);
  const f = path.join(dir, 'bao-cao.txt');
  writeFileSync(f, CITING + 'Thêm: Nghị quyết số 12-NQ/TU ngày 5/3/2021.\n');
  utimesSync(f, new Date(2030, 0, 1), new Date(2030, 0, 1));
  const third = await loadCorpus({ bundledDir: BUNDLED, userDirs: [dir], cacheDir: cache });
  assert.equal(third.stats.fromCache, third.stats.files - 1);
  assert.equal(third.index.evidence.get(idMatchKey('12-NQ/TU'))!.count, 7);
  writeFileSync(f, CITING);
});

test('an untrusted workspace uses the bundled corpus only', async () => {
  const r = await loadCorpus({ bundledDir: BUNDLED, userDirs: [dir], bundledOnly: true });
  assert.equal(r.index.byOfficialId('34-KH/TU').length, 0);
  assert.equal(r.problems.length, 0);
  assert.ok(r.index.byOfficialId('290-QĐ/TW').length > 0);
});

test('CLI: --corpus names bad files, exits 2, and still checks against the good ones', () => {
  const draft = path.join(mkdtempSync(path.join(tmpdir(), 'vanban-draft-')), 'draft.md');
  writeFileSync(draft, 'Tỉnh ủy Thử Nghiệm triển khai Kế hoạch số 34-KH/TU ngày 2/4/2021 của Ban Thường vụ Tỉnh ủy.\n');
  const r = spawnSync(process.execPath, [path.join(ROOT, 'dist', 'cli.js'), 'check', draft, '--corpus', dir, '--format', 'json'], { encoding: 'utf8' });
  assert.equal(r.status, 2);
  for (const name of ['bad-json.json:3', `bad-schema.json:${BAD_LINE}`, 'broken.docx', 'binary.txt', 'huge.txt']) assert.ok(r.stderr.includes(name), `${name} in\n${r.stderr}`);
  const codes = JSON.parse(r.stdout)[0].diagnostics.map((d: { code: string }) => d.code);
  assert.ok(codes.includes('citation-date-mismatch'), codes.join());
  const stats = spawnSync(process.execPath, [path.join(ROOT, 'dist', 'cli.js'), 'corpus', 'stats', '--corpus', dir], { encoding: 'utf8' });
  const s = JSON.parse(stats.stdout);
  assert.equal(s.user.documents, 3); // the .md, the .txt and the good .docx
  assert.equal(s.user.learnedRecords, 1);
  const validate = spawnSync(process.execPath, [path.join(ROOT, 'dist', 'cli.js'), 'corpus', 'validate', path.join(dir, 'records.json'), path.join(dir, 'bad-schema.json')], { encoding: 'utf8' });
  assert.equal(validate.status, 2);
  assert.match(validate.stdout, /records\.json: 1 bản ghi hợp lệ/);
  assert.ok(validate.stderr.includes(`bad-schema.json:${BAD_LINE}`), validate.stderr);
});

test('server: the corpus paths setting is read; an untrusted workspace ignores it', async () => {
  const ws = mkdtempSync(path.join(tmpdir(), 'vanban-ws-'));
  mkdirSync(path.join(ws, 'kho'));
  writeFileSync(path.join(ws, 'kho', 'records.json'), RECORDS([REC]));
  const text = 'Tỉnh ủy Thử Nghiệm triển khai Kế hoạch số 34-KH/TU ngày 2/4/2021 của Ban Thường vụ Tỉnh ủy.\n';
  for (const trusted of [true, false]) {
    const c = await startServer({ capabilities: PUSH_ONLY, workspace: ws, settings: { corpus: { paths: ['kho'] } }, initializationOptions: { trusted } });
    const uri = await c.open('draft.md', text);
    const p = await c.waitFor('diagnostics', () => c.published.get(uri));
    const codes = p.diagnostics.map((d) => d.code);
    if (trusted) assert.ok(codes.includes('citation-date-mismatch'), codes.join());
    else assert.ok(!codes.includes('citation-date-mismatch') && codes.includes('citation-unknown'), codes.join());
    await c.stop();
  }
  assert.deepEqual(readdirSync(path.join(ws, 'kho')), ['records.json']);
});

test('a stray NUL from PDF extraction does not make a text file binary', async () => {
  const { readDocumentText } = await import('../../server/src/host/corpus-loader');
  const d = mkdtempSync(path.join(tmpdir(), 'vanban-nul-'));
  const f = path.join(d, 'pdf.txt');
  writeFileSync(f, Buffer.concat([Buffer.from(CITING.repeat(20)), Buffer.from([0]), Buffer.from(CITING), Buffer.from([0])]));
  const r = await readDocumentText(f);
  assert.ok('text' in r, JSON.stringify(r));
  assert.ok(!r.text.includes('\u0000'));
});
