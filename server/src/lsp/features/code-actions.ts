// Quick fixes carried by each diagnostic, and "Fix all" (source.fixAll.vanban) for the fixes that
// are safe to apply together. Edits are only ever proposed: the client applies what the writer
// accepts.

import { CodeActionKind, type CodeAction, type TextEdit } from 'vscode-languageserver/node';
import type { Feature } from '../context';
import type { DiagnosticData } from './convert';
import { diagnosticsFor } from './diagnostics';

const FIX_ALL = `${CodeActionKind.SourceFixAll}.vanban`;

function overlaps(a: TextEdit, b: TextEdit): boolean {
  const before = (p: { line: number; character: number }, q: { line: number; character: number }) =>
    p.line < q.line || (p.line === q.line && p.character <= q.character);
  return !(before(a.range.end, b.range.start) || before(b.range.end, a.range.start));
}

export const codeActions: Feature = {
  capabilities: () => ({ codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL], resolveProvider: false } }),
  register(ctx) {
    ctx.connection.onCodeAction((params) => {
      const doc = ctx.documents.get(params.textDocument.uri);
      if (!doc) return [];
      const only = params.context.only;
      const actions: CodeAction[] = [];
      const wantsQuickFix = !only || only.some((k) => CodeActionKind.QuickFix.startsWith(k) || k.startsWith(CodeActionKind.QuickFix));
      const wantsFixAll = !only || only.some((k) => FIX_ALL.startsWith(k));
      if (wantsQuickFix) {
        for (const d of params.context.diagnostics) {
          if (d.source !== 'vanban') continue;
          const data = d.data as DiagnosticData | undefined;
          if (!data || data.version !== doc.version) continue; // stale: the client will ask again
          for (const f of data.fixes) {
            actions.push({
              title: f.title,
              kind: CodeActionKind.QuickFix,
              diagnostics: [d],
              isPreferred: f.preferred,
              edit: { changes: { [doc.uri]: f.edits } },
            });
          }
        }
      }
      if (wantsFixAll) {
        const edits: TextEdit[] = [];
        for (const d of diagnosticsFor(ctx, doc)) {
          const data = d.data as DiagnosticData | undefined;
          const safe = data?.fixes.find((f) => f.safe);
          if (!safe) continue;
          if (safe.edits.some((e) => edits.some((x) => overlaps(e, x)))) continue;
          edits.push(...safe.edits);
        }
        if (edits.length)
          actions.push({ title: 'vanban: sửa tất cả lỗi an toàn / fix all safe problems', kind: FIX_ALL, edit: { changes: { [doc.uri]: edits } } });
      }
      return actions;
    });
  },
};
