// Hover on a citation, a date or a term (khóa): the core's Markdown in the user's language, or
// the same text without Markdown marks for a client that only takes plain text.

import { MarkupKind, type Hover } from 'vscode-languageserver/node';
import { hoverAt } from '../../core/index';
import type { Feature } from '../context';
import { toRange } from './convert';

/** Markdown → readable plain text: links become "label (url)", emphasis and escapes go. */
export function plain(md: string): string {
  return md
    .replace(/\[([^\]]*)\]\(([^)]*)\)/g, '$1 ($2)')
    .replace(/\*\*|__|(?<![\\\w])_(?=\S)|(?<=\S)_(?!\w)/g, '')
    .replace(/\\([\\`*_[\]<>#|])/g, '$1');
}

export const hover: Feature = {
  capabilities: () => ({ hoverProvider: true }),
  register(ctx) {
    ctx.connection.onHover(async (params): Promise<Hover | null> => {
      await ctx.ready;
      const doc = ctx.documents.get(params.textDocument.uri);
      if (!doc) return null;
      // Away from the last edit the last analysis answers: a hover never waits for a re-check.
      const offset = doc.offsetAt(params.position);
      const near = ctx.analysisNear(doc, offset);
      if (!near) return null;
      let h = hoverAt(near.analysis, near.offset, ctx.index());
      let span = h && near.toDocument(h.span);
      if (h && !span) {
        // The hovered thing reaches into the edit: only a fresh analysis can say.
        const a = ctx.analysis(doc);
        h = a && hoverAt(a, offset, ctx.index());
        span = h?.span ?? null;
      }
      if (!h || !span) return null;
      const text = h.contents[ctx.options().locale];
      return {
        contents: ctx.capabilities.markdownHover ? { kind: MarkupKind.Markdown, value: text } : { kind: MarkupKind.PlainText, value: plain(text) },
        range: toRange(doc, span),
      };
    });
  },
};
