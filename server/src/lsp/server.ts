// The language server: a thin adapter that keeps documents, settings and the corpus, runs the
// core, and speaks LSP. Features live in one file each under features/; this file wires them.

import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  MessageType,
  ShowMessageNotification,
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
  AnalysisCache,
  CorpusIndex,
  isVietnamese,
  LANGUAGE_SAMPLE,
  resolveOptions,
  RULE_CODES,
  type Analysis,
  type ResolvedOptions,
} from '../core/index';
import { bundledCorpusDir, loadCorpus, type LoadProblem, type LoadStats } from '../host/corpus-loader';
import { CONFIG_FILE, readProjectConfig } from '../host/config';
import { DEFAULT_SETTINGS, validateSettings } from '../host/settings';
import { PREBUILT_FILE } from '../host/prebuilt';
import { todayIso } from '../host/output';
import { BURST_BYTES, collectGarbage } from '../host/heap';
import { CorpusProblemsNotification, type CorpusStatus, type Settings } from '../protocol';
import { FEATURES } from './features/index';
import type { NearAnalysis, ServerContext } from './context';

export type { Feature, ServerContext } from './context';

/** What the process around the server may ask of it. */
export interface ServerHooks {
  /** Called once, after the first document has been analysed (the launcher then keeps the compiled code). */
  afterFirstAnalysis?: () => void;
}

