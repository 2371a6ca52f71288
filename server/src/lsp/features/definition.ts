// Go to definition: from a citation to its record — the line of the corpus file that holds it,
// or the user's document whose header defines it. Documents that share the id and could be meant
// (another term's numbering, another province) follow the chosen one.

import { pathToFileURL } from 'node:url';
import type { Location } from 'vscode-languageserver/node';
import type { Entry } from '../../core/index';
import type { Feature, ServerContext } from '../context';

export function recordLocation(e: Pick<Entry, 'origin'>): Location {
  const f = e.origin.file;
  const uri = /^[a-z][a-z0-9+.-]+:/i.test(f) && !/^[a-z]:[\\/]/i.test(f) ? f : pathToFileURL(f).href;
  const line = e.origin.line ?? 0;
  return { uri, range: { start: { line, character: 0 }, end: { line, character: 0 } } };
}

/** The resolution of the citation at a request's position, once the corpus has loaded. */
export async function resolutionAtPosition(ctx: ServerContext, params: { textDocument: { uri: string }; position: { line: number; character: number } }) {
  await ctx.ready;
  const doc = ctx.documents.get(params.textDocument.uri);
  if (!doc) return null;
  return citationAt(ctx, doc.uri, doc.offsetAt(params.position))?.resolution ?? null;
}

/** The resolution of the citation under the cursor, if any. */
export function citationAt(ctx: ServerContext, uri: string, offset: number) {
  const doc = ctx.documents.get(uri);
  const a = doc ? ctx.analysis(doc) : null;
  if (!a) return null;
  const i = a.reading.citations.findIndex((c) => offset >= c.fullSpan.start && offset < c.fullSpan.end);
  if (i < 0) return null;
  return { citation: a.reading.citations[i]!, resolution: a.resolutions[i] ?? null };
}

export const definition: Feature = {
  capabilities: () => ({ definitionProvider: true }),
  register(ctx) {
    ctx.connection.onDefinition(async (params): Promise<Location[] | null> => {
      const res = await resolutionAtPosition(ctx, params);
      if (!res) return null;
      // A conflict is a record of its own file: its place, not a copy of the entry (whose key is an accessor).
      const entries: Pick<Entry, 'origin'>[] = [res.entry, ...res.entry.conflicts];
      if (res.certainty === 'probable') entries.push(...res.candidates.filter((c) => c !== res.entry));
      return entries.map(recordLocation);
    });
  },
};
