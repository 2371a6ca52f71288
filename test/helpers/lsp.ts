// A real LSP client for protocol tests: spawns the built `dist/server.js --stdio` and talks
// JSON-RPC to it. Waits poll for a condition with a timeout; no fixed sleeps.

import { spawn, type ChildProcess } from 'node:child_process';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type ClientCapabilities,
  type InitializeResult,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';
import { ROOT } from './corpus';

export interface TestClient {
  conn: ProtocolConnection;
  proc: ChildProcess;
  init: InitializeResult;
  published: Map<string, PublishDiagnosticsParams>;
  /** When each uri's last diagnostics arrived (performance.now()): waitFor polls, a bench needs the moment. */
  publishedAt: Map<string, number>;
  /** Every publishDiagnostics in arrival order. */
  pushes: PublishDiagnosticsParams[];
  stderr: string[];
  /** window/showMessage notifications, in arrival order. */
  messages: { type: number; message: string }[];
  waitFor<T>(what: string, probe: () => T | undefined | null | false, timeoutMs?: number): Promise<T>;
  open(name: string, text: string, languageId?: string): Promise<string>;
  change(uri: string, version: number, changes: { range?: { start: { line: number; character: number }; end: { line: number; character: number } }; text: string }[]): Promise<void>;
  stop(): Promise<number | null>;
}

export interface StartOptions {
  /** Today's date for the server (VANBAN_TODAY). */
  today?: string;
  capabilities?: ClientCapabilities;
  settings?: Record<string, unknown>;
  workspace?: string;
  initializationOptions?: Record<string, unknown>;
  /** More environment for the server (VANBAN_PUSH_DELAY_MS …). */
  env?: Record<string, string>;
  /** The server's launcher, when not the built dist/server.js (a copy of dist/). */
  serverFile?: string;
  /** More arguments after `--stdio` (`--code-cache-dir DIR`). */
  args?: string[];
  /** Node's own flags, before the server's file (V8 flags: NODE_OPTIONS does not take them). */
  nodeArgs?: string[];
}

/** Client capabilities of a push-only client (Neovim 0.7, Emacs, Helix). */
export const PUSH_ONLY: ClientCapabilities = {
  textDocument: {
    publishDiagnostics: { relatedInformation: true },
    hover: { contentFormat: ['markdown', 'plaintext'] },
    completion: { completionItem: { snippetSupport: true, documentationFormat: ['markdown'] } },
    codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source.fixAll'] } } },
  },
  workspace: { configuration: true },
};

/** Client capabilities of a pull client (VS Code). */
export const PULL: ClientCapabilities = {
  ...PUSH_ONLY,
  textDocument: { ...PUSH_ONLY.textDocument, diagnostic: { dynamicRegistration: false, relatedDocumentSupport: false } },
  workspace: { configuration: true, diagnostics: { refreshSupport: true } },
};

export async function startServer(opts: StartOptions = {}): Promise<TestClient> {
  // Today is pinned so that date-relative findings do not change with the calendar.
  const proc = spawn(process.execPath, [...(opts.nodeArgs ?? []), opts.serverFile ?? path.join(ROOT, 'dist', 'server.js'), '--stdio', ...(opts.args ?? [])], {
    stdio: ['pipe', 'pipe', 'pipe'],
    env: { ...process.env, VANBAN_TODAY: opts.today ?? '2026-11-23', ...opts.env },
  });
  const stderr: string[] = [];
  proc.stderr!.on('data', (d) => stderr.push(String(d)));
  const conn = createProtocolConnection(new StreamMessageReader(proc.stdout!), new StreamMessageWriter(proc.stdin!));
  const published = new Map<string, PublishDiagnosticsParams>();
  const publishedAt = new Map<string, number>();
  const pushes: PublishDiagnosticsParams[] = [];
  conn.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
    published.set(p.uri, p);
    publishedAt.set(p.uri, performance.now());
    pushes.push(p);
  });
  const settings = { enable: 'auto', reportDate: null, corpus: { paths: [] }, rules: {}, ...(opts.settings ?? {}) };
  conn.onRequest('workspace/configuration', (p: { items: { section?: string }[] }) => p.items.map(() => settings));
  conn.onRequest('client/registerCapability', () => null);
  conn.onRequest('workspace/diagnostic/refresh', () => null);
  conn.onNotification('window/logMessage', () => undefined);
  const messages: { type: number; message: string }[] = [];
  conn.onNotification('window/showMessage', (m: { type: number; message: string }) => void messages.push(m));
  conn.onNotification('vanban/corpusProblems', () => undefined);
  conn.listen();
  const workspace = opts.workspace ?? path.join(ROOT, 'test', 'fixtures');
  const init = (await conn.sendRequest('initialize', {
    processId: process.pid,
    rootUri: pathToFileURL(workspace).href,
    workspaceFolders: [{ uri: pathToFileURL(workspace).href, name: 'ws' }],
    capabilities: opts.capabilities ?? PUSH_ONLY,
    initializationOptions: opts.initializationOptions ?? {},
    locale: 'vi',
  })) as InitializeResult;
  await conn.sendNotification('initialized', {});
  const client: TestClient = {
    conn,
    proc,
    init,
    published,
    publishedAt,
    pushes,
    stderr,
    messages,
    async waitFor(what, probe, timeoutMs = 10000) {
      const until = Date.now() + timeoutMs;
      for (;;) {
        const v = probe();
        if (v) return v;
        if (Date.now() > until) throw new Error(`timed out waiting for ${what}; server stderr:\n${stderr.join('')}`);
        await new Promise((r) => setTimeout(r, 20));
      }
    },
    async open(name, text, languageId = 'markdown') {
      const uri = pathToFileURL(path.join(workspace, name)).href;
      await conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
      return uri;
    },
    async change(uri, version, changes) {
      await conn.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: changes });
    },
    async stop() {
      await conn.sendRequest('shutdown');
      await conn.sendNotification('exit');
      const code = await new Promise<number | null>((resolve) => {
        if (proc.exitCode !== null) resolve(proc.exitCode);
        else proc.once('exit', (c) => resolve(c));
      });
      conn.dispose();
      return code;
    },
  };
  return client;
}

/** Offset of `needle` in `text` → LSP position (UTF-16), for positions found by searching. */
export function positionOf(text: string, needle: string, nth = 0): { line: number; character: number } {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`"${needle}" not found`);
  }
  const before = text.slice(0, at);
  const line = before.split('\n').length - 1;
  return { line, character: at - (before.lastIndexOf('\n') + 1) };
}
