// Issue 12 through the CLI: what vanban does with files offices really produce (defect 2:
// encodings; defect 4: a BOM in JSON; defect 7: stdin, folders, .docx paragraphs, impossible
// record dates, CR-only line endings). Every row either gives the same findings as the UTF-8
// original or a refusal that names the reason — never findings on mis-decoded text.
//
// The legacy fixtures are made by vanban's own encoders, written from the published tables
// (server/src/host/encoding.ts); UTF-16 fixtures by iconv (Debian's libc-bin), and iconv's
// TCVN5712-1 cross-checks the TCVN3 table.

import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { before, test } from 'node:test';
import JSZip from 'jszip';
import { encodeTcvn3, encodeVni, encodeWin1258 } from '../../server/src/host/encoding';
import { loadCorpus } from '../../server/src/host/corpus-loader';
import { BUNDLED, ROOT } from '../helpers/corpus';

const CLI = path.join(ROOT, 'dist', 'cli.js');
const dir = mkdtempSync(path.join(tmpdir(), 'vanban-bad-input-'));
// The example report with seeded mistakes: several rules fire, on many lines.
const ORIGINAL = readFileSync(path.join(ROOT, 'examples', 'bao-cao-tong-ket-co-loi.md'), 'utf8').normalize('NFC');
// Mostly ASCII, one accented word: the case that used to slip under the "binary" threshold.
const LARGE = ORIGINAL.repeat(Math.ceil(200_000 / ORIGINAL.length));
const MOSTLY_ASCII = 'Thuc hien Nghi quyet so 29-NQ/TW, ngay 31/4/2020 Ban Dan van hop. Nghị.\n';

