// `vanban new`: the draft goes to stdout or to a new file (never over an existing one), the
// notes to stderr, and the draft checks like any report.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import { ROOT } from '../helpers/corpus';

const CLI = path.join(ROOT, 'dist', 'cli.js');
const dir = mkdtempSync(path.join(tmpdir(), 'vanban-new-'));
const vanban = (...args: string[]) => {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', cwd: dir });
  return { code: r.status, out: r.stdout, err: r.stderr };
};
const ARGS = ['--kind', 'tong-ket', '--directive', '25-NQ/TW', '--issuer', 'BAN DÂN VẬN TỈNH ỦY', '--place', 'Hà Tĩnh'];

test('new: stdout, N from the dates, and the draft checks clean of anniversary findings', () => {
  const r = vanban('new', ...ARGS, '--date', '2023-06-03');
  assert.equal(r.code, 0, r.err);
  // Three documents carry 25-NQ/TW (2003, 2008, 2013): stderr says which one the draft cites.
  assert.match(r.err, /^vanban: Có 3 văn bản cùng số 25-NQ\/TW: đã dùng văn bản ngày 3\/6\/2013 \(khóa XI\)/);
  assert.match(r.out, /^\*\*Tổng kết 10 năm thực hiện Nghị quyết số 25-NQ\/TW ngày 3\/6\/2013 của Ban Chấp hành Trung ương khóa XI/m);
  const file = path.join(dir, 'tk2023.md');
  writeFileSync(file, r.out);
  const c = vanban('check', file, '--format', 'json', '--today', '2026-12-01');
  const codes = (JSON.parse(c.out) as { diagnostics: { code: string }[] }[])[0]!.diagnostics.map((d) => d.code);
  assert.ok(!codes.includes('anniversary-mismatch'), codes.join(', '));
});

test('new -o: a wrong N is written as asked, said on stderr, and caught by check', () => {
  const file = path.join(dir, 'tk2021.md');
  const r = vanban('new', ...ARGS, '--date', '2021-06-03', '--years', '10', '-o', file);
  assert.equal(r.code, 0, r.err);
  assert.match(r.err, /là 8 năm, không phải 10 năm/);
  assert.match(readFileSync(file, 'utf8'), /Tổng kết 10 năm thực hiện/);
  const c = vanban('check', file, '--today', '2026-12-01');
  assert.match(c.out, /warning anniversary-mismatch: .*8 năm, không phải 10 năm/);
  // Never over an existing file.
  const again = vanban('new', ...ARGS, '--date', '2021-06-03', '-o', file);
  assert.equal(again.code, 2);
  assert.match(again.err, /tệp đã có/);
});

test('new: usage errors name what is wrong', () => {
  assert.equal(vanban('new', '--kind', 'tong-ket').code, 2);
  assert.match(vanban('new', '--kind', 'tong-ket').err, /cần --directive/);
  assert.match(vanban('new', '--kind', 'nam').err, /--kind phải là một trong/);
  assert.match(vanban('new', ...ARGS, '--years', 'mười').err, /--years phải là số năm/);
});
