// vanban in a client nobody here wrote: Neovim's built-in LSP client (Debian 12: 0.7.2, push
// diagnostics only) runs probe.lua headless, which starts `node dist/server.js --stdio`, opens a
// draft, waits for the pushed diagnostics, types the start of a citation and asks for completion.
// The test asserts on what the probe prints.
//
// Needs: `npm run build` (dist/server.js) and Neovim (`apt-get install -y neovim`).

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, before, test } from 'node:test';
import { ROOT, WORKSPACE } from '../helpers/env';

const DRAFT = path.join(WORKSPACE, 'bao-cao-so-ket.md');
const TYPED = 'Tiếp tục thực hiện Quyết định số 29';
const NVIM = process.env.VANBAN_NVIM ?? 'nvim';

interface Diag {
  line: number;
  /** Neovim counts columns in bytes of UTF-8; it converts the server's UTF-16 positions. */
  byteCol: number;
  severity: number;
  code: string;
  message: string;
}

let tmp = '';
let printed = '';
let diags: Diag[] = [];
let completions: { label: string; text: string }[] = [];

/** Where `needle` starts in the draft, as Neovim reports it: 0-based line, byte column. */
function nvimPosition(needle: string): { line: number; byteCol: number } {
  const text = readFileSync(DRAFT, 'utf8');
  const at = text.indexOf(needle);
  assert.ok(at >= 0, `${needle} is in the draft`);
  const before = text.slice(0, at);
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length - 1, byteCol: Buffer.byteLength(text.slice(lineStart, at), 'utf8') };
}

before(() => {
  const version = spawnSync(NVIM, ['--version'], { encoding: 'utf8' });
  assert.equal(version.status, 0, `Neovim is not installed (${NVIM}): apt-get install -y neovim`);
  console.log(version.stdout.split('\n')[0]);
  assert.ok(existsSync(path.join(ROOT, 'dist', 'server.js')), 'dist/server.js is built: run `npm run build`');
  tmp = mkdtempSync(path.join(tmpdir(), 'vanban-nvim-'));
  const draft = path.join(tmp, path.basename(DRAFT));
  copyFileSync(DRAFT, draft);
  const r = spawnSync(NVIM, ['--headless', '-n', '-i', 'NONE', '-u', 'NONE', '-c', `luafile ${path.join(__dirname, 'probe.lua')}`], {
    cwd: tmp,
    encoding: 'utf8',
    timeout: 120_000,
    killSignal: 'SIGKILL',
    env: {
      ...process.env,
      VANBAN_NODE: process.execPath,
      VANBAN_SERVER: path.join(ROOT, 'dist', 'server.js'),
      VANBAN_DRAFT: draft,
      VANBAN_TYPE: TYPED,
      XDG_STATE_HOME: path.join(tmp, 'state'), // Neovim's LSP log goes here, not into $HOME
      XDG_CACHE_HOME: path.join(tmp, 'cache'),
    },
  });
  printed = r.stdout;
  // What a Neovim user would have seen, in the test log.
  console.log(printed.trimEnd());
  if (r.stderr.trim()) console.log(`nvim stderr: ${r.stderr.trim()}`);
  assert.equal(r.error, undefined, `nvim ran: ${String(r.error)}`);
  assert.doesNotMatch(printed, /^ERROR /m);
  assert.equal(r.status, 0, `nvim exited with ${r.status}`);
  for (const l of printed.split('\n')) {
    const d = /^DIAG (\d+):(\d+) (\d) (\S*) (.*)$/.exec(l);
    if (d) diags.push({ line: +d[1]!, byteCol: +d[2]!, severity: +d[3]!, code: d[4]!, message: d[5]! });
    const c = /^COMPLETION (.*) => (.*)$/.exec(l);
    if (c) completions.push({ label: c[1]!, text: c[2]! });
  }
});

after(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

test('the probe ran to the end', () => {
  assert.match(printed, /^DONE$/m);
});

test('pushed diagnostics arrive, at the right places, with Vietnamese messages', () => {
  const at = (needle: string, code: string) => {
    const p = nvimPosition(needle);
    const d = diags.find((x) => x.line === p.line && x.byteCol === p.byteCol && x.code === code);
    assert.ok(d, `${code} at ${p.line}:${p.byteCol} ("${needle}") in:\n${printed}`);
    return d;
  };
  const meeting = at('31/4/2023', 'date-invalid');
  assert.equal(meeting.severity, 1, 'an error');
  assert.match(meeting.message, /Ngày không hợp lệ: "31\/4\/2023" — tháng 4 chỉ có 30 ngày/);
  // The impossible day of a known decision is told once, by citation-date-mismatch, with why the day cannot be.
  const cited = at('30/2/2010', 'citation-date-mismatch');
  assert.match(cited.message, /290-QĐ\/TW ban hành ngày 25\/2\/2010, không phải "30\/2\/2010" \(ngày không có thật: tháng 2 chỉ có 28 ngày\)/);
  assert.ok(!diags.some((d) => d.code === 'date-invalid' && d.line === cited.line), 'not told twice');
  assert.ok(diags.some((d) => d.code === 'citation-term-mismatch' && /không phải khóa XI/.test(d.message)), 'the wrong term of 43-KL/TW');
});

test('completion after "Quyết định số 29" offers 290-QĐ/TW', () => {
  assert.ok(completions.length > 0, `completion items in:\n${printed}`);
  const item = completions.find((c) => c.text.startsWith('290-QĐ/TW'));
  assert.ok(item, `an item inserting 290-QĐ/TW in:\n${printed}`);
});