function vanban(args: string[], input?: string | Uint8Array) {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', cwd: dir, input, env: { ...process.env } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/** Findings as (code, start, end) strings: what "the same findings" means. */
function findings(out: string): string[] {
  return (JSON.parse(out) as { diagnostics: { code: string; range: { start: { line: number; character: number }; end: { line: number; character: number } } }[] }[]).flatMap((f) =>
    f.diagnostics.map((d) => `${d.code}@${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character}`),
  );
}

const iconv = (text: string, to: string) => execFileSync('iconv', ['-f', 'UTF-8', '-t', to], { input: text });
const withBom = (bom: number[], body: Buffer) => Buffer.concat([Buffer.from(bom), body]);

interface EncodingRow {
  name: string;
  bytes: () => Uint8Array;
  /** Same findings as the UTF-8 original of `text`, with this notice; or a refusal matching it. */
  expect: { same: true; text: string; notice: RegExp | null } | { same: false; refusal: RegExp };
}

const ENCODING_ROWS: EncodingRow[] = [
  { name: 'UTF-8', bytes: () => Buffer.from(ORIGINAL), expect: { same: true, text: ORIGINAL, notice: null } },
  { name: 'UTF-8 with BOM', bytes: () => withBom([0xef, 0xbb, 0xbf], Buffer.from(ORIGINAL)), expect: { same: true, text: ORIGINAL, notice: null } },
  { name: 'UTF-16 LE with BOM (iconv)', bytes: () => withBom([0xff, 0xfe], iconv(ORIGINAL, 'UTF-16LE')), expect: { same: true, text: ORIGINAL, notice: /UTF-16 LE/ } },
  { name: 'UTF-16 BE with BOM (iconv)', bytes: () => withBom([0xfe, 0xff], iconv(ORIGINAL, 'UTF-16BE')), expect: { same: true, text: ORIGINAL, notice: /UTF-16 BE/ } },
  { name: 'TCVN3', bytes: () => encodeTcvn3(ORIGINAL), expect: { same: true, text: ORIGINAL, notice: /TCVN3 \(ABC\).*đã chuyển sang Unicode.*vanban convert/ } },
  { name: 'TCVN3 by iconv TCVN5712-1', bytes: () => iconv(ORIGINAL, 'TCVN5712-1'), expect: { same: true, text: ORIGINAL, notice: /TCVN3/ } },
  { name: 'VNI Windows', bytes: () => encodeVni(ORIGINAL), expect: { same: true, text: ORIGINAL, notice: /VNI Windows/ } },
  { name: 'Windows-1258', bytes: () => encodeWin1258(ORIGINAL), expect: { same: true, text: ORIGINAL, notice: /Windows-1258/ } },
  // Larger than the 64 KB sample the tables are judged on: the whole file is converted.
  { name: 'TCVN3, 200 KB', bytes: () => encodeTcvn3(LARGE), expect: { same: true, text: LARGE, notice: /TCVN3/ } },
  { name: 'VNI, 200 KB', bytes: () => encodeVni(LARGE), expect: { same: true, text: LARGE, notice: /VNI/ } },
  { name: 'mostly-ASCII TCVN3', bytes: () => encodeTcvn3(MOSTLY_ASCII), expect: { same: true, text: MOSTLY_ASCII, notice: /TCVN3/ } },
  { name: 'mostly-ASCII VNI', bytes: () => encodeVni(MOSTLY_ASCII), expect: { same: true, text: MOSTLY_ASCII, notice: /VNI/ } },
  // One "ị" in Windows-1258 is "i" and a tone byte that TCVN3 reads as "ũ": both readings are
  // Vietnamese-shaped, so vanban refuses rather than guess.
  { name: 'mostly-ASCII Windows-1258 (ambiguous)', bytes: () => encodeWin1258(MOSTLY_ASCII), expect: { same: false, refusal: /có thể là .*Windows-1258|could be .*Windows-1258/ } },
  { name: 'Latin-1 French', bytes: () => Buffer.from('Le comité a décidé: réunion à Hanoï le 31/4/2020.\n', 'latin1'), expect: { same: false, refusal: /không nhận ra bảng mã.*not recognised/ } },
  { name: 'PDF bytes in a .txt', bytes: () => Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj\n'), expect: { same: false, refusal: /PDF/ } },
  { name: 'binary', bytes: () => Buffer.from([0x42, 0x00, 0x01, 0x02, 0x00, 0x9f, 0xff]), expect: { same: false, refusal: /nhị phân|binary/ } },
];

before(() => {
  writeFileSync(path.join(dir, 'original.md'), ORIGINAL);
  writeFileSync(path.join(dir, 'mostly-ascii.md'), MOSTLY_ASCII);
});

for (const [i, row] of ENCODING_ROWS.entries())
  test(`encoding: ${row.name}`, () => {
    const file = path.join(dir, `enc-${i}.md`);
    writeFileSync(file, row.bytes());
    const r = vanban(['check', file, '--format', 'json', '--today', '2026-11-23']);
    if (row.expect.same) {
      const origFile = `enc-${i}-utf8.md`;
      writeFileSync(path.join(dir, origFile), row.expect.text);
      const want = findings(vanban(['check', origFile, '--format', 'json', '--today', '2026-11-23']).out);
      assert.ok(want.length > 0, 'the original has findings to compare');
      assert.deepEqual(findings(r.out), want, r.err);
      if (row.expect.notice) assert.match(r.err, row.expect.notice);
      else assert.equal(r.err, '');
    } else {
      assert.equal(r.code, 2, r.err);
      assert.match(r.err, row.expect.refusal);
      assert.deepEqual(JSON.parse(r.out), [], 'no findings on text that could not be decoded');
    }
  });

const FORMAT_ROWS: [string, RegExp][] = [
  ['bao-cao.doc', /Word 97–2003 \(\.doc\).*\.docx/],
  ['bao-cao.odt', /OpenDocument \(\.odt\)/],
  ['bao-cao.pdf', /PDF/],
  ['bao-cao.rtf', /RTF/],
];
for (const [name, message] of FORMAT_ROWS)
  test(`format: ${name} is named, not read`, () => {
    writeFileSync(path.join(dir, name), 'whatever');
    const r = vanban(['check', name]);
    assert.equal(r.code, 2);
    assert.match(r.err, new RegExp(`${name.replace('.', '\\.')}: định dạng không đọc được / unsupported format`));
    assert.match(r.err, message);
  });

test('convert: a UTF-8 copy where the writer asks, and a refusal that says how', () => {
  for (const [name, bytes] of [['tcvn3.txt', encodeTcvn3(ORIGINAL)], ['vni.txt', encodeVni(ORIGINAL)], ['cp1258.txt', encodeWin1258(ORIGINAL)]] as const) {
    writeFileSync(path.join(dir, name), bytes);
    const r = vanban(['convert', name, '-o', `${name}.utf8.md`]);
    assert.equal(r.code, 0, r.err);
    assert.equal(readFileSync(path.join(dir, `${name}.utf8.md`), 'utf8'), ORIGINAL, name);
    assert.match(r.err, /→ UTF-8/);
  }
  // Ambiguous: refused, with the --from way out; --from then converts.
  writeFileSync(path.join(dir, 'ambiguous.txt'), encodeWin1258(MOSTLY_ASCII));
  const refused = vanban(['convert', 'ambiguous.txt', '-o', 'out.md']);
  assert.equal(refused.code, 2);
  assert.match(refused.err, /--from/);
  const forced = vanban(['convert', 'ambiguous.txt', '--from', 'windows-1258']);
  assert.equal(forced.code, 0, forced.err);
  assert.equal(forced.out, MOSTLY_ASCII);
  assert.equal(vanban(['convert', 'ambiguous.txt', '--from', 'latin9']).code, 2);
});

test('stdin: "-" is checked like a file, named <stdin>', () => {
  const r = vanban(['check', '-', '--format', 'json', '--today', '2026-11-23'], ORIGINAL);
  assert.equal(JSON.parse(r.out)[0].file, '<stdin>');
  assert.deepEqual(findings(r.out), findings(vanban(['check', 'original.md', '--format', 'json', '--today', '2026-11-23']).out));
  const t = vanban(['check', '-'], 'Hội nghị được tổ chức ngày 29/2/2019.\n');
  assert.equal(t.code, 1);
  assert.match(t.out, /^<stdin>:1:28: error date-invalid/);
  // And stdin in TCVN3 is converted with the same notice as a file.
  const legacy = vanban(['check', '-', '--format', 'json'], encodeTcvn3(ORIGINAL));
  assert.match(legacy.err, /<stdin>: tệp mã TCVN3/);
});

test('folders: the .md, .txt and .docx inside, in path order; other formats named; an empty folder is an error', () => {
  const reports = path.join(dir, 'reports');
  mkdirSync(path.join(reports, 'sub'), { recursive: true });
  writeFileSync(path.join(reports, 'b.md'), 'Ngày 31/4/2020 họp.\n');
  writeFileSync(path.join(reports, 'a.txt'), 'Ngày 29/2/2019 họp.\n');
  writeFileSync(path.join(reports, 'sub', 'c.md'), 'Ngày 30/2/2021 họp.\n');
  writeFileSync(path.join(reports, 'ghi-chu.json'), '{}');
  writeFileSync(path.join(reports, 'ban-cuoi.pdf'), '%PDF-1.4');
  const r = vanban(['check', 'reports', '--format', 'json']);
  assert.equal(r.code, 1, r.err);
  assert.deepEqual(
    JSON.parse(r.out).map((f: { file: string }) => f.file),
    [path.join('reports', 'a.txt'), path.join('reports', 'b.md'), path.join('reports', 'sub', 'c.md')],
  );
  assert.match(r.err, /ban-cuoi\.pdf: không kiểm tra \/ not checked/);
  mkdirSync(path.join(dir, 'empty'));
  const e = vanban(['check', 'empty']);
  assert.equal(e.code, 2);
  assert.match(e.err, /không có tệp \.md, \.txt hoặc \.docx/);
});

async function docx(paragraphs: string[]): Promise<Buffer> {
  const zip = new JSZip();
  zip.file('[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>');
  zip.file('_rels/.rels', '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>');
  zip.file('word/document.xml', `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${paragraphs.map((l) => `<w:p><w:r><w:t>${l}</w:t></w:r></w:p>`).join('')}</w:body></w:document>`);
  return zip.generateAsync({ type: 'nodebuffer' });
}

test('.docx findings give the paragraph and a quote, not internal line numbers', async () => {
  writeFileSync(
    path.join(dir, 'bao-cao.docx'),
    await docx(['BÁO CÁO', '', 'Hội nghị sơ kết được tổ chức vào ngày 31/4/2020 tại hội trường lớn của tỉnh, với sự tham dự của đông đảo đại biểu.']),
  );
  const r = vanban(['check', 'bao-cao.docx', '--today', '2026-11-23']);
  assert.equal(r.code, 1, r.err);
  assert.match(r.out, /^bao-cao\.docx:¶3: error date-invalid: .* — "…sơ kết được tổ chức vào ngày 31\/4\/2020 tại hội trường lớn của tỉnh,…"$/m);
  const j = JSON.parse(vanban(['check', 'bao-cao.docx', '--format', 'json']).out)[0].diagnostics[0];
  assert.equal(j.paragraph, 3);
  assert.ok(j.quote.includes('31/4/2020') && j.quote.length <= 75, j.quote);
  // A Markdown file keeps line:column (negative row).
  const m = vanban(['check', 'original.md', '--format', 'json']);
  assert.equal(JSON.parse(m.out)[0].diagnostics[0].paragraph, undefined);
});

test('corpus validate: impossible dates rejected, a BOM accepted', () => {
  const rec = (date: string) => ({ type: 'directive', id: '34-KH/TU', kind: 'Kế hoạch', number: '34', symbol: 'KH/TU', issuer: 'Ban Thường vụ Tỉnh ủy', organisation: 'Tỉnh ủy Thử Nghiệm', date, subject: 'thử', sources: [{ title: 'hồ sơ thử nghiệm' }] });
  const rows: [string, string, number, RegExp][] = [
    ['feb30.json', JSON.stringify({ records: [rec('2021-02-30')] }, null, 2), 2, /ngày không có thật ở \/date: "2021-02-30"/],
    ['feb29.json', JSON.stringify({ records: [rec('2021-02-29')] }, null, 2), 2, /2021-02-29/],
    ['leap.json', JSON.stringify({ records: [rec('2020-02-29')] }, null, 2), 0, /1 bản ghi hợp lệ/],
    ['bom.json', '\ufeff' + JSON.stringify({ records: [rec('2021-02-28')] }, null, 2), 0, /1 bản ghi hợp lệ/],
  ];
  for (const [name, text, code, message] of rows) {
    writeFileSync(path.join(dir, name), text);
    const r = vanban(['corpus', 'validate', name]);
    assert.equal(r.code, code, `${name}: ${r.err}`);
    assert.match(r.out + r.err, message, name);
  }
});

test('CR-only line endings: the same findings and the same province as LF', () => {
  const report = 'TỈNH ỦY BẮC NINH\nBAN DÂN VẬN\n\nSố 12-BC/BDVTU\n\nBắc Ninh, ngày 05 tháng 3 năm 2021\n\nBÁO CÁO\nTổng kết công tác dân vận năm 2020\n\nNgày 31/4/2020 Ban Dân vận Tỉnh ủy đã họp.\n';
  const cites = (text: string) => JSON.parse(vanban(['citations', '-'], text).out)[0];
  const lf = cites(report);
  const cr = cites(report.replace(/\n/g, '\r'));
  assert.equal(lf.province, 'Bắc Ninh');
  assert.equal(cr.province, lf.province);
  assert.equal(cr.reportDate, lf.reportDate);
  // Through the check: the finding lands on the same line and column.
  const lines = (text: string) => vanban(['check', '-'], text).out;
  assert.equal(lines(report.replace(/\n/g, '\r')), lines(report));
  assert.ok(lines(report).includes('date-invalid'));
});

test('corpus folders: a symbolic link is reported, the same folder twice loads once, a TCVN3 document is converted with a notice', async () => {
  const kho = path.join(dir, 'kho');
  mkdirSync(kho);
  const DEFINING = 'TỈNH ỦY THỬ NGHIỆM\n\nSố 12-NQ/TU\n\nThử Nghiệm, ngày 05 tháng 3 năm 2021\n\nNGHỊ QUYẾT\nVề tăng cường công tác dân vận trong tình hình mới\n';
  writeFileSync(path.join(kho, 'nghi-quyet.txt'), encodeTcvn3(DEFINING));
  writeFileSync(path.join(kho, 'bao-cao.md'), 'Thực hiện Nghị quyết số 12-NQ/TU ngày 5/3/2021 của Tỉnh ủy.\n');
  symlinkSync(path.join(dir, 'original.md'), path.join(kho, 'lien-ket.md'));
  const once = await loadCorpus({ bundledDir: BUNDLED, userDirs: [kho] });
  const twice = await loadCorpus({ bundledDir: BUNDLED, userDirs: [kho, kho + path.sep, path.join(dir, '.', 'kho')] });
  assert.equal(once.stats.documents, 2);
  assert.equal(twice.stats.documents, 2, 'loaded once');
  assert.deepEqual([...twice.index.evidence.entries()].map(([k, v]) => [k, JSON.stringify(v)]), [...once.index.evidence.entries()].map(([k, v]) => [k, JSON.stringify(v)]), 'evidence not counted twice');
  assert.ok(once.problems.some((p) => p.file.endsWith('lien-ket.md') && /liên kết tượng trưng.*symbolic link/.test(p.message)), JSON.stringify(once.problems));
  assert.ok(once.notices.some((n) => n.file.endsWith('nghi-quyet.txt') && /TCVN3/.test(n.message)), JSON.stringify(once.notices));
  assert.equal(once.stats.learnedRecords, 1, 'the TCVN3 document defines its resolution');
});

test('corpus folders: an unreadable subfolder is reported', { skip: process.getuid?.() === 0 ? 'root reads every folder: this check needs an ordinary user' : false }, async () => {
  const kho = path.join(dir, 'kho-khoa');
  mkdirSync(path.join(kho, 'rieng'), { recursive: true });
  writeFileSync(path.join(kho, 'rieng', 'a.md'), 'x');
  execFileSync('chmod', ['000', path.join(kho, 'rieng')]);
  try {
    const r = await loadCorpus({ bundledDir: BUNDLED, userDirs: [kho] });
    assert.ok(r.problems.some((p) => p.file.endsWith('rieng') && /không đọc được thư mục/.test(p.message)), JSON.stringify(r.problems));
  } finally {
    execFileSync('chmod', ['755', path.join(kho, 'rieng')]);
  }
});

test('.vanban.json for the CLI: a BOM is read, "corpus" as a string is one folder', () => {
  const proj = path.join(dir, 'proj');
  mkdirSync(path.join(proj, 'kho'), { recursive: true });
  writeFileSync(path.join(proj, 'kho', 'nghi-quyet.md'), 'TỈNH ỦY THỬ NGHIỆM\n\nSố 12-NQ/TU\n\nThử Nghiệm, ngày 05 tháng 3 năm 2021\n\nNGHỊ QUYẾT\nVề tăng cường công tác dân vận\n');
  writeFileSync(path.join(proj, '.vanban.json'), '\ufeff{ "corpus": "kho", "rules": { "date-invalid": "warning" } }');
  const r = spawnSync(process.execPath, [CLI, 'check', '-', '--format', 'json'], { cwd: proj, encoding: 'utf8', input: 'Ngày 31/4/2020, thực hiện Nghị quyết số 12-NQ/TU ngày 15/3/2021.\n' });
  assert.equal(r.status, 0, r.stderr); // the config was read: date-invalid is only a warning now
  assert.equal(r.stderr, '');
  const codes = JSON.parse(r.stdout)[0].diagnostics.map((d: { code: string; severity: string }) => `${d.code}:${d.severity}`);
  assert.ok(codes.includes('date-invalid:warning'), codes.join());
  // The folder given as a string was loaded: the citation's date is compared with the document.
  assert.ok(codes.some((c: string) => c.startsWith('citation-date-mismatch')), codes.join());
});

// A reader that stops after the first lines ("vanban citations … | head -1"): the command ends quietly, as one killed by
// SIGPIPE would, instead of an unhandled EPIPE with a stack trace (fifty-fourth session).
test('output piped to a reader that stops early: a quiet end, status 141, nothing on stderr', async () => {
  const { spawn } = await import('node:child_process');
  const page = path.join(dir, 'epipe.md');
  writeFileSync(page, ORIGINAL);
  const child = spawn(process.execPath, [CLI, 'citations', page, '--format', 'text'], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
  let err = '';
  child.stderr.on('data', (d: Buffer) => (err += d.toString()));
  // The reader closes the pipe before the first line is written (as \`head\` has, by the later lines): every write fails.
  child.stdout.destroy();
  const code = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
  assert.equal(err, '');
  assert.equal(code, 141);
});