export function startServer(connection: Connection, hooks: ServerHooks = {}): void {
  const documents = new TextDocuments(TextDocument);
  let afterFirstAnalysis = hooks.afterFirstAnalysis;
  const bundledDir = bundledCorpusDir(__dirname);
  let settings: Settings = DEFAULT_SETTINGS;
  let options: ResolvedOptions = resolveOptions(undefined, RULE_CODES).options;
  let index: CorpusIndex | null = null;
  let loadProblems: LoadProblem[] = [];
  let configProblems: LoadProblem[] = [];
  /** Problems in the settings the client sent at initialize (kept until the first configuration pull). */
  let initSettingProblems: LoadProblem[] = [];
  /** The last set of settings problems shown to the user, so a reload does not repeat the popup. */
  let shownProblems = '';
  let projectCorpusDirs: string[] = [];
  let loadStats: LoadStats | null = null;
  let storagePath: string | undefined;
  let trusted = true;
  let locale: 'vi' | 'en' = 'vi';
  // One analysis per document: the latest version analysed, its text (to map offsets for a
  // request that comes before the next analysis) and how long it took (for the push debounce).
  const cache = new Map<string, { version: number; text: string; analysis: Analysis | null; ms: number }>();
  // What each open document's analyses keep between versions (core/analyze.ts): the next version
  // re-reads and re-judges only the blocks an edit touched. Dropped with the document.
  const kept = new Map<string, AnalysisCache>();
  // Each open document's language, judged on its first characters: an edit past them, most of a long report's, keeps it
  // (judging it again cost nearly a millisecond a version of a 250 KB report, and as much a completion).
  const language = new Map<string, { head: string; vietnamese: boolean }>();
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
      const t0 = performance.now();
      const enabled = settings.enable === 'always' || (settings.enable === 'auto' && ctx.vietnamese(doc));
      // VANBAN_TODAY pins "today" for reproducible runs (tests, CI); otherwise the clock.
      const today = process.env.VANBAN_TODAY ?? todayIso();
      let blocks = kept.get(doc.uri);
      if (!blocks) kept.set(doc.uri, (blocks = new AnalysisCache()));
      const a = !enabled ? null : text.length > MAX_DOCUMENT_CHARS ? tooLarge(text, index, options, today) : analyze(text, index, options, today, blocks);
      cache.set(doc.uri, { version: doc.version, text, analysis: a, ms: performance.now() - t0 });
      if (afterFirstAnalysis) {
        const after = afterFirstAnalysis;
        afterFirstAnalysis = undefined;
        after();
      }
      return a;
    },
    analysisNear(doc, offset): NearAnalysis | null {
      const hit = cache.get(doc.uri);
      if (hit && hit.version !== doc.version && hit.analysis && index) {
        const near = mapThroughEdit(hit.text, doc.getText(), hit.analysis, offset);
        if (near) return near;
      }
      const a = ctx.analysis(doc);
      return a ? { analysis: a, offset, toDocument: (sp) => sp } : null;
    },
    vietnamese(doc) {
      const head = doc.getText().slice(0, LANGUAGE_SAMPLE);
      const hit = language.get(doc.uri);
      if (hit?.head === head) return hit.vietnamese;
      const vietnamese = isVietnamese(head);
      language.set(doc.uri, { head, vietnamese });
      return vietnamese;
    },
    analysisMillis: (uri) => cache.get(uri)?.ms ?? 0,
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
    capabilities: { pullDiagnostics: false, configuration: false, watchedFiles: false, diagnosticRefresh: false, markdownHover: true, completionSnippets: false, relatedInformation: true },
    workspaceFolders: [],
    bundledDir,
    onIndexChanged: (l) => indexListeners.push(l),
    ready,
  };

  async function reloadSettings(): Promise<void> {
    // Collected locally and swapped in at the end: two reloads in flight (VS Code sends a
    // configuration change right after start) must not mix their lists.
    const found: LoadProblem[] = [];
    if (ctx.capabilities.configuration) {
      let raw: unknown = null;
      try {
        raw = await connection.workspace.getConfiguration('vanban');
      } catch {
        raw = null;
      }
      // Every key is checked: a bad value is named and ignored, never thrown at start-up.
      const v = validateSettings(raw);
      settings = v.settings;
      for (const p of v.problems) found.push({ file: 'settings', message: `${p.key}: ${p.message}` });
    } else found.push(...initSettingProblems);
    // The project's .vanban.json (first workspace folder) under the editor's settings: rules
    // merge key by key, and a setting left at its default does not hide the project's value.
    projectCorpusDirs = [];
    let project: Record<string, unknown> = {};
    const root = ctx.workspaceFolders[0];
    if (root) {
      const cfg = await readProjectConfig(path.join(root, CONFIG_FILE), true);
      if (cfg) {
        project = cfg.raw ?? {};
        projectCorpusDirs = cfg.corpusDirs;
        found.push(...cfg.problems);
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
      // A rule named in the editor's settings is the editor's problem, not the file's.
      const fromSettings = p.path.startsWith('rules.') && settings.rules && p.path.slice(6) in settings.rules;
      const file = fromSettings || !root ? 'settings' : path.join(root, CONFIG_FILE);
      found.push({ file, message: `${fromSettings ? 'vanban.' : ''}${p.path}: ${p.message.vi} / ${p.message.en}` });
    }
    for (const p of found) connection.console.warn(`${p.file}${p.line ? `:${p.line}` : ''}: ${p.message}`);
    configProblems = found;
    showConfigProblems();
    cache.clear();
  }

  /**
   * A setting the writer got wrong is said where they look (a notification in every editor),
   * once per distinct set of problems; the full list stays in the log and the status item.
   */
  function showConfigProblems(): void {
    const key = configProblems.map((p) => `${p.file}:${p.message}`).join('\n');
    if (key === shownProblems) return;
    shownProblems = key;
    if (!configProblems.length) return;
    const first = configProblems[0]!;
    const more = configProblems.length > 1 ? ` (+${configProblems.length - 1})` : '';
    // A notification, not window/showMessageRequest: a client that does not answer requests of
    // that kind (or answers with an error) must not take the server down.
    void connection.sendNotification(ShowMessageNotification.type, {
      type: MessageType.Warning,
      // The key first: VS Code shows a toast on one line and cuts the rest.
      message: `vanban: ${first.file === 'settings' ? '' : `${path.basename(first.file)}: `}${first.message}${more} — cấu hình sai, đã bỏ qua / bad setting, ignored`,
    });
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
    for (const n of r.notices) connection.console.info(`${n.file}: ${n.message}`);
    loadStats = r.stats;
    cache.clear();
    for (const p of r.problems) connection.console.warn(`${p.file}${p.line ? `:${p.line}` : ''}: ${p.message}`);
    connection.console.info(
      `vanban: kho ${r.index.meta.version} (${r.index.size} bản ghi / records; ${r.stats.documents} tài liệu người dùng / user documents, ${Math.round(r.stats.millis)} ms)`,
    );
    void connection.sendNotification(CorpusProblemsNotification, ctx.corpusStatus());
    for (const l of indexListeners) l();
    // A large user corpus leaves its reading as garbage: give it back before the first diagnostics.
    if (r.stats.bytes >= BURST_BYTES) collectGarbage();
  }

  function reportStartupError(what: string, e: unknown): void {
    const message = `lỗi khi nạp ${what === 'corpus' ? 'kho văn bản' : 'cấu hình'}, dùng mặc định / failed to load the ${what}, using defaults: ${(e as Error)?.message ?? e}`;
    connection.console.error(`vanban: ${message}\n${(e as Error)?.stack ?? ''}`);
    configProblems.push({ file: what, message });
    void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Error, message: `vanban: ${message}` });
  }

  /** The bundled corpus alone, for when loading the user's folders failed outright. */
  async function bundledOnlyIndex(): Promise<CorpusIndex> {
    const r = await loadCorpus({ bundledDir, userDirs: [], bundledOnly: true });
    loadStats = r.stats;
    void connection.sendNotification(CorpusProblemsNotification, ctx.corpusStatus());
    return r.index;
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
    ctx.capabilities.relatedInformation = !!caps.textDocument?.publishDiagnostics?.relatedInformation;
    const init = (params.initializationOptions ?? {}) as { storagePath?: string; trusted?: boolean; settings?: Partial<Settings> };
    storagePath = init.storagePath;
    trusted = init.trusted !== false;
    locale = params.locale?.toLowerCase().startsWith('en') ? 'en' : 'vi';
    if (init.settings !== undefined) {
      const v = validateSettings(init.settings);
      settings = v.settings;
      initSettingProblems = v.problems.map((p) => ({ file: 'settings', message: `${p.key}: ${p.message}` }));
    }
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
    // Whatever goes wrong while loading, the server becomes ready: requests that wait on `ready`
    // would otherwise wait forever (no squiggles, hover stuck on "Loading…").
    try {
      await reloadSettings();
    } catch (e) {
      reportStartupError('settings', e);
    }
    try {
      await reloadCorpus();
    } catch (e) {
      reportStartupError('corpus', e);
    }
    if (!index) {
      try {
        index = await bundledOnlyIndex();
      } catch (e) {
        reportStartupError('corpus', e);
        index = new CorpusIndex({ version: 'unknown', asOf: 'unknown' }, [], new Map());
      }
    }
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

  documents.onDidClose((e) => {
    cache.delete(e.document.uri);
    kept.delete(e.document.uri);
    language.delete(e.document.uri);
  });

  for (const f of FEATURES) f.register(ctx);
  documents.listen(connection);
  connection.listen();
}

