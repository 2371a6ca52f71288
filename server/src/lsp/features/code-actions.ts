// Quick fixes for the diagnostics the writer is looking at, and "Fix all" (source.fixAll.vanban) for
// the fixes that are safe to apply together. Edits are only ever proposed: the client applies what
// the writer accepts.
//
// The fixes come from the analysis of the document as it is now, not from the diagnostic: a
// diagnostic the client still shows gets its fixes when a finding of the current analysis has the
// same code, range and message — the client moves its markers with the writer's edits, so that
// holds after edits elsewhere, and the edits offered are always right for the current text. A
// diagnostic that matches nothing any more (the mistake was edited away) gets none.

import { CodeActionKind, type CodeAction, type Diagnostic, type TextEdit } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding, Locale } from '../../core/index';
import type { Feature } from '../context';
import { toFixData, toRange, type FixData } from './convert';
import { shownFindings } from './diagnostics';

const FIX_ALL = `${CodeActionKind.SourceFixAll}.vanban`;

function overlaps(a: TextEdit, b: TextEdit): boolean {
  const before = (p: { line: number; character: number }, q: { line: number; character: number }) =>
    p.line < q.line || (p.line === q.line && p.character <= q.character);
  return !(before(a.range.end, b.range.start) || before(b.range.end, a.range.start));
}

const samePosition = (a: { line: number; character: number }, b: { line: number; character: number }) => a.line === b.line && a.character === b.character;

/** The fixes of the current findings that a client's diagnostic stands for. */
function fixesOf(doc: TextDocument, findings: readonly Finding[], d: Diagnostic, locale: Locale): FixData[] {
  if (d.source !== 'vanban' || typeof d.code !== 'string') return [];
  const message = typeof d.message === 'string' ? d.message : '';
  const start = doc.offsetAt(d.range.start);
  const end = doc.offsetAt(d.range.end);
  // offsetAt clamps a position past a line's end: compare positions too, so a marker the client
  // kept on a shorter line does not match a finding that only starts at the same offset.
  const fixes: FixData[] = [];
  for (const f of findings) {
    if (!f.fixes?.length || f.code !== d.code || f.span.start !== start || f.span.end !== end || !message.startsWith(f.message[locale])) continue;
    const r = toRange(doc, f.span);
    if (samePosition(r.start, d.range.start) && samePosition(r.end, d.range.end)) fixes.push(...toFixData(doc, f.fixes, locale));
  }
  return fixes;
}

export const codeActions: Feature = {
  capabilities: () => ({ codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL], resolveProvider: false } }),
  register(ctx) {
    ctx.connection.onCodeAction((params) => {
      const doc = ctx.documents.get(params.textDocument.uri);
      if (!doc) return [];
      const { findings } = shownFindings(ctx, doc);
      const locale = ctx.options().locale;
      const only = params.context.only;
      const actions: CodeAction[] = [];
      const wantsQuickFix = !only || only.some((k) => CodeActionKind.QuickFix.startsWith(k) || k.startsWith(CodeActionKind.QuickFix));
      const wantsFixAll = !only || only.some((k) => FIX_ALL.startsWith(k));
      if (wantsQuickFix) {
        for (const d of params.context.diagnostics) {
          for (const f of fixesOf(doc, findings, d, locale)) {
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
        for (const f of findings) {
          // Only the safe fix's edits are placed on the text, not every fix of every finding.
          const fix = f.fixes?.find((x) => x.safe);
          if (!fix) continue;
          const safe = toFixData(doc, [fix], locale)[0]!;
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
