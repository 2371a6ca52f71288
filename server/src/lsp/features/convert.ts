// Core results → LSP shapes. Offsets become positions on the document's own text. Fixes do not
// travel with the diagnostics: a code action finds them again in the analysis the server keeps
// (lsp/features/code-actions.ts), so every push or pull is that much smaller.

import { DiagnosticSeverity, type Diagnostic, type Range, type TextEdit as LspTextEdit } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding, Fix, Locale, Severity, Span } from '../../core/index';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function toRange(doc: TextDocument, s: Span): Range {
  return { start: doc.positionAt(s.start), end: doc.positionAt(s.end) };
}

export interface FixData {
  title: string;
  edits: LspTextEdit[];
  safe: boolean;
  preferred: boolean;
}

export function toFixData(doc: TextDocument, fixes: Fix[] | undefined, locale: Locale): FixData[] {
  return (fixes ?? []).map((f) => ({
    title: f.title[locale],
    edits: f.edits.map((e) => ({ range: toRange(doc, e), newText: e.newText })),
    safe: f.safe,
    preferred: !!f.preferred,
  }));
}

const ALSO_AT: Record<Locale, (lines: string) => string> = {
  vi: (lines) => ` (cũng ở dòng ${lines})`,
  en: (lines) => ` (also at lines ${lines})`,
};

/**
 * A finding as an LSP diagnostic. A client that cannot show related locations (Helix, older
 * Emacs) reads the lines of a repeated mistake in the message instead, as the CLI prints them.
 */
export function toDiagnostic(doc: TextDocument, f: Finding, locale: Locale, relatedSupport = true): Diagnostic {
  // No data: the fixes, with their edits' ranges, were 12 % of the 590 KB that every edit of a
  // dense 250 KB report sent, for the few diagnostics a writer ever opens a quick fix on.
  const repeats = relatedSupport ? [] : (f.related ?? []).filter((r) => r.repeat);
  const also = repeats.length ? ALSO_AT[locale]([...new Set(repeats.map((r) => doc.positionAt(r.span.start).line + 1))].join(', ')) : '';
  return {
    range: toRange(doc, f.span),
    severity: SEVERITY[f.severity],
    code: f.code,
    source: 'vanban',
    message: f.message[locale] + also,
    ...(f.related?.length
      ? { relatedInformation: f.related.map((r) => ({ location: { uri: doc.uri, range: toRange(doc, r.span) }, message: r.message[locale] })) }
      : {}),
  };
}
