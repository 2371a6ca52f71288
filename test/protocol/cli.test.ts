// The CLI contract (README): formats, exit codes, and unreadable files.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import { ROOT } from '../helpers/corpus';

const CLI = path.join(ROOT, 'dist', 'cli.js');
const dir = mkdtempSync(path.join(tmpdir(), 'vanban-cli-'));
const bad = path.join(dir, 'bad.md');
const good = path.join(dir, 'good.md');
const BAD = 'Hội nghị được tổ chức ngày 29/2/2019.\nNgày 31/4/2020, Ban Dân vận họp.\n';
writeFileSync(bad, BAD);
// Positions come from the text, 0-based as LSP counts them.
const first = BAD.indexOf('29/2/2019');
const second = BAD.indexOf('31/4/2020') - (BAD.indexOf('\n') + 1);
writeFileSync(good, 'Hội nghị được tổ chức ngày 29/2/2020 tại Hà Nội.\n');

function vanban(...args: string[]) {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', cwd: dir });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

test('check: text format like a compiler, exit 1 on an error', () => {
  const r = vanban('check', bad, '--today', '2026-11-23');
  assert.equal(r.code, 1, r.err);
  const lines = r.out.trim().split('\n');
  assert.equal(lines.length, 2);
  assert.ok(lines[0]!.startsWith(`${bad}:1:${first + 1}: error date-invalid: `), lines[0]);
  assert.match(lines[0]!, /năm 2019 không phải năm nhuận/);
  assert.ok(lines[1]!.startsWith(`${bad}:2:${second + 1}: error date-invalid: `), lines[1]);
  assert.match(lines[1]!, /tháng 4 chỉ có 30 ngày/);
});

test('check: exit 0 when no finding is an error', () => {
  const r = vanban('check', good);
  assert.equal(r.code, 0, r.err);
  assert.equal(r.out.trim(), '');
});

test('check: json is LSP-shaped (0-based, UTF-16)', () => {
  const r = vanban('check', bad, '--format', 'json');
  const out = JSON.parse(r.out);
  assert.equal(out[0].file, bad);
  assert.deepEqual(out[0].diagnostics[0].range, { start: { line: 0, character: first }, end: { line: 0, character: first + '29/2/2019'.length } });
  assert.equal(out[0].diagnostics[0].severity, 'error');
  assert.equal(out[0].diagnostics[0].code, 'date-invalid');
  assert.equal(out[0].diagnostics[0].source, 'vanban');
});

test('check: sarif 2.1.0', () => {
  const r = vanban('check', bad, '--format', 'sarif');
  const s = JSON.parse(r.out);
  assert.equal(s.version, '2.1.0');
  assert.equal(s.runs[0].tool.driver.name, 'vanban');
  assert.equal(s.runs[0].results.length, 2);
  assert.equal(s.runs[0].results[0].ruleId, 'date-invalid');
  assert.equal(s.runs[0].results[0].level, 'error');
  assert.equal(s.runs[0].results[0].locations[0].physicalLocation.region.startLine, 1);
});

test('check: a missing file exits 2, names it, and the other files are still checked', () => {
  const missing = path.join(dir, 'khong-co.md');
  const r = vanban('check', missing, bad, '--format', 'json');
  assert.equal(r.code, 2);
  assert.match(r.err, /khong-co\.md/);
  const out = JSON.parse(r.out);
  assert.equal(out.length, 1);
  assert.equal(out[0].file, bad);
  assert.equal(out[0].diagnostics.length, 2);
});

test('usage errors exit 2 with a message', () => {
  assert.equal(vanban('check').code, 2);
  const r = vanban('check', bad, '--format', 'xml');
  assert.equal(r.code, 2);
  assert.match(r.err, /--format/);
  assert.equal(vanban('frobnicate').code, 2);
  assert.equal(vanban('check', bad, '--today', '23/11/2026').code, 2);
});

test('--version reports the corpus version and as-of date', () => {
  const r = vanban('--version');
  assert.equal(r.code, 0);
  assert.match(r.out, /^vanban \d+\.\d+\.\d+\ncorpus \S+ \(as of \d{4}-\d{2}-\d{2}\)/);
});

test('config: .vanban.json turns a rule off or changes its severity; a bad file exits 2 with its line', () => {
  const cfgDir = mkdtempSync(path.join(tmpdir(), 'vanban-cfg-'));
  const draft = path.join(cfgDir, 'draft.md');
  writeFileSync(draft, BAD);
  const run = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', cwd: cfgDir });
  writeFileSync(path.join(cfgDir, '.vanban.json'), JSON.stringify({ rules: { 'date-invalid': 'warning' } }));
  let r = run('check', draft, '--format', 'json');
  assert.equal(r.status, 0, r.stderr);
  assert.deepEqual(JSON.parse(r.stdout)[0].diagnostics.map((d: { severity: string }) => d.severity), ['warning', 'warning']);
  writeFileSync(path.join(cfgDir, '.vanban.json'), JSON.stringify({ rules: { 'date-invalid': 'off' } }));
  r = run('check', draft, '--format', 'json');
  assert.equal(r.status, 0);
  assert.deepEqual(JSON.parse(r.stdout)[0].diagnostics, []);
  writeFileSync(path.join(cfgDir, '.vanban.json'), '{\n  "rules": {\n    "date-invalid": "loud"\n  },\n  "colour": 1\n}\n');
  r = run('check', draft);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /\.vanban\.json: rules\.date-invalid/);
  assert.match(r.stderr, /colour/);
  writeFileSync(path.join(cfgDir, 'broken.json'), '{\n  "rules": {\n    "date-invalid": \n}\n');
  r = run('check', draft, '--config', path.join(cfgDir, 'broken.json'));
  assert.equal(r.status, 2);
  assert.match(r.stderr, /broken\.json:4: /);
  // Checking still happened with defaults.
  assert.match(r.stdout, /date-invalid/);
});

