// Runs inside VS Code's extension host (started by ../electron.test.ts through
// @vscode/test-electron): the extension as VS Code sees it, through the VS Code API —
// diagnostics, completion, hover, code actions, document symbols, and silence on an English
// README. Bundled with esbuild before the run; `vscode` is provided by the host.
//
// The host expects `run(): Promise<void>` that rejects on failure; the checks are a plain table
// run in order, each printed as ok / not ok.

import assert from 'node:assert/strict';
import * as vscode from 'vscode';

const DRAFT = 'bao-cao-so-ket.md';
const README = 'README.md';

function fileUri(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the workspace folder is open');
  return vscode.Uri.joinPath(folder.uri, name);
}

async function waitFor<T>(what: string, probe: () => T | undefined | null | false | Promise<T | undefined | null | false>, timeoutMs = 60_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const v = await probe();
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function open(name: string): Promise<vscode.TextDocument> {
  const doc = await vscode.workspace.openTextDocument(fileUri(name));
  await vscode.window.showTextDocument(doc);
  return doc;
}

function positionOf(doc: vscode.TextDocument, needle: string, offset = 0): vscode.Position {
  const at = doc.getText().indexOf(needle);
  assert.ok(at >= 0, `${needle} is in ${doc.uri.path}`);
  return doc.positionAt(at + offset);
}

const vanban = (uri: vscode.Uri) => vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'vanban');
const codeOf = (d: vscode.Diagnostic) => (typeof d.code === 'object' ? String(d.code.value) : String(d.code));

function markdownText(contents: (vscode.MarkdownString | vscode.MarkedString)[]): string {
  return contents.map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : '')).join('\n');
}

const CHECKS: [string, () => Promise<void>][] = [
  [
    'diagnostics: the seeded mistakes, at their places, in Vietnamese',
    async () => {
      const doc = await open(DRAFT);
      const diags = await waitFor('vanban diagnostics on the draft', () => vanban(doc.uri).length > 0 && vanban(doc.uri));
      const at = (needle: string, code: string) => {
        const p = positionOf(doc, needle);
        const d = diags.find((x) => x.range.start.isEqual(p) && codeOf(x) === code);
        assert.ok(d, `${code} at "${needle}" (${p.line}:${p.character}); got ${diags.map((x) => `${codeOf(x)}@${x.range.start.line}:${x.range.start.character}`).join(', ')}`);
        return d;
      };
      assert.match(at('31/4/2023', 'date-invalid').message, /tháng 4 chỉ có 30 ngày/);
      // The impossible day of a known decision is told once, with why the day cannot be.
      assert.match(at('30/2/2010', 'citation-date-mismatch').message, /25\/2\/2010.*ngày không có thật/);
      assert.equal(at('31/4/2023', 'date-invalid').severity, vscode.DiagnosticSeverity.Error);
    },
  ],
  [
    'hover: a citation shows its card',
    async () => {
      const doc = await open(DRAFT);
      const hovers = await waitFor('a hover on 25-NQ/TW', async () => {
        const h = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, positionOf(doc, '25-NQ/TW', 2));
        return h.length > 0 && h;
      });
      const text = hovers.map((h) => markdownText(h.contents)).join('\n');
      assert.match(text, /25-NQ\/TW/);
      assert.match(text, /Tăng cường và đổi mới sự lãnh đạo của Đảng/);
    },
  ],
  [
    'completion: "Quyết định số 29" offers 290-QĐ/TW',
    async () => {
      const doc = await open(DRAFT);
      const end = doc.lineAt(doc.lineCount - 1).range.end;
      const typed = 'Tiếp tục thực hiện Quyết định số 29';
      const edit = new vscode.WorkspaceEdit();
      edit.insert(doc.uri, end, typed);
      assert.ok(await vscode.workspace.applyEdit(edit));
      const at = end.translate(0, typed.length);
      const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, at);
      const labels = list.items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
      assert.ok(labels.some((l) => l.startsWith('290-QĐ/TW')), `completion labels: ${labels.slice(0, 10).join(' | ')}`);
      await vscode.commands.executeCommand('undo');
    },
  ],
  [
    'code action: the quick fix rewrites the wrong date of 290-QĐ/TW',
    async () => {
      const doc = await open(DRAFT);
      const start = positionOf(doc, '30/2/2010');
      const range = new vscode.Range(start, start.translate(0, '30/2/2010'.length));
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, range, vscode.CodeActionKind.QuickFix.value);
      const fix = actions.find((a) => /25\/2\/2010/.test(a.title));
      assert.ok(fix?.edit, `a fix to 25/2/2010 among: ${actions.map((a) => a.title).join(' | ')}`);
      assert.ok(await vscode.workspace.applyEdit(fix.edit));
      assert.match(doc.getText(), /Quyết định số 290-QĐ\/TW ngày 25\/2\/2010/);
      await waitFor('the mismatch to go', () => !vanban(doc.uri).some((d) => codeOf(d) === 'citation-date-mismatch'));
    },
  ],
  [
    "document symbols: the report's sections, nested",
    async () => {
      const doc = await open(DRAFT);
      const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', doc.uri);
      const first = symbols.find((s) => /PHẦN THỨ NHẤT/.test(s.name));
      assert.ok(first, `symbols: ${symbols.map((s) => s.name).join(' | ')}`);
      assert.ok(first.children.some((c) => /CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO/.test(c.name)), 'I. is inside PHẦN THỨ NHẤT');
      assert.ok(symbols.some((s) => /PHẦN THỨ HAI/.test(s.name)));
    },
  ],
  [
    'an English README gets no vanban diagnostics',
    async () => {
      const doc = await open(README);
      // The server's own check command answers with the number of findings: a positive signal
      // that it has judged the README.
      const n = await vscode.commands.executeCommand<number | null>('vanban.check', doc.uri.toString());
      assert.equal(n, 0);
      assert.deepEqual(vanban(doc.uri), []);
    },
  ],
];

export async function run(): Promise<void> {
  const failed: string[] = [];
  for (const [name, fn] of CHECKS) {
    try {
      await fn();
      console.log(`ok - ${name}`);
    } catch (e) {
      failed.push(name);
      console.log(`not ok - ${name}\n  ${String(e instanceof Error ? e.stack ?? e.message : e).replace(/\n/g, '\n  ')}`);
    }
  }
  console.log(`${CHECKS.length - failed.length}/${CHECKS.length} extension-host checks passed`);
  if (failed.length) throw new Error(`failed: ${failed.join('; ')}`);
}
