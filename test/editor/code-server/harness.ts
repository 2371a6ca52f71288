// code-server (VS Code's workbench and extension host, served to a browser) on loopback, with
// the packaged extension installed as a user installs it, driven by playwright-core through
// Debian's Chromium. Everything it starts is ended by close(), also when a test fails.

import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { freePort, RESULTS, ROOT, spawnGroup, waitUntil, type Spawned } from '../helpers/env';

export const CODE_SERVER_VERSION = '4.100.3';
const CS_DIR = process.env.VANBAN_CODE_SERVER_DIR ?? path.join(ROOT, '.cache', 'code-server');
export const ENTRY = path.join(CS_DIR, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
export const CHROMIUM = process.env.VANBAN_CHROMIUM ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/** What the tests' user has in settings.json: no welcome page, a trusted folder, a font that draws Vietnamese. */
export const USER_SETTINGS = {
  'workbench.startupEditor': 'none',
  'security.workspace.trust.enabled': false,
  'editor.fontFamily': "'Noto Sans Mono', monospace",
  'editor.fontSize': 15,
  'editor.minimap.enabled': false,
  'workbench.tips.enabled': false,
  'extensions.ignoreRecommendations': true,
  'telemetry.telemetryLevel': 'off',
  'window.zoomLevel': 0,
  'workbench.reduceMotion': 'on',
  'vanban.locale': 'vi',
};

export interface Session {
  page: Page;
  browser: Browser;
  /** The workspace folder (a copy of test/editor/workspace). */
  workspace: string;
  url: string;
  close(): Promise<void>;
}

/** Says what is missing before anything starts, so a failure names its cause. */
export function prerequisites(vsix: string): string[] {
  const missing: string[] = [];
  if (!existsSync(ENTRY)) missing.push(`code-server ${CODE_SERVER_VERSION} is not installed in ${CS_DIR}: run \`bash scripts/editor/install-code-server.sh\``);
  if (!existsSync(CHROMIUM)) missing.push(`${CHROMIUM} is missing: apt-get install -y chromium`);
  if (!existsSync(vsix)) missing.push(`${vsix} is missing: run \`npm run package\``);
  return missing;
}

function codeServer(args: string[], dirs: { userData: string; extensions: string; config: string }): string[] {
  return [ENTRY, '--config', dirs.config, '--auth', 'none', '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--user-data-dir', dirs.userData, '--extensions-dir', dirs.extensions, ...args];
}

export interface SessionOptions {
  vsix: string;
  workspaceFrom: string;
  extraFiles?: Record<string, string>;
  /** More user settings (a test's bad setting), over USER_SETTINGS. */
  settings?: Record<string, unknown>;
  /** More environment for code-server and so for the extension host and the vanban server it starts. */
  env?: Record<string, string>;
}

export async function openSession(opts: SessionOptions): Promise<Session> {
  const missing = prerequisites(opts.vsix);
  if (missing.length) throw new Error(missing.join('\n'));
  mkdirSync(RESULTS, { recursive: true });
  const tmp = mkdtempSync(path.join(tmpdir(), 'vanban-code-server-'));
  const dirs = { userData: path.join(tmp, 'user-data'), extensions: path.join(tmp, 'extensions'), config: path.join(tmp, 'config.yaml') };
  // code-server keeps its own files under XDG folders; keep them in the session's folder, not in $HOME.
  const env = { ...process.env, ...(opts.env ?? {}), XDG_CONFIG_HOME: path.join(tmp, 'xdg-config'), XDG_DATA_HOME: path.join(tmp, 'xdg-data') };
  const workspace = path.join(tmp, 'workspace');
  cpSync(opts.workspaceFrom, workspace, { recursive: true });
  for (const [name, text] of Object.entries(opts.extraFiles ?? {})) writeFileSync(path.join(workspace, name), text);
  mkdirSync(path.join(dirs.userData, 'User'), { recursive: true });
  // VANBAN_EDITOR_SETTINGS adds settings for a debugging run, e.g. '{"vanban.trace.server": "verbose"}'.
  const extra = process.env.VANBAN_EDITOR_SETTINGS ? (JSON.parse(process.env.VANBAN_EDITOR_SETTINGS) as Record<string, unknown>) : {};
  writeFileSync(path.join(dirs.userData, 'User', 'settings.json'), JSON.stringify({ ...USER_SETTINGS, ...(opts.settings ?? {}), ...extra }, null, 2));
  const log = path.join(RESULTS, 'code-server.log');
  rmSync(log, { force: true });
  rmSync(path.join(RESULTS, 'code-server-logs'), { recursive: true, force: true });

  // Installed exactly as a user installs a downloaded .vsix.
  const inst = spawnSync(process.execPath, codeServer(['--install-extension', opts.vsix], dirs), { encoding: 'utf8', timeout: 120_000, env });
  writeFileSync(log, `$ code-server --install-extension ${opts.vsix}\n${inst.stdout}${inst.stderr}\n`);
  if (inst.status !== 0 || !/successfully installed/i.test(inst.stdout + inst.stderr))
    throw new Error(`code-server --install-extension failed (status ${inst.status}):\n${inst.stdout}\n${inst.stderr}`);

  const port = await freePort();
  let server: Spawned | undefined = spawnGroup(process.execPath, codeServer(['--bind-addr', `127.0.0.1:${port}`, workspace], dirs), log, { env });
  let browser: Browser | undefined;
  const close = async () => {
    await browser?.close().catch(() => undefined);
    browser = undefined;
    await server?.stop();
    server = undefined;
    // Keep VS Code's own logs (extension host, the vanban output channel) for a failed run.
    const logs = path.join(dirs.userData, 'logs');
    if (existsSync(logs)) cpSync(logs, path.join(RESULTS, 'code-server-logs'), { recursive: true });
    rmSync(tmp, { recursive: true, force: true });
  };
  try {
    const url = `http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}`;
    await waitUntil(
      'code-server to answer on 127.0.0.1',
      async () => {
        if (server?.proc.exitCode !== null) throw new Error(`code-server exited with ${server?.proc.exitCode}; see ${log}`);
        return (await fetch(`http://127.0.0.1:${port}/healthz`)).ok;
      },
      60_000,
      200,
    );
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
    // Reduced motion: widgets appear at once, so a screenshot never catches one half faded in.
    const context = await browser.newContext({ viewport: { width: 1400, height: 860 }, locale: 'en-US', reducedMotion: 'reduce' });
    const page = await context.newPage();
    await page.goto(url);
    await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
    return { page, browser, workspace, url, close };
  } catch (e) {
    await close();
    throw e;
  }
}