test('citations: every citation with the contract\'s fields, unknown ones null, the header too', () => {
  const d = mkdtempSync(path.join(tmpdir(), 'vanban-cit-'));
  const f = path.join(d, 'bao-cao.md');
  const TEXT = 'BAN DÂN VẬN TỈNH ỦY\nSố 45-BC/BDVTU\n\nHà Tĩnh, ngày 25 tháng 8 năm 2023\n\nBÁO CÁO\nSơ kết công tác\n\nThực hiện Quyết định số 290-QĐ/TW ngày 25/2/2010 của Bộ Chính trị khóa X và Nghị định số 30/2020/NĐ-CP.\n';
  writeFileSync(f, TEXT);
  const r = spawnSync(process.execPath, [CLI, 'citations', f, '--format', 'json'], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  const [out] = JSON.parse(r.stdout);
  assert.equal(out.file, f);
  assert.equal(out.header.number, '45-BC/BDVTU');
  assert.equal(out.header.date, '2023-08-25');
  assert.equal(out.citations.length, 2, 'the report\'s own number is not a citation');
  const [a, b] = out.citations;
  const line = TEXT.split('\n').findIndex((l: string) => l.includes('290-QĐ/TW'));
  assert.deepEqual(a.range.start, { line, character: TEXT.split('\n')[line]!.indexOf('Quyết định') });
  assert.deepEqual(
    { kind: a.kind, number: a.number, symbol: a.symbol, id: a.id, date: a.date, issuer: a.issuer, term: a.term },
    { kind: 'Quyết định', number: '290', symbol: 'QĐ/TW', id: '290-QĐ/TW', date: '2010-02-25', issuer: 'Bộ Chính trị', term: 'X' },
  );
  assert.match(a.resolved, /^290-QĐ\/TW\|/);
  assert.deepEqual(
    { id: b.id, symbol: b.symbol, date: b.date, issuer: b.issuer, term: b.term },
    { id: '30/2020/NĐ-CP', symbol: 'NĐ-CP', date: null, issuer: null, term: null },
  );
});
