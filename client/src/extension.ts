// The VS Code client: starts the language server over IPC, passes it the storage folder and
// the workspace's trust, and adds the client-only commands (Quick Pick lookup) and a status bar
// item that shows the corpus and its problems.

import * as path from 'node:path';
import * as vscode from 'vscode';
import {
  CloseAction,
  ErrorAction,
  LanguageClient,
  State,
  TransportKind,
  type CloseHandlerResult,
  type ErrorHandler,
  type ErrorHandlerResult,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';
import { Commands, CorpusProblemsNotification, type CorpusStatus, type ExportResult } from '../../server/src/protocol';
import { pickDocument } from './lookup';
import { createReport } from './new-report';

let client: LanguageClient | undefined;

/** Restarts allowed within RESTART_WINDOW_MS before the client gives up (as the library's default). */
const MAX_RESTARTS = 4;
const RESTART_WINDOW_MS = 3 * 60 * 1000;

/**
 * What the writer sees when the server has stopped for good: the status item turns red with a
 * restart action, and every open report gets one diagnostic saying vanban is not checking it —
 * an empty Problems panel must never read as "no mistakes" when nothing was checked.
 */
class StoppedState {
  private stopped = false;
  private readonly diagnostics = vscode.languages.createDiagnosticCollection('vanban-stopped');
  constructor(
    private readonly status: vscode.StatusBarItem,
    private readonly output: vscode.OutputChannel,
  ) {}

  get isStopped(): boolean {
    return this.stopped;
  }

  enter(reason: string): void {
    this.stopped = true;
    this.status.text = '$(error) vanban';
    this.status.backgroundColor = new vscode.ThemeColor('statusBarItem.errorBackground');
    this.status.tooltip = vscode.l10n.t('vanban has stopped and is not checking: {0}. Click to restart.', reason);
    this.status.command = 'vanban.restartServer';
    this.status.show();
    this.output.appendLine(`vanban: ${reason}`);
    for (const doc of vscode.workspace.textDocuments) this.mark(doc);
  }

  leave(): void {
    this.stopped = false;
    this.diagnostics.clear();
    this.status.text = '$(sync~spin) vanban';
    this.status.backgroundColor = undefined;
    this.status.tooltip = undefined;
    this.status.command = 'vanban.showOutput';
  }

  /** One diagnostic at the top of a Markdown or plain-text document while stopped. */
  mark(doc: vscode.TextDocument): void {
    if (!this.stopped || (doc.languageId !== 'markdown' && doc.languageId !== 'plaintext')) return;
    const d = new vscode.Diagnostic(
      new vscode.Range(0, 0, 0, Math.min(doc.lineAt(0).text.length, 80)),
      vanbanNotChecking(),
      vscode.DiagnosticSeverity.Warning,
    );
    d.source = 'vanban';
    d.code = 'server-stopped';
    this.diagnostics.set(doc.uri, [d]);
  }
}

/** Vietnamese first, English second, as every vanban message (the server is not there to localise it). */
function vanbanNotChecking(): string {
  return 'vanban KHÔNG kiểm tra tài liệu này: máy chủ đã dừng (xem Output › vanban; lệnh "vanban: Khởi động lại máy chủ"). / vanban is NOT checking this document: its server stopped (see Output › vanban; run "vanban: Restart the server").';
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const serverModule = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    // The server keeps its compiled code in the extension's own storage for its next starts (server/src/lsp/launch.ts).
    run: { module: serverModule, transport: TransportKind.ipc, args: ['--code-cache-dir', path.join(context.globalStorageUri.fsPath, 'code-cache')] },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const output = vscode.window.createOutputChannel('vanban', { log: true });
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'markdown' },
      { scheme: 'file', language: 'plaintext' },
      { scheme: 'untitled', language: 'markdown' },
      { scheme: 'untitled', language: 'plaintext' },
    ],
    outputChannel: output,
    initializationOptions: {
      storagePath: context.globalStorageUri.fsPath,
      trusted: vscode.workspace.isTrusted,
    },
    synchronize: { configurationSection: 'vanban' },
  };
  const status = vscode.window.createStatusBarItem(vscode.StatusBarAlignment.Right, 50);
  status.name = 'vanban';
  status.command = 'vanban.showOutput';
  context.subscriptions.push(status, output);
  const stopped = new StoppedState(status, output);

  // The library's default handler gives up after the fifth crash and says only "Client is not
  // running" afterwards; this one gives up the same way and then shows the stopped state.
  const restarts: number[] = [];
  const errorHandler: ErrorHandler = {
    error: (): ErrorHandlerResult => ({ action: ErrorAction.Continue }),
    closed: (): CloseHandlerResult => {
      const now = Date.now();
      restarts.push(now);
      while (restarts.length && restarts[0]! < now - RESTART_WINDOW_MS) restarts.shift();
      if (restarts.length <= MAX_RESTARTS) return { action: CloseAction.Restart, handled: true };
      stopped.enter(vscode.l10n.t('the server stopped {0} times in 3 minutes', String(restarts.length)));
      return { action: CloseAction.DoNotRestart, handled: true };
    },
  };
  clientOptions.errorHandler = errorHandler;
  client = new LanguageClient('vanban', 'vanban', serverOptions, clientOptions);
  context.subscriptions.push(
    vscode.workspace.onDidOpenTextDocument((doc) => stopped.mark(doc)),
    vscode.commands.registerCommand('vanban.restartServer', async () => {
      if (!client) return;
      restarts.length = 0;
      stopped.leave();
      try {
        if (client.state === State.Running) await client.restart();
        else await client.start();
      } catch (e) {
        stopped.enter(String((e as Error).message ?? e));
      }
    }),
  );

  context.subscriptions.push(
    vscode.commands.registerCommand('vanban.showOutput', () => output.show()),
    vscode.commands.registerCommand('vanban.checkDocument', async () => {
      const editor = vscode.window.activeTextEditor;
      if (!editor || !client) return;
      if (stopped.isStopped || client.state !== State.Running) {
        // Say why nothing is checked, and offer the way out.
        const restart = vscode.l10n.t('Restart');
        const pick = await vscode.window.showErrorMessage(vanbanNotChecking(), restart, vscode.l10n.t('Show output'));
        if (pick === restart) await vscode.commands.executeCommand('vanban.restartServer');
        else if (pick) output.show();
        return;
      }
      const n = await client.sendRequest<number | null>('workspace/executeCommand', {
        command: Commands.check,
        arguments: [editor.document.uri.toString()],
      });
      vscode.window.setStatusBarMessage(vscode.l10n.t('vanban: {0} problems', String(n ?? 0)), 4000);
    }),
    vscode.commands.registerCommand('vanban.lookupDocument', () => lookupDocument()),
    vscode.commands.registerCommand('vanban.createReport', () => (client ? createReport(client, context.globalState) : undefined)),
    vscode.commands.registerCommand('vanban.exportDocx', (resource?: vscode.Uri) => exportDocx(resource)),
    vscode.workspace.onDidGrantWorkspaceTrust(() => void client?.sendNotification('vanban/trust', { trusted: true })),
  );

  client.onNotification(CorpusProblemsNotification, (s: CorpusStatus) => {
    if (stopped.isStopped) return;
    status.text = s.problems.length ? `$(warning) vanban` : `$(book) vanban`;
    const badSettings = s.problems.filter((p) => p.file === 'settings').length;
    status.tooltip = badSettings
      ? vscode.l10n.t('{0} vanban settings are wrong and were ignored — click to see them', String(badSettings))
      : s.problems.length
        ? vscode.l10n.t('The corpus has {0} files with problems — click to see them', String(s.problems.length))
        : vscode.l10n.t('Corpus {0} (as of {1}), {2} records', s.version, s.asOf, String(s.records)) +
          // Reports written after the as-of date may cite what the corpus cannot know yet.
          (/^\d{4}-\d{2}-\d{2}$/.test(s.asOf) && new Date().toISOString().slice(0, 10) > s.asOf
            ? '\n' + vscode.l10n.t('Records may have changed since {0}: documents issued later are not in the corpus.', s.asOf)
            : '');
    status.backgroundColor = s.problems.length ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
    status.show();
    for (const p of s.problems) output.appendLine(`${p.file}${p.line ? `:${p.line}` : ''}: ${p.message}`);
  });
  try {
    await client.start();
  } catch (e) {
    // The first start failed and the restarts gave up: the stopped state is already shown.
    if (!stopped.isStopped) stopped.enter(String((e as Error).message ?? e));
  }
}

