// Diagnostics: pulled (textDocument/diagnostic) where the client supports it, pushed
// (textDocument/publishDiagnostics) where it does not — Neovim, Emacs and Helix take push only.

import { DocumentDiagnosticReportKind, type Diagnostic } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Feature, ServerContext } from '../server';
import { toDiagnostic } from './convert';

export function diagnosticsFor(ctx: ServerContext, doc: TextDocument): Diagnostic[] {
  const a = ctx.analysis(doc);
  if (!a) return [];
  return a.findings.map((f) => toDiagnostic(doc, f, ctx.options().locale, ctx.capabilities.relatedInformation));
}

export const diagnostics: Feature = {
  capabilities: (ctx) =>
    ctx.capabilities.pullDiagnostics
      ? { diagnosticProvider: { identifier: 'vanban', interFileDependencies: false, workspaceDiagnostics: false } }
      : {},
  register(ctx) {
    const { connection, documents } = ctx;
    {
      connection.languages.diagnostics.on(async (params) => {
        await ctx.ready;
        const doc = documents.get(params.textDocument.uri);
        return { kind: DocumentDiagnosticReportKind.Full, items: doc ? diagnosticsFor(ctx, doc) : [] };
      });
    }
    const timers = new Map<string, NodeJS.Timeout>();
    const push = (doc: TextDocument, delay: number) => {
      if (ctx.capabilities.pullDiagnostics) return;
      clearTimeout(timers.get(doc.uri));
      timers.set(
        doc.uri,
        setTimeout(() => {
          timers.delete(doc.uri);
          // Before the corpus has loaded there is nothing to say yet; the push waits for it.
          void ctx.ready.then(() => {
            const current = documents.get(doc.uri);
            if (!current) return;
            void connection.sendDiagnostics({ uri: current.uri, version: current.version, diagnostics: diagnosticsFor(ctx, current) });
          });
        }, delay),
      );
    };
    documents.onDidOpen((e) => push(e.document, 0));
    documents.onDidChangeContent((e) => push(e.document, 150));
    documents.onDidClose((e) => {
      clearTimeout(timers.get(e.document.uri));
      if (!ctx.capabilities.pullDiagnostics) void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
    });
    ctx.refreshDiagnostics = () => {
      if (ctx.capabilities.pullDiagnostics) {
        if (ctx.capabilities.diagnosticRefresh) void connection.languages.diagnostics.refresh();
      } else for (const d of documents.all()) push(d, 0);
    };
  },
};
