// `vanban check --jobs N`: many files on worker threads give exactly the output of one thread —
// findings, formats, the order of files, unreadable files named on stderr, the exit status. And
// `vanban corpus build --jobs N`: documents learned on worker threads give the same index.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import { ROOT } from '../helpers/corpus';

const CLI = path.join(ROOT, 'dist', 'cli.js');
const dir = mkdtempSync(path.join(tmpdir(), 'vanban-jobs-'));
const TEXTS = [
  'Hội nghị được tổ chức ngày 29/2/2019 tại hội trường tỉnh.\n',
  'Thực hiện Quyết định số 290-QĐ/TW ngày 25/2/2010 của Ban Bí thư, các cấp ủy đã quán triệt.\n',
  'Nghị quyết số 290-QĐ/TW của Bộ Chính trị khóa XII.\n',
  'Ngày 31/4/2020, Ban Dân vận họp; MTTQ tham dự.\n',
  'Báo cáo không có gì sai: các cấp ủy đã quán triệt, triển khai thực hiện nghiêm túc.\n',
];
// Twelve files (over the threshold for workers), one of them missing, in a deliberate order.
const files: string[] = [];
for (let i = 0; i < 12; i++) {
  const f = path.join(dir, `bao-cao-${String(11 - i).padStart(2, '0')}.md`);
  if (i !== 7) writeFileSync(f, TEXTS[i % TEXTS.length]!.repeat(1 + (i % 3)));
  files.push(f);
}

// These files are small: a real run would check them on the main thread alone (MIN_BYTES_FOR_WORKERS).
// VANBAN_JOBS_MAIN=off makes the workers check every one of them, so their output is what is compared.
function vanban(...args: string[]) {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', cwd: dir, env: { ...process.env, VANBAN_JOBS_MAIN: 'off' } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const CASES: [string, string[]][] = [
  ['text', []],
  ['json', ['--format', 'json']],
  ['sarif', ['--format', 'sarif']],
];

// Files are handed out largest first; they must still print in the order given.
for (const jobs of ['2', '3'])
  for (const [name, args] of CASES) {
    test(`--jobs ${jobs} prints what --jobs 1 prints (${name}), files in input order`, () => {
      const one = vanban('check', ...files, '--today', '2026-11-23', '--jobs', '1', ...args);
      const many = vanban('check', ...files, '--today', '2026-11-23', '--jobs', jobs, ...args);
      assert.equal(one.code, 2, one.err); // the missing file
      assert.equal(many.code, one.code);
      assert.equal(many.out, one.out);
      assert.equal(many.err, one.err);
      assert.match(one.err, /bao-cao-04\.md/);
      if (name === 'json') assert.deepEqual(JSON.parse(many.out).map((r: { file: string }) => r.file), files.filter((_, i) => i !== 7));
    });
  }

// A folder of fixtures: every file readable, one without any finding, the exit status of an error.
const folder = path.join(dir, 'thu-muc');
mkdirSync(folder);
for (let i = 0; i < 10; i++) writeFileSync(path.join(folder, `${String(i).padStart(2, '0')}.md`), TEXTS[(i * 3) % TEXTS.length]!.repeat(1 + ((i * 7) % 4)));
for (const [name, args] of CASES)
  test(`a folder: --jobs 2 prints what --jobs 1 prints (${name})`, () => {
    const one = vanban('check', folder, '--today', '2026-11-23', '--jobs', '1', ...args);
    const two = vanban('check', folder, '--today', '2026-11-23', '--jobs', '2', ...args);
    assert.equal(one.code, 1, one.err);
    assert.equal(two.code, one.code);
    assert.equal(two.out, one.out);
    assert.equal(two.err, one.err);
    assert.ok(one.out.length > 0);
  });

test('--jobs must be a positive integer', () => {
  for (const bad of ['0', '-2', 'many', '1.5']) {
    const r = vanban('check', files[0]!, '--jobs', bad);
    assert.equal(r.code, 2, bad);
    assert.match(r.err, /--jobs/);
  }
});

test('corpus build --jobs 3 writes the index --jobs 1 writes', () => {
  const corpus = path.join(dir, 'kho');
  mkdirSync(corpus);
  for (let i = 0; i < 12; i++) {
    const header = `TỈNH ỦY HÀ TĨNH\n\nSố ${100 + i}-KH/TU\n\nHà Tĩnh, ngày ${1 + i} tháng 3 năm 2021\n\nKẾ HOẠCH\nthực hiện nội dung số ${i}\n\n`;
    writeFileSync(path.join(corpus, `ke-hoach-${i}.md`), header + TEXTS[i % TEXTS.length]!);
  }
  writeFileSync(path.join(corpus, 'hong.docx'), 'không phải tệp zip');
  const out1 = path.join(dir, 'index-1.json');
  const out3 = path.join(dir, 'index-3.json');
  const one = vanban('corpus', 'build', corpus, '-o', out1, '--jobs', '1');
  const three = vanban('corpus', 'build', corpus, '-o', out3, '--jobs', '3');
  assert.equal(one.code, 2, one.err); // the broken .docx is named
  assert.equal(three.code, one.code);
  assert.equal(three.err, one.err);
  assert.equal(three.out.replace(out3, out1), one.out);
  const index = readFileSync(out1, 'utf8');
  assert.equal(readFileSync(out3, 'utf8'), index);
  assert.ok(JSON.parse(index).directives.length > 12, 'learned records from the headers');
});

test('over 2 MB: the main thread and a worker share the files, output as on one thread', () => {
  const big = path.join(dir, 'lon');
  mkdirSync(big);
  // Twelve files of about 200 KB each, of unequal sizes so the largest-first order is not the input order.
  for (let i = 0; i < 12; i++) writeFileSync(path.join(big, `${String(i).padStart(2, '0')}.md`), TEXTS[i % TEXTS.length]!.repeat(1500 + 200 * ((i * 5) % 7)));
  const run = (jobs: string) => {
    const r = spawnSync(process.execPath, [CLI, 'check', big, '--today', '2026-11-23', '--format', 'json', '--jobs', jobs], { encoding: 'utf8', cwd: dir, maxBuffer: 1 << 28 });
    return { code: r.status, out: r.stdout, err: r.stderr };
  };
  const one = run('1');
  const two = run('2');
  assert.equal(one.code, 1, one.err);
  assert.equal(two.code, one.code);
  assert.equal(two.err, one.err);
  assert.equal(two.out, one.out);
  assert.equal(JSON.parse(one.out).length, 12);
});

test('V8 flags on the command line do not stop the workers', () => {
  const run = (flags: string[], jobs: string) => spawnSync(process.execPath, [...flags, CLI, 'check', ...files, '--today', '2026-11-23', '--format', 'json', '--jobs', jobs], { encoding: 'utf8', cwd: dir, env: { ...process.env, VANBAN_JOBS_MAIN: 'off' } });
  const one = run([], '1');
  const two = run(['--max-old-space-size=1024'], '2');
  assert.doesNotMatch(two.stderr, /internal error|ERR_WORKER/);
  assert.equal(two.status, one.status);
  assert.equal(two.stdout, one.stdout);
});