/**
 * Larger documents are not analysed on every keystroke (a 30 MB paste took 15 s and 0.9 GB):
 * the writer is told so at the top of the document. `vanban check` takes files up to 20 MB.
 */
export const MAX_DOCUMENT_CHARS = 5_000_000;

function tooLarge(text: string, index: CorpusIndex, options: ResolvedOptions, today: string): Analysis {
  const a = analyze('', index, options, today);
  const mb = (text.length / 1e6).toFixed(1);
  a.findings = [
    {
      code: 'document-too-large',
      severity: 'warning',
      span: { start: 0, end: Math.min(text.indexOf('\n') < 0 ? text.length : text.indexOf('\n'), 200) },
      message: {
        vi: `Tài liệu quá lớn để kiểm tra khi đang soạn (${mb} triệu ký tự > ${MAX_DOCUMENT_CHARS / 1e6} triệu): vanban không kiểm tra tài liệu này. Dùng lệnh "vanban check" (tới 20 MB) hoặc tách tài liệu.`,
        en: `Document too large to check while editing (${mb} million characters > ${MAX_DOCUMENT_CHARS / 1e6} million): vanban does not check it. Use "vanban check" (up to 20 MB) or split the document.`,
      },
    },
  ];
  return a;
}

/**
 * The last analysis, answering at `offset` of the new text when the offset lies in the part
 * before or after the edit (common prefix and suffix of the two texts); null when it is inside.
 */
function mapThroughEdit(oldText: string, newText: string, analysis: Analysis, offset: number): NearAnalysis | null {
  const max = Math.min(oldText.length, newText.length);
  let p = 0;
  while (p < max && oldText.charCodeAt(p) === newText.charCodeAt(p)) p++;
  let q = 0;
  while (q < max - p && oldText.charCodeAt(oldText.length - 1 - q) === newText.charCodeAt(newText.length - 1 - q)) q++;
  const delta = newText.length - oldText.length;
  if (offset < p) return { analysis, offset, toDocument: (sp) => (sp.end <= p ? sp : null) };
  if (offset >= newText.length - q) {
    const from = oldText.length - q;
    return { analysis, offset: offset - delta, toDocument: (sp) => (sp.start >= from ? { start: sp.start + delta, end: sp.end + delta } : null) };
  }
  return null;
}

function mergeCapabilities(a: ServerCapabilities, b: Partial<ServerCapabilities>): ServerCapabilities {
  const out: ServerCapabilities = { ...a, ...b };
  if (a.workspace || b.workspace) out.workspace = { ...a.workspace, ...b.workspace };
  if (a.executeCommandProvider && b.executeCommandProvider)
    out.executeCommandProvider = { commands: [...a.executeCommandProvider.commands, ...b.executeCommandProvider.commands] };
  return out;
}
