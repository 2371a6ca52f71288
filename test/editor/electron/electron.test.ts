// The extension-host suite (./suite) in a real VS Code through @vscode/test-electron 2.5 (which
// runs on Node 20). VS Code comes from VANBAN_VSCODE_EXECUTABLE (a local VS Code), from an earlier
// download in .vscode-test/, or from a download now. Where none of these is possible — no
// internet, as on the build machines here — the test reports itself SKIPPED with the reason; it
// never passes without having run. The code-server tier (../code-server) is the one that runs
// everywhere here.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import { build } from 'esbuild';
import { downloadAndUnzipVSCode, runTests } from '@vscode/test-electron';
import { ROOT, WORKSPACE } from '../helpers/env';

/** The VS Code that code-server 4.100.3 is built from, and what engines.vscode accepts. */
const VSCODE_VERSION = process.env.VANBAN_VSCODE_VERSION ?? '1.100.3';

async function findVSCode(): Promise<{ path: string; from: string } | { reason: string }> {
  const named = process.env.VANBAN_VSCODE_EXECUTABLE;
  if (named) {
    if (!existsSync(named)) return { reason: `VANBAN_VSCODE_EXECUTABLE=${named} does not exist` };
    return { path: named, from: 'VANBAN_VSCODE_EXECUTABLE' };
  }
  try {
    // Uses .vscode-test/ when an earlier run downloaded this version; otherwise downloads it.
    const p = await downloadAndUnzipVSCode({ version: VSCODE_VERSION, cachePath: path.join(ROOT, '.vscode-test'), timeout: 20_000 });
    return { path: p, from: `@vscode/test-electron (VS Code ${VSCODE_VERSION})` };
  } catch (e) {
    const why = String(e instanceof Error ? e.message : e).split('\n')[0];
    return {
      reason: `no VS Code to run in: the download of VS Code ${VSCODE_VERSION} failed (${why}) and VANBAN_VSCODE_EXECUTABLE is not set. Set it to a local VS Code (e.g. /usr/share/code/code) to run this suite.`,
    };
  }
}

test('the extension-host suite runs in VS Code (diagnostics, hover, completion, code actions, symbols)', { timeout: 15 * 60_000 }, async (t) => {
  assert.ok(existsSync(path.join(ROOT, 'dist', 'extension.js')), 'dist/ is built: run `npm run build`');
  const vscode = await findVSCode();
  if ('reason' in vscode) {
    console.log(`SKIPPED: ${vscode.reason}`);
    t.skip(vscode.reason);
    return;
  }
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    const reason = 'VS Code (Electron) needs a display and none is set: run under xvfb-run (apt-get install -y xvfb)';
    console.log(`SKIPPED: ${reason}`);
    t.skip(reason);
    return;
  }
  console.log(`VS Code from ${vscode.from}: ${vscode.path}`);

  const tmp = mkdtempSync(path.join(tmpdir(), 'vanban-electron-'));
  try {
    const suite = path.join(ROOT, 'out', 'editor-electron', 'suite.js');
    await build({
      entryPoints: [path.join(__dirname, 'suite', 'index.ts')],
      outfile: suite,
      bundle: true,
      platform: 'node',
      target: 'node20',
      format: 'cjs',
      external: ['vscode'],
      logLevel: 'warning',
    });
    const workspace = path.join(tmp, 'workspace');
    cpSync(WORKSPACE, workspace, { recursive: true });
    const userData = path.join(tmp, 'user-data');
    mkdirSync(path.join(userData, 'User'), { recursive: true });
    // Vietnamese messages whatever the display language of this VS Code.
    writeFileSync(path.join(userData, 'User', 'settings.json'), JSON.stringify({ 'vanban.locale': 'vi', 'security.workspace.trust.enabled': false }));
    const code = await runTests({
      vscodeExecutablePath: vscode.path,
      extensionDevelopmentPath: ROOT,
      extensionTestsPath: suite,
      launchArgs: [workspace, '--user-data-dir', userData, '--extensions-dir', path.join(tmp, 'extensions'), '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes'],
    });
    assert.equal(code, 0);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
});

// A named VS Code that does not even start gives a clearer error here than a failed test run.
test('a named VS Code starts', (t) => {
  const named = process.env.VANBAN_VSCODE_EXECUTABLE;
  if (!named) {
    t.skip('VANBAN_VSCODE_EXECUTABLE is not set');
    return;
  }
  const r = spawnSync(named, ['--version'], { encoding: 'utf8', timeout: 60_000 });
  assert.equal(r.status, 0, `${named} --version: ${r.stderr}`);
});
