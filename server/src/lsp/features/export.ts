// `vanban.export` through workspace/executeCommand: [uri, ExportRequest?] → ExportResult. The draft
// is the open document's text (unsaved edits included). The .docx comes back as base64 for the
// client to write where the user chose, or is written to `target` for clients without a file API.

import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { PART_NAMES } from '../../core/index';
import { loadExporter } from '../../host/export-loader';
import { Commands, type ExportRequest, type ExportResult } from '../../protocol';
import type { Feature, ServerContext } from '../context';
import { COMMAND_HANDLERS } from './commands';

async function run(ctx: ServerContext, args: unknown[]): Promise<ExportResult | null> {
  const doc = typeof args[0] === 'string' ? ctx.documents.get(args[0]) : undefined;
  if (!doc) return null;
  const req = (typeof args[1] === 'object' && args[1] !== null ? args[1] : {}) as ExportRequest;
  const layout = req.layout === 'party' || req.layout === 'state' ? req.layout : undefined;
  await ctx.ready;
  const text = doc.getText();
  const { exportDocx } = await loadExporter();
  const { bytes, model } = await exportDocx(text, { layout, config: ctx.options().export });
  let written: string | null = null;
  if (typeof req.target === 'string' && path.isAbsolute(req.target) && req.target.toLowerCase().endsWith('.docx')) {
    await fs.writeFile(req.target, bytes);
    written = req.target;
  }
  const errors = ctx.analysis(doc)?.findings.filter((f) => f.severity === 'error').length ?? 0;
  return {
    base64: written ? null : Buffer.from(bytes).toString('base64'),
    written,
    layout: model.layout.id,
    layoutName: model.layout.name,
    missing: model.missing.map((p) => PART_NAMES[p]),
    errors,
  };
}

// Registered at import, before the server answers initialize with its command list.
COMMAND_HANDLERS.set(Commands.export, run);

export const exportCommand: Feature = {
  register() {
    /* the handler lives in COMMAND_HANDLERS */
  },
};
