// Diagnostics: pulled (textDocument/diagnostic) where the client supports it, pushed
// (textDocument/publishDiagnostics) where it does not — Neovim, Emacs and Helix take push only.
//
// The server never falls behind the writer: a pull yields once before analysing, so a
// $/cancelRequest or a newer edit that arrived meanwhile is seen (cancelled pulls answer
// RequestCancelled; the analysis of the newest version is shared by every later request); a push
// waits for a pause in typing that adapts to how long the document takes to analyse, and a newer
// edit replaces the pending push.

import { DocumentDiagnosticReportKind, LSPErrorCodes, ResponseError, type CancellationToken, type Diagnostic } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding } from '../../core/index';
import type { Feature, ServerContext } from '../context';
import { toDiagnostic } from './convert';
import { undecodableNotice } from './undecodable';

/**
 * What a document's diagnostics show: its findings, or, for mis-decoded text, which is never checked, one notice instead of
 * findings on garbage (and no findings, so no fixes either: code-actions.ts).
 */
export function shownFindings(ctx: ServerContext, doc: TextDocument): { notice: Diagnostic | null; findings: readonly Finding[] } {
  const notice = ctx.settings().enable === 'never' ? null : undecodableNotice(doc);
  return { notice, findings: notice ? [] : (ctx.analysis(doc)?.findings ?? []) };
}

export function diagnosticsFor(ctx: ServerContext, doc: TextDocument): Diagnostic[] {
  const { notice, findings } = shownFindings(ctx, doc);
  if (notice) return [notice];
  return findings.map((f) => toDiagnostic(doc, f, ctx.options().locale, ctx.capabilities.relatedInformation));
}

/** Push debounce: twice the last analysis time, within 50…500 ms (150 ms before the first one). */
export function pushDelay(lastAnalysisMs: number): number {
  if (lastAnalysisMs <= 0) return 150;
  return Math.round(Math.min(500, Math.max(50, 2 * lastAnalysisMs)));
}

// VANBAN_PUSH_DELAY_MS pins the debounce (benchmarks measure what follows it, tests go fast).
const PINNED_DELAY = /^\d{1,5}$/.test(process.env.VANBAN_PUSH_DELAY_MS ?? '') ? Number(process.env.VANBAN_PUSH_DELAY_MS) : null;

const yieldToQueue = () => new Promise<void>((r) => setImmediate(r));

function cancelled(): ResponseError<void> {
  return new ResponseError(LSPErrorCodes.RequestCancelled, 'cancelled');
}

export const diagnostics: Feature = {
  capabilities: (ctx) =>
    ctx.capabilities.pullDiagnostics
      ? { diagnosticProvider: { identifier: 'vanban', interFileDependencies: false, workspaceDiagnostics: false } }
      : {},
  register(ctx) {
    const { connection, documents } = ctx;
    connection.languages.diagnostics.on(async (params, token: CancellationToken) => {
      await ctx.ready;
      // Let queued messages (a cancellation, the next edit) be read before the work starts.
      await yieldToQueue();
      if (token.isCancellationRequested) throw cancelled();
      const doc = documents.get(params.textDocument.uri);
      return { kind: DocumentDiagnosticReportKind.Full, items: doc ? diagnosticsFor(ctx, doc) : [] };
    });
    const timers = new Map<string, { cancel(): void }>();
    const push = (doc: TextDocument, delay: number) => {
      if (ctx.capabilities.pullDiagnostics) return;
      timers.get(doc.uri)?.cancel();
      const run = () => {
        timers.delete(doc.uri);
        // Before the corpus has loaded there is nothing to say yet; the push waits for it.
        void ctx.ready.then(() => {
          const current = documents.get(doc.uri);
          // A newer edit has its own push pending: this one would be stale at once.
          if (!current || timers.has(doc.uri)) return;
          void connection.sendDiagnostics({ uri: current.uri, version: current.version, diagnostics: diagnosticsFor(ctx, current) });
        });
      };
      // No pause asked for: the next turn of the event loop, after messages already read (a timer of
      // 0 ms waits at least 1 ms, 5 % of a push's whole time in the benchmark).
      if (delay <= 0) {
        const h = setImmediate(run);
        timers.set(doc.uri, { cancel: () => clearImmediate(h) });
      } else {
        const h = setTimeout(run, delay);
        timers.set(doc.uri, { cancel: () => clearTimeout(h) });
      }
    };
    // Opening fires both events; the open's immediate push must not become a debounced one.
    const opening = new Set<string>();
    documents.onDidOpen((e) => {
      opening.add(e.document.uri);
      push(e.document, 0);
    });
    documents.onDidChangeContent((e) => {
      if (opening.delete(e.document.uri)) return;
      push(e.document, PINNED_DELAY ?? pushDelay(ctx.analysisMillis(e.document.uri)));
    });
    documents.onDidClose((e) => {
      timers.get(e.document.uri)?.cancel();
      timers.delete(e.document.uri);
      if (!ctx.capabilities.pullDiagnostics) void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
    });
    ctx.refreshDiagnostics = () => {
      if (ctx.capabilities.pullDiagnostics) {
        if (ctx.capabilities.diagnosticRefresh) void connection.languages.diagnostics.refresh();
      } else for (const d of documents.all()) push(d, 0);
    };
  },
};
