// Document symbols (the Outline view) and folding ranges from the report's section headings:
// PHẦN THỨ …, I., 1., 1.1., a).

import { FoldingRangeKind, SymbolKind, type DocumentSymbol, type FoldingRange } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { foldingSpans, outline, type OutlineNode } from '../../core/index';
import type { Feature } from '../context';
import { toRange } from './convert';

const KIND_BY_LEVEL = [SymbolKind.Namespace, SymbolKind.Class, SymbolKind.Method, SymbolKind.Field, SymbolKind.Property];

function toSymbol(doc: TextDocument, n: OutlineNode): DocumentSymbol {
  return {
    name: n.name,
    kind: KIND_BY_LEVEL[n.level] ?? SymbolKind.String,
    range: toRange(doc, n.range),
    selectionRange: toRange(doc, n.selection),
    children: n.children.map((c) => toSymbol(doc, c)),
  };
}

export const symbols: Feature = {
  capabilities: () => ({ documentSymbolProvider: { label: 'vanban' }, foldingRangeProvider: true }),
  register(ctx) {
    ctx.connection.onDocumentSymbol(async (params): Promise<DocumentSymbol[]> => {
      await ctx.ready;
      const doc = ctx.documents.get(params.textDocument.uri);
      const a = doc ? ctx.analysis(doc) : null;
      if (!doc || !a) return [];
      return outline(a.reading.sections, a.reading.nt.original).map((n) => toSymbol(doc, n));
    });
    ctx.connection.onFoldingRanges(async (params): Promise<FoldingRange[]> => {
      await ctx.ready;
      const doc = ctx.documents.get(params.textDocument.uri);
      const a = doc ? ctx.analysis(doc) : null;
      if (!doc || !a) return [];
      const out: FoldingRange[] = [];
      const lines = doc.getText().split(/\r\n|\r|\n/);
      for (const s of foldingSpans(a.reading.sections)) {
        const start = doc.positionAt(s.start).line;
        let end = doc.positionAt(s.end).line;
        // Keep the blank lines before the next heading visible.
        while (end > start && (lines[end] ?? '').trim() === '') end--;
        if (end > start) out.push({ startLine: start, endLine: end, kind: FoldingRangeKind.Region });
      }
      return out;
    });
  },
};
