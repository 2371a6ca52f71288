// The document Quick Pick, shared by "Look up a document" (inserts the citation) and "New report"
// (picks the directive to review). The server matches (without diacritics) and ranks, in the
// context of the active document (its date and province); the Quick Pick shows its order and
// does not filter again.

import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { Commands, type LookupResult } from '../../server/src/protocol';

export function pickDocument(client: LanguageClient, uri: string | undefined, title: string): Promise<LookupResult | undefined> {
  const qp = vscode.window.createQuickPick<vscode.QuickPickItem & { result: LookupResult }>();
  qp.title = title;
  qp.placeholder = vscode.l10n.t('Number, name or subject of a document (diacritics optional)');
  qp.matchOnDescription = false;
  qp.matchOnDetail = false;
  let seq = 0;
  const search = async (q: string) => {
    const mine = ++seq;
    qp.busy = true;
    let results: LookupResult[] | null = null;
    try {
      results = await client.sendRequest<LookupResult[] | null>('workspace/executeCommand', { command: Commands.lookup, arguments: [q, 50, uri] });
    } catch (e) {
      if (mine === seq) qp.placeholder = vscode.l10n.t('The lookup failed: {0}', String((e as Error).message ?? e));
    }
    if (mine !== seq) return;
    qp.busy = false;
    qp.items = (results ?? []).map((r) => ({
      label: `${r.kind} ${r.id}`,
      description: [r.date, r.issuer].filter(Boolean).join(' · '),
      detail: [r.subject, r.status].filter(Boolean).join(' — '),
      // The server already matched without diacritics: keep VS Code from hiding its results.
      alwaysShow: true,
      result: r,
    }));
  };
  return new Promise((resolve) => {
    let picked: LookupResult | undefined;
    qp.onDidChangeValue((v) => void search(v));
    qp.onDidAccept(() => {
      picked = qp.selectedItems[0]?.result;
      qp.hide();
    });
    qp.onDidHide(() => {
      qp.dispose();
      resolve(picked);
    });
    qp.show();
    void search('');
  });
}
