// The server's code cache (server/src/lsp/launch.ts, host/code-cache.ts): dist/server.js loads the
// server bundle with the bytecode the build kept in dist/server-main.cache, or with the one it kept
// itself in the folder the client names (`--code-cache-dir`, VS Code's storage for the extension).
// Whatever becomes of a cache — used, switched off, missing, damaged, made for another build or other
// V8 flags — the diagnostics a writer sees are the same; only the cache's fate
// (VANBAN_CODE_CACHE=report, on stderr) differs.

import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import { damage, distCopy, otherBuild } from '../helpers/dist-copy';
import { PUSH_ONLY, startServer, type StartOptions } from '../helpers/lsp';

const CACHE = 'server-main.cache';
const work = mkdtempSync(path.join(tmpdir(), 'vanban-server-cache-'));
const DRAFT = 'Thực hiện Nghị quyết số 290-QĐ/TW ngày 25/2/2010 của Ban Bí thư.\nHội nghị được tổ chức ngày 29/2/2019.\n';
const REPORT = { VANBAN_CODE_CACHE: 'report' };

/** Starts the server, opens the draft, and gives its first diagnostics and what it said of its cache. */
async function session(opts: StartOptions, afterFirst?: (said: () => string) => Promise<void>) {
  const c = await startServer({ capabilities: PUSH_ONLY, today: '2026-11-23', ...opts });
  try {
    const uri = await c.open('bao-cao.md', DRAFT);
    const pushed = await c.waitFor('first push', () => c.published.get(uri), 30000);
    const said = () => c.stderr.join('');
    await afterFirst?.(said);
    return { diagnostics: JSON.stringify(pushed.diagnostics), cache: /vanban: code cache (\w+)\n/.exec(said())?.[1] ?? '', stderr: said() };
  } finally {
    await c.stop();
  }
}

let plainDiagnostics: string | undefined;
async function plain(): Promise<string> {
  return (plainDiagnostics ??= (await session({ env: { VANBAN_CODE_CACHE: 'off' } })).diagnostics);
}

const CASES: { name: string; opts: () => StartOptions; cache: string }[] = [
  { name: 'the build’s cache', opts: () => ({ env: REPORT }), cache: 'accepted' },
  { name: 'switched off', opts: () => ({ env: { VANBAN_CODE_CACHE: 'off' } }), cache: '' },
  { name: 'no cache file', opts: () => ({ env: REPORT, serverFile: path.join(distCopy(work, 'absent', (d) => rmSync(path.join(d, CACHE))), 'server.js') }), cache: 'absent' },
  ...[100, 50_000, -200].map((at) => ({
    name: `damaged at byte ${at}`,
    opts: () => ({
      env: REPORT,
      serverFile: path.join(distCopy(work, `damaged${at}`, (d) => damage(path.join(d, CACHE), at)), 'server.js'),
    }),
    cache: 'rejected',
  })),
  {
    name: 'made for another build of the bundle',
    opts: () => ({
      env: REPORT,
      serverFile: path.join(distCopy(work, 'other-build', (d) => otherBuild(path.join(d, CACHE))), 'server.js'),
    }),
    cache: 'rejected',
  },
  { name: 'V8 flags differ from the build’s', opts: () => ({ env: REPORT, nodeArgs: ['--max-lazy'] }), cache: 'rejected' },
];

for (const c of CASES) {
  test(`server code cache ${c.name}: ${c.cache || 'not used'}, the same diagnostics as the plain path`, async () => {
    const r = await session(c.opts());
    assert.equal(r.cache, c.cache, r.stderr);
    assert.equal(r.diagnostics, await plain());
    assert.doesNotMatch(r.stderr, /code cache kept/);
  });
}

test('no cache that fits: the server keeps its own in --code-cache-dir after its first analysis, and the next start uses it', async () => {
  const dist = distCopy(work, 'own', (d) => rmSync(path.join(d, CACHE)));
  const dir = path.join(work, 'storage', 'code-cache');
  const opts = { env: REPORT, serverFile: path.join(dist, 'server.js'), args: ['--code-cache-dir', dir] };
  const first = await session(opts, (said) => waitUntil(() => /code cache kept \(\d+ bytes\)/.test(said()), 20000, said));
  assert.equal(first.cache, 'absent', first.stderr);
  assert.equal(first.diagnostics, await plain());
  const kept = readdirSync(dir);
  assert.equal(kept.length, 1, kept.join(', '));
  assert.match(kept[0]!, /^server-main-[\w.-]+\.cache$/);
  const second = await session(opts);
  assert.equal(second.cache, 'accepted', second.stderr);
  assert.equal(second.diagnostics, await plain());
  assert.doesNotMatch(second.stderr, /code cache kept/);
});

test('the build’s cache fits: nothing is written into --code-cache-dir', async () => {
  const dir = path.join(work, 'storage-unused');
  // Four seconds: past the moment a server without a fitting cache keeps its own (three after the first analysis).
  const r = await session({ env: REPORT, args: ['--code-cache-dir', dir] }, () => new Promise((res) => setTimeout(res, 4000)));
  assert.equal(r.cache, 'accepted', r.stderr);
  assert.equal(existsSync(dir), false);
});

async function waitUntil(ok: () => boolean, ms: number, said: () => string): Promise<void> {
  const until = Date.now() + ms;
  while (!ok()) {
    if (Date.now() > until) throw new Error(`timed out; server stderr:\n${said()}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
