// The language server: a thin adapter that keeps documents, settings and the corpus, runs the
// core, and speaks LSP. Features live in one file each under features/; this file wires them.

import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  TextDocuments,
  TextDocumentSyncKind,
  type Connection,
  type InitializeParams,
  type InitializeResult,
  type ServerCapabilities,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  analyze,
  isVietnamese,
  resolveOptions,
  RULE_CODES,
  type Analysis,
  type CorpusIndex,
  type ResolvedOptions,
} from '../core/index';
import { bundledCorpusDir, loadCorpus, type LoadProblem, type LoadStats } from '../host/corpus-loader';
import { CONFIG_FILE, readProjectConfig } from '../host/config';
import { PREBUILT_FILE } from '../host/prebuilt';
import { todayIso } from '../host/output';
import { CorpusProblemsNotification, type CorpusStatus, type Settings } from '../protocol';
import { FEATURES } from './features/index';

export interface ServerContext {
  connection: Connection;
  documents: TextDocuments<TextDocument>;
  /** The analysis of a document at its current version, computed once and shared. */
  analysis(doc: TextDocument): Analysis | null;
  index(): CorpusIndex;
  options(): ResolvedOptions;
  settings(): Settings;
  corpusStatus(): CorpusStatus;
  /** Ask every client to refresh diagnostics (pull) or push them again. */
  refreshDiagnostics(): void;
  capabilities: {
    pullDiagnostics: boolean;
    configuration: boolean;
    watchedFiles: boolean;
    diagnosticRefresh: boolean;
    markdownHover: boolean;
    /** The client takes snippet completion items (Neovim 0.7 without a plugin does not). */
    completionSnippets: boolean;
  };
  workspaceFolders: string[];
  /** Where the bundled corpus lives (for go-to-definition into it). */
  bundledDir: string;
  onIndexChanged: (listener: () => void) => void;
  /** Resolves once the first corpus load is done; requests that need the corpus wait on it. */
  ready: Promise<void>;
}

export interface Feature {
  capabilities?(ctx: ServerContext): Partial<ServerCapabilities>;
  register(ctx: ServerContext): void;
}

const DEFAULT_SETTINGS: Settings = {
  enable: 'auto',
  reportDate: null,
  corpus: { paths: [] },
  rules: {},
  knownAbbreviations: null,
  toneMarkStyle: 'majority',
  locale: null,
};

