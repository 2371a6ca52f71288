// Completion: document numbers, full citations, titles, organisations, people and the date
// line, from the core's complete(). Items carry a textEdit over exactly the text they replace and
// a filterText that continues that text (core/features/completion.ts), and the list is incomplete: the server matched without
// diacritics, so the editor must not filter again with its accent-sensitive matcher, and must
// ask again on the next keystroke. Documentation is made on completionItem/resolve, for the one
// item the editor shows, not for every item on every keystroke.

import { CompletionItemKind, InsertTextFormat, MarkupKind, type CompletionItem, type CompletionList } from 'vscode-languageserver/node';
import { complete, completionDocumentation, documentContext, searchIndexOf, stepSearchIndex, type CompletionEntry, type CompletionRef } from '../../core/index';
import { todayIso } from '../../host/output';
import type { Feature, ServerContext } from '../context';
import { toRange } from './convert';

const KIND: Record<CompletionEntry['kind'], CompletionItemKind> = {
  directive: CompletionItemKind.Reference,
  citation: CompletionItemKind.Reference,
  title: CompletionItemKind.Constant,
  organisation: CompletionItemKind.Module,
  official: CompletionItemKind.Variable,
  date: CompletionItemKind.Value,
};

/** Today: VANBAN_TODAY pins it for reproducible runs (as the server's analysis does). */
export function today(): string {
  return process.env.VANBAN_TODAY ?? todayIso();
}

/**
 * Digits trigger completion: VS Code never suggests on its own while a number is typed (its
 * quick suggestions skip words that are numbers) and keeps an open list without asking again when
 * a number starts a new word, so "Quyết định số 29" would show the list made for "số". A digit
 * asks the server, which answers with nothing unless a document number is being typed.
 */
const TRIGGER_CHARACTERS = ['-', '/', ...'0123456789'];

/** A fresh draft is too short to look Vietnamese, and one typed without diacritics never does. */
const SHORT_DRAFT = 2000;

interface ItemData {
  uri: string;
  ref: CompletionRef;
}

function contextFor(ctx: ServerContext, uri: string) {
  const doc = ctx.documents.get(uri);
  return documentContext(doc ? doc.getText() : '', ctx.options().reportDate, today());
}

/** The longest stretch of index building between two turns of the event loop. */
const SLICE_MS = 5;

/**
 * Builds the corpus's search index a slice at a time, letting requests and edits in between.
 * VANBAN_INDEX_SLICES=off builds it in one piece (the benchmark's comparison).
 */
function indexInSlices(ctx: ServerContext): void {
  const corpus = ctx.index();
  if (process.env.VANBAN_INDEX_SLICES === 'off') {
    if (corpus) searchIndexOf(corpus);
    return;
  }
  const slice = (): void => {
    // A newer corpus load has its own build; this one is dropped with its corpus.
    if (!corpus || ctx.index() !== corpus) return;
    const t0 = performance.now();
    while (!stepSearchIndex(corpus)) {
      if (performance.now() - t0 >= SLICE_MS) {
        setImmediate(slice).unref();
        return;
      }
    }
  };
  slice();
}

export const completion: Feature = {
  capabilities: () => ({ completionProvider: { triggerCharacters: TRIGGER_CHARACTERS, resolveProvider: true } }),
  register(ctx) {
    // Build the search index soon after a corpus load, not on the first keystroke — but after the
    // first diagnostics, and in slices (a 100k-record corpus takes a second or more to index, the
    // bundled one a tenth of a second: in one piece, a stop of the server while the writer types).
    // A completion asked before it is done finishes it itself.
    ctx.onIndexChanged(() => setTimeout(() => indexInSlices(ctx), 1500).unref());
    ctx.connection.onCompletion(async (params, token): Promise<CompletionList | null> => {
      await ctx.ready;
      const doc = ctx.documents.get(params.textDocument.uri);
      if (!doc || token.isCancellationRequested) return null;
      const enable = ctx.settings().enable;
      const text = doc.getText();
      if (enable === 'never' || (enable === 'auto' && text.length > SHORT_DRAFT && !ctx.vietnamese(doc))) return null;
      const locale = ctx.options().locale;
      const dc = documentContext(text, ctx.options().reportDate, today());
      const list = complete(text, doc.offsetAt(params.position), ctx.index(), dc, { documentation: false });
      // Until the server records the client's snippetSupport, assume it (VS Code, Neovim, Helix do).
      const snippets = ctx.capabilities.completionSnippets;
      const items: CompletionItem[] = list.items.map((e) => {
        const snippet = e.snippet && snippets;
        const data: ItemData = { uri: doc.uri, ref: e.ref };
        return {
          label: e.label,
          kind: KIND[e.kind],
          detail: e.detail[locale],
          textEdit: { range: toRange(doc, e.replace), newText: snippet ? e.insertText : e.plainText },
          insertTextFormat: snippet ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
          filterText: e.filterText,
          sortText: e.sortText,
          data,
        };
      });
      return { isIncomplete: list.isIncomplete, items };
    });
    ctx.connection.onCompletionResolve(async (item) => {
      await ctx.ready;
      const data = item.data as ItemData | undefined;
      if (!data?.ref) return item;
      const doc = completionDocumentation(data.ref, ctx.index(), contextFor(ctx, data.uri));
      if (doc) item.documentation = { kind: MarkupKind.Markdown, value: doc[ctx.options().locale] };
      return item;
    });
  },
};
