// Find references: every citation in the workspace that resolves to the same record as the one
// under the cursor — open documents as the editor has them, and the .md/.txt files under the
// workspace folders as they are on disk. Bounded: at most MAX_FILES files of at most MAX_BYTES,
// and a file is only read through when it contains the document's number at all.

import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Location } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { mayCite, resolvedCitations } from '../../core/index';
import type { Feature, ServerContext } from '../context';
import { today } from './completion';
import { toRange } from './convert';
import { recordLocation, resolutionAtPosition } from './definition';

const MAX_FILES = 2000;
const MAX_BYTES = 2 * 1024 * 1024;
const EXT = new Set(['.md', '.markdown', '.txt']);
const SKIP_DIR = new Set(['node_modules', 'dist', 'out', 'build']);

async function workspaceFiles(roots: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  const walk = async (dir: string, depth: number): Promise<void> => {
    if (depth > 10 || out.length >= MAX_FILES) return;
    let items: import('node:fs').Dirent[];
    try {
      items = await fs.readdir(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const it of items.sort((a, b) => a.name.localeCompare(b.name))) {
      if (out.length >= MAX_FILES) return;
      if (it.name.startsWith('.') || SKIP_DIR.has(it.name)) continue;
      const p = path.join(dir, it.name);
      if (it.isDirectory()) await walk(p, depth + 1);
      else if (it.isFile() && EXT.has(path.extname(it.name).toLowerCase())) out.push(p);
    }
  };
  for (const r of roots) await walk(r, 0);
  return out;
}

export async function findReferences(ctx: ServerContext, key: string, number: string): Promise<Location[]> {
  const out: Location[] = [];
  const seen = new Set<string>();
  const corpus = ctx.index();
  for (const doc of ctx.documents.all()) {
    seen.add(doc.uri);
    const a = ctx.analysis(doc);
    if (!a) continue;
    a.reading.citations.forEach((c, i) => {
      if (a.resolutions[i]?.entry.key === key) out.push({ uri: doc.uri, range: toRange(doc, c.span) });
    });
  }
  for (const file of await workspaceFiles(ctx.workspaceFolders)) {
    const uri = pathToFileURL(file).href;
    if (seen.has(uri)) continue;
    let text: string;
    try {
      const st = await fs.stat(file);
      if (st.size > MAX_BYTES) continue;
      text = await fs.readFile(file, 'utf8');
    } catch {
      continue;
    }
    if (!mayCite(text, number)) continue;
    const refs = resolvedCitations(text, corpus, ctx.options().reportDate, today()).filter((r) => r.key === key);
    if (!refs.length) continue;
    const doc = TextDocument.create(uri, 'markdown', 0, text);
    for (const r of refs) out.push({ uri, range: toRange(doc, r.span) });
  }
  return out;
}

export const references: Feature = {
  capabilities: () => ({ referencesProvider: true }),
  register(ctx) {
    ctx.connection.onReferences(async (params): Promise<Location[] | null> => {
      const res = await resolutionAtPosition(ctx, params);
      if (!res) return null;
      const refs = await findReferences(ctx, res.entry.key, res.entry.record.number);
      if (params.context.includeDeclaration) refs.unshift(recordLocation(res.entry));
      return refs;
    });
  },
};