export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  const bundledDir = bundledCorpusDir(__dirname);
  let settings: Settings = DEFAULT_SETTINGS;
  let options: ResolvedOptions = resolveOptions(undefined, RULE_CODES).options;
  let index: CorpusIndex | null = null;
  let loadProblems: LoadProblem[] = [];
  let configProblems: LoadProblem[] = [];
  let projectCorpusDirs: string[] = [];
  let loadStats: LoadStats | null = null;
  let storagePath: string | undefined;
  let trusted = true;
  let locale: 'vi' | 'en' = 'vi';
  const cache = new Map<string, { version: number; analysis: Analysis | null }>();
  const indexListeners: (() => void)[] = [];
  let markReady!: () => void;
  const ready = new Promise<void>((r) => (markReady = r));

  const ctx: ServerContext = {
    connection,
    documents,
    analysis(doc) {
      if (!index) return null; // not loaded yet: not cached, asked again after the load
      const hit = cache.get(doc.uri);
      if (hit && hit.version === doc.version) return hit.analysis;
      const text = doc.getText();
      const enabled = settings.enable === 'always' || (settings.enable === 'auto' && isVietnamese(text));
      // VANBAN_TODAY pins "today" for reproducible runs (tests, CI); otherwise the clock.
      const a = enabled ? analyze(text, index, options, process.env.VANBAN_TODAY ?? todayIso()) : null;
      cache.set(doc.uri, { version: doc.version, analysis: a });
      return a;
    },
    index: () => index!,
    options: () => options,
    settings: () => settings,
    corpusStatus: () => ({
      version: index?.meta.version ?? 'unknown',
      asOf: index?.meta.asOf ?? 'unknown',
      records: index?.size ?? 0,
      userDocuments: loadStats?.documents ?? 0,
      problems: [...configProblems, ...loadProblems],
    }),
    refreshDiagnostics: () => undefined,
    capabilities: { pullDiagnostics: false, configuration: false, watchedFiles: false, diagnosticRefresh: false, markdownHover: true, completionSnippets: false },
    workspaceFolders: [],
    bundledDir,
    onIndexChanged: (l) => indexListeners.push(l),
    ready,
  };

  async function reloadSettings(): Promise<void> {
    let raw: Partial<Settings> | null = null;
    if (ctx.capabilities.configuration) {
      try {
        raw = (await connection.workspace.getConfiguration('vanban')) as Partial<Settings> | null;
      } catch {
        raw = null;
      }
    }
    settings = { ...DEFAULT_SETTINGS, ...(raw ?? {}), corpus: { ...DEFAULT_SETTINGS.corpus, ...(raw?.corpus ?? {}) } };
    // The project's .vanban.json (first workspace folder) under the editor's settings: rules
    // merge key by key, and a setting left at its default does not hide the project's value.
    configProblems = [];
    projectCorpusDirs = [];
    let project: Record<string, unknown> = {};
    const root = ctx.workspaceFolders[0];
    if (root) {
      const cfg = await readProjectConfig(path.join(root, CONFIG_FILE), true);
      if (cfg) {
        project = cfg.raw ?? {};
        projectCorpusDirs = cfg.corpusDirs;
        configProblems.push(...cfg.problems);
      }
    }
    const merged: Record<string, unknown> = {
      ...project,
      rules: { ...((project.rules as Record<string, unknown>) ?? {}), ...(settings.rules ?? {}) },
      locale: settings.locale === 'vi' || settings.locale === 'en' ? settings.locale : (project.locale ?? locale),
    };
    if (settings.knownAbbreviations) merged.knownAbbreviations = settings.knownAbbreviations;
    if (settings.toneMarkStyle && settings.toneMarkStyle !== 'majority') merged.toneMarkStyle = settings.toneMarkStyle;
    if (settings.reportDate) merged.reportDate = settings.reportDate;
    delete merged.corpus;
    const { options: o, problems } = resolveOptions(merged, RULE_CODES);
    options = o;
    for (const p of problems) {
      const file = root ? path.join(root, CONFIG_FILE) : 'settings';
      configProblems.push({ file, message: `${p.path}: ${p.message.vi} / ${p.message.en}` });
    }
    for (const p of configProblems) connection.console.warn(`${p.file}${p.line ? `:${p.line}` : ''}: ${p.message}`);
    cache.clear();
  }

  function userCorpusDirs(): string[] {
    const dirs: string[] = [...projectCorpusDirs];
    for (const p of settings.corpus.paths ?? []) {
      if (path.isAbsolute(p)) dirs.push(p);
      else for (const ws of ctx.workspaceFolders.length ? ctx.workspaceFolders : [process.cwd()]) dirs.push(path.join(ws, p));
    }
    return dirs;
  }

  async function reloadCorpus(): Promise<void> {
    const r = await loadCorpus({
      bundledDir,
      userDirs: userCorpusDirs(),
      cacheDir: storagePath ? path.join(storagePath, 'cache') : undefined,
      bundledOnly: !trusted,
      prebuilt: path.join(__dirname, PREBUILT_FILE),
    });
    index = r.index;
    loadProblems = r.problems;
    loadStats = r.stats;
    cache.clear();
    for (const p of r.problems) connection.console.warn(`${p.file}${p.line ? `:${p.line}` : ''}: ${p.message}`);
    connection.console.info(
      `vanban: kho ${r.index.meta.version} (${r.index.size} bản ghi / records; ${r.stats.documents} tài liệu người dùng / user documents, ${Math.round(r.stats.millis)} ms)`,
    );
    void connection.sendNotification(CorpusProblemsNotification, ctx.corpusStatus());
    for (const l of indexListeners) l();
  }

  let reloadTimer: NodeJS.Timeout | undefined;
  function scheduleReload(): void {
    clearTimeout(reloadTimer);
    reloadTimer = setTimeout(() => {
      void reloadCorpus().then(() => ctx.refreshDiagnostics());
    }, 300);
  }

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const caps = params.capabilities;
    ctx.capabilities.pullDiagnostics = !!caps.textDocument?.diagnostic;
    ctx.capabilities.configuration = !!caps.workspace?.configuration;
    ctx.capabilities.watchedFiles = !!caps.workspace?.didChangeWatchedFiles?.dynamicRegistration;
    ctx.capabilities.diagnosticRefresh = !!caps.workspace?.diagnostics?.refreshSupport;
    ctx.capabilities.markdownHover = (caps.textDocument?.hover?.contentFormat ?? ['markdown']).includes('markdown');
    ctx.capabilities.completionSnippets = !!caps.textDocument?.completion?.completionItem?.snippetSupport;
    const init = (params.initializationOptions ?? {}) as { storagePath?: string; trusted?: boolean; settings?: Partial<Settings> };
    storagePath = init.storagePath;
    trusted = init.trusted !== false;
    locale = params.locale?.toLowerCase().startsWith('en') ? 'en' : 'vi';
    if (init.settings) settings = { ...DEFAULT_SETTINGS, ...init.settings, corpus: { ...DEFAULT_SETTINGS.corpus, ...(init.settings.corpus ?? {}) } };
    ctx.workspaceFolders = (params.workspaceFolders ?? []).map((f) => fileURLToPath(f.uri));
    if (ctx.workspaceFolders.length === 0 && params.rootUri) ctx.workspaceFolders = [fileURLToPath(params.rootUri)];
    let capabilities: ServerCapabilities = {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
      workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
    };
    for (const f of FEATURES) capabilities = mergeCapabilities(capabilities, f.capabilities?.(ctx) ?? {});
    return { capabilities, serverInfo: { name: 'vanban' } };
  });

  connection.onInitialized(async () => {
    if (ctx.capabilities.configuration) void connection.client.register(DidChangeConfigurationNotification.type, { section: 'vanban' });
    await reloadSettings();
    await reloadCorpus();
    markReady();
    if (ctx.capabilities.watchedFiles) {
      void connection.client.register(DidChangeWatchedFilesNotification.type, {
        watchers: [{ globPattern: '**/*.{json,md,txt,docx}' }, { globPattern: '**/.vanban.json' }],
      });
    }
    ctx.refreshDiagnostics();
  });

  // Settings changes re-check documents; the corpus is rebuilt only when its folders changed
  // (the registration at start-up sends one such notification, which used to load it twice).
  connection.onDidChangeConfiguration(async () => {
    const before = userCorpusDirs().join('\n');
    await reloadSettings();
    if (userCorpusDirs().join('\n') !== before) scheduleReload();
    else ctx.refreshDiagnostics();
  });

  connection.onDidChangeWatchedFiles(async (p) => {
    if (p.changes.some((c) => c.uri.endsWith('/' + CONFIG_FILE))) {
      await reloadSettings();
      scheduleReload();
      return;
    }
    const dirs = userCorpusDirs().map((d) => path.resolve(d) + path.sep);
    const touches = p.changes.some((c) => {
      const f = c.uri.startsWith('file:') ? fileURLToPath(c.uri) : c.uri;
      return dirs.some((d) => f.startsWith(d));
    });
    if (touches) scheduleReload();
  });

  connection.onNotification('vanban/trust', async (p: { trusted: boolean }) => {
    trusted = p.trusted;
    scheduleReload();
  });

  documents.onDidClose((e) => cache.delete(e.document.uri));

  for (const f of FEATURES) f.register(ctx);
  documents.listen(connection);
  connection.listen();
}

function mergeCapabilities(a: ServerCapabilities, b: Partial<ServerCapabilities>): ServerCapabilities {
  const out: ServerCapabilities = { ...a, ...b };
  if (a.workspace || b.workspace) out.workspace = { ...a.workspace, ...b.workspace };
  if (a.executeCommandProvider && b.executeCommandProvider)
    out.executeCommandProvider = { commands: [...a.executeCommandProvider.commands, ...b.executeCommandProvider.commands] };
  return out;
}