/** "Look up a document": the chosen citation goes in at the cursor. */
async function lookupDocument(): Promise<void> {
  if (!client) return;
  const editor = vscode.window.activeTextEditor;
  const picked = await pickDocument(client, editor?.document.uri.toString(), vscode.l10n.t('Look up a document'));
  const target = editor && vscode.window.visibleTextEditors.includes(editor) ? editor : vscode.window.activeTextEditor;
  if (picked && target) await target.insertSnippet(new vscode.SnippetString().appendText(picked.citation));
}

/**
 * "Export to Word (.docx)": asks where to save (next to the draft by default), has the server lay
 * the draft out, and writes only the file the user chose. Errors in the draft and missing header
 * parts do not stop the export; the notification names them.
 */
async function exportDocx(resource?: vscode.Uri): Promise<void> {
  if (!client) return;
  const doc = resource ? await vscode.workspace.openTextDocument(resource) : vscode.window.activeTextEditor?.document;
  if (!doc) return;
  const folder = vscode.workspace.getWorkspaceFolder(doc.uri)?.uri ?? vscode.workspace.workspaceFolders?.[0]?.uri;
  const defaultUri =
    doc.uri.scheme === 'untitled'
      ? folder && vscode.Uri.joinPath(folder, 'bao-cao.docx')
      : doc.uri.with({ path: doc.uri.path.replace(/\.[^./]*$/u, '') + '.docx' });
  const target = await vscode.window.showSaveDialog({ defaultUri, filters: { 'Word (.docx)': ['docx'] }, saveLabel: vscode.l10n.t('Export') });
  if (!target) return;
  let r: ExportResult | null = null;
  try {
    r = await client.sendRequest<ExportResult | null>('workspace/executeCommand', { command: Commands.export, arguments: [doc.uri.toString(), {}] });
  } catch (e) {
    void vscode.window.showErrorMessage(vscode.l10n.t('vanban: the export failed: {0}', String((e as Error).message ?? e)));
    return;
  }
  if (!r?.base64) {
    void vscode.window.showErrorMessage(vscode.l10n.t('vanban: the export failed: {0}', doc.uri.toString()));
    return;
  }
  await vscode.workspace.fs.writeFile(target, Buffer.from(r.base64, 'base64'));
  const vi = vscode.env.language.startsWith('vi');
  const name = path.basename(target.fsPath);
  const layout = vi ? r.layoutName.vi : r.layoutName.en;
  const notes: string[] = [];
  if (r.errors) notes.push(vscode.l10n.t('the draft still has {0} errors', String(r.errors)));
  if (r.missing.length) notes.push(vscode.l10n.t('missing: {0}', r.missing.map((m) => (vi ? m.vi : m.en)).join(', ')));
  const open = vscode.l10n.t('Open');
  const picked = notes.length
    ? await vscode.window.showWarningMessage(vscode.l10n.t('Exported {0}: {1}; {2}.', name, layout, notes.join('; ')), open)
    : await vscode.window.showInformationMessage(vscode.l10n.t('Exported {0}: {1}.', name, layout), open);
  if (picked === open) await vscode.env.openExternal(target);
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
