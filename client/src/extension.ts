// The VS Code client: starts the language server over IPC, passes it the storage folder and
// the workspace's trust, and adds the client-only commands (Quick Pick lookup) and a status bar
// item that shows the corpus and its problems.

import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { Commands, CorpusProblemsNotification, type CorpusStatus } from '../../server/src/protocol';
import { pickDocument } from './lookup';
import { createReport } from './new-report';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const serverModule = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
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
  client = new LanguageClient('vanban', 'vanban', serverOptions, clientOptions);

  const status = vscode.window.createStatusBarItem(vscode.StatusBarAlignment.Right, 50);
  status.name = 'vanban';
  status.command = 'vanban.showOutput';
  context.subscriptions.push(status, output);

  context.subscriptions.push(
    vscode.commands.registerCommand('vanban.showOutput', () => output.show()),
    vscode.commands.registerCommand('vanban.checkDocument', async () => {
      const editor = vscode.window.activeTextEditor;
      if (!editor || !client) return;
      const n = await client.sendRequest<number | null>('workspace/executeCommand', {
        command: Commands.check,
        arguments: [editor.document.uri.toString()],
      });
      vscode.window.setStatusBarMessage(vscode.l10n.t('vanban: {0} problems', String(n ?? 0)), 4000);
    }),
    vscode.commands.registerCommand('vanban.lookupDocument', () => lookupDocument()),
    vscode.commands.registerCommand('vanban.createReport', () => (client ? createReport(client, context.globalState) : undefined)),
    vscode.workspace.onDidGrantWorkspaceTrust(() => void client?.sendNotification('vanban/trust', { trusted: true })),
  );

  await client.start();
  client.onNotification(CorpusProblemsNotification, (s: CorpusStatus) => {
    status.text = s.problems.length ? `$(warning) vanban` : `$(book) vanban`;
    status.tooltip = s.problems.length
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
}

/** "Look up a document": the chosen citation goes in at the cursor. */
async function lookupDocument(): Promise<void> {
  if (!client) return;
  const editor = vscode.window.activeTextEditor;
  const picked = await pickDocument(client, editor?.document.uri.toString(), vscode.l10n.t('Look up a document'));
  const target = editor && vscode.window.visibleTextEditors.includes(editor) ? editor : vscode.window.activeTextEditor;
  if (picked && target) await target.insertSnippet(new vscode.SnippetString().appendText(picked.citation));
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
