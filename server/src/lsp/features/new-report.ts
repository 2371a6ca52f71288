// The `vanban.newReport` command through workspace/executeCommand, so every LSP client has it:
// [NewReportParams] → NewReportResult. The server only composes the draft; the client decides
// where it goes (VS Code opens it as an untitled document: nothing is written to disk).

import { newReport, REPORT_KINDS, type ReportKind } from '../../core/index';
import { Commands, type NewReportParams, type NewReportResult } from '../../protocol';
import type { Feature, ServerContext } from '../context';
import { COMMAND_HANDLERS } from './commands';
import { today } from './completion';

const KINDS = new Set<string>(REPORT_KINDS.map((k) => k.kind));
const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() !== '' ? v.slice(0, 300) : null);

async function run(ctx: ServerContext, args: unknown[]): Promise<NewReportResult | null> {
  await ctx.ready;
  const p = (args[0] ?? {}) as Partial<Record<keyof NewReportParams, unknown>>;
  const kind = typeof p.kind === 'string' && KINDS.has(p.kind) ? (p.kind as ReportKind) : null;
  if (!kind) return null;
  const date = typeof p.date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(p.date) ? p.date : today();
  const years = typeof p.years === 'number' && Number.isInteger(p.years) && p.years > 0 && p.years < 100 ? p.years : null;
  const r = newReport(
    {
      kind,
      directive: str(p.directive),
      date,
      issuer: str(p.issuer) ?? '…',
      superior: str(p.superior),
      place: str(p.place),
      years,
      system: p.system === 'state' ? 'state' : 'party',
      field: str(p.field),
    },
    ctx.index(),
  );
  const locale = ctx.options().locale;
  return { text: r.text, directiveKey: r.directiveKey, years: r.years, notes: r.notes.map((n) => n[locale]) };
}

// Registered at import, before the server answers initialize with its command list.
COMMAND_HANDLERS.set(Commands.newReport, run);

export const newReportCommand: Feature = {
  register() {
    /* the handler lives in COMMAND_HANDLERS */
  },
};
