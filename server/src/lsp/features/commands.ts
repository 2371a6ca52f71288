// Server-side commands through workspace/executeCommand, so every LSP client has them.

import { Commands } from '../../protocol';
import type { Feature, ServerContext } from '../context';
import { diagnosticsFor } from './diagnostics';

type Handler = (ctx: ServerContext, args: unknown[]) => unknown;

/** Other features add their commands here before the server starts. */
export const COMMAND_HANDLERS = new Map<string, Handler>([
  [
    Commands.check,
    (ctx, args) => {
      const doc = typeof args[0] === 'string' ? ctx.documents.get(args[0]) : undefined;
      if (!doc) return null;
      ctx.refreshDiagnostics();
      return diagnosticsFor(ctx, doc).length;
    },
  ],
  [Commands.corpusStatus, (ctx) => ctx.corpusStatus()],
]);

export const commands: Feature = {
  capabilities: () => ({ executeCommandProvider: { commands: [...COMMAND_HANDLERS.keys()] } }),
  register(ctx) {
    ctx.connection.onExecuteCommand((p) => {
      const h = COMMAND_HANDLERS.get(p.command);
      return h ? h(ctx, p.arguments ?? []) : null;
    });
  },
};
