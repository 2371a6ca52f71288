// The CLI's code cache (server/src/cli/launch.ts): dist/cli.js loads the bundle with the bytecode the
// build kept in dist/cli-main.cache. Whatever becomes of that cache — used, switched off, missing,
// damaged, made for another build of the bundle — the command prints the same thing and exits the
// same way; only the cache's fate (VANBAN_CODE_CACHE=report, on stderr) differs.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import { ROOT } from '../helpers/corpus';
import { damage, distCopy, otherBuild } from '../helpers/dist-copy';

const DIST = path.join(ROOT, 'dist');
const CACHE = 'cli-main.cache';
const work = mkdtempSync(path.join(tmpdir(), 'vanban-code-cache-'));
const draft = path.join(work, 'bao-cao.md');
writeFileSync(draft, 'Thực hiện Nghị quyết số 290-QĐ/TW ngày 25/2/2010 của Ban Bí thư.\nHội nghị được tổ chức ngày 29/2/2019.\n');

function vanban(dist: string, env: Record<string, string>, ...args: string[]) {
  // NODE_FLAGS: V8 flags on Node's command line (NODE_OPTIONS does not take them).
  const flags = env.NODE_FLAGS ? env.NODE_FLAGS.split(' ') : [];
  const r = spawnSync(process.execPath, [...flags, path.join(dist, 'cli.js'), ...args], { encoding: 'utf8', cwd: work, env: { ...process.env, ...env } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const REPORT = { VANBAN_CODE_CACHE: 'report' };

// Switched off (VANBAN_CODE_CACHE=off) is the reference every case is compared with.
const CASES: { name: string; dist: () => string; env: Record<string, string>; cache: string }[] = [
  { name: 'the build’s cache', dist: () => DIST, env: REPORT, cache: 'accepted' },
  { name: 'no cache file', dist: () => distCopy(work, 'absent', (d) => rmSync(path.join(d, CACHE))), env: REPORT, cache: 'absent' },
  // V8 does not checksum a code cache: these bytes given to it crash the process. The launcher's own
  // checksum must turn them away first. Several places, so a lucky one does not decide.
  ...[100, 1000, 50_000, -200].map((at) => ({
    name: `damaged at byte ${at} (build hash kept)`,
    dist: () => distCopy(work, `damaged${at}`, (d) => damage(path.join(d, CACHE), at)),
    env: REPORT,
    cache: 'rejected',
  })),
  {
    name: 'made for another build of the bundle',
    dist: () => distCopy(work, 'other-build', (d) => otherBuild(path.join(d, CACHE))),
    env: REPORT,
    cache: 'rejected',
  },
  { name: 'V8 flags differ from the build’s', dist: () => DIST, env: { ...REPORT, NODE_FLAGS: '--max-lazy' }, cache: 'rejected' },
];

const ARGS: string[][] = [
  ['check', draft, '--today', '2026-11-23'],
  ['check', draft, '--today', '2026-11-23', '--format', 'json'],
  ['--version'],
];

for (const c of CASES) {
  test(`code cache ${c.name}: ${c.cache || 'not used'}, same output as the plain path`, () => {
    const dist = c.dist();
    for (const args of ARGS) {
      const plain = vanban(DIST, { VANBAN_CODE_CACHE: 'off' }, ...args);
      const r = vanban(dist, c.env, ...args);
      const said = /^vanban: code cache (\w+)\n/.exec(r.err);
      assert.equal(said?.[1] ?? '', c.cache, r.err);
      assert.equal(r.out, plain.out, args.join(' '));
      assert.equal(r.err.slice(said?.[0].length ?? 0), plain.err);
      assert.equal(r.code, plain.code);
    }
  });
}

test('the plain path checks: an impossible date is an error', () => {
  const r = vanban(DIST, { VANBAN_CODE_CACHE: 'off' }, 'check', draft, '--today', '2026-11-23', '--format', 'json');
  assert.equal(r.code, 1, r.err);
  assert.ok(JSON.parse(r.out)[0].diagnostics.some((d: { code: string }) => d.code === 'date-invalid'));
});
