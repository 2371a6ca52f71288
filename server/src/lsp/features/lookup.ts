// The `vanban.lookup` command through workspace/executeCommand, so every LSP client has it:
// [query: string, limit?: number, uri?: string] → LookupResult[]. With a document's uri, status
// is told as of that report's date and its province's local documents are the ones offered.

import { documentContext, lookup } from '../../core/index';
import { Commands, type LookupResult } from '../../protocol';
import type { Feature, ServerContext } from '../context';
import { COMMAND_HANDLERS } from './commands';
import { today } from './completion';

async function run(ctx: ServerContext, args: unknown[]): Promise<LookupResult[]> {
  await ctx.ready;
  const query = typeof args[0] === 'string' ? args[0].slice(0, 200) : '';
  const limit = typeof args[1] === 'number' && Number.isFinite(args[1]) ? args[1] : 50;
  const doc = typeof args[2] === 'string' ? ctx.documents.get(args[2]) : undefined;
  const dc = doc ? documentContext(doc.getText(), ctx.options().reportDate, today()) : { reportDate: ctx.options().reportDate ?? today(), province: null };
  const locale = ctx.options().locale;
  return lookup(ctx.index(), query, { limit, reportDate: dc.reportDate, province: dc.province }).map((h) => ({
    key: h.key,
    id: h.id,
    kind: h.kind,
    date: h.date,
    issuer: h.issuer,
    subject: h.subject,
    status: h.status ? h.status[locale] : null,
    citation: h.citation,
    score: h.score,
  }));
}

// Registered at import, before the server answers initialize with its command list.
COMMAND_HANDLERS.set(Commands.lookup, run);

export const lookupCommand: Feature = {
  register() {
    /* the handler lives in COMMAND_HANDLERS */
  },
};
