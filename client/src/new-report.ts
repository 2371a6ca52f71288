// "vanban: New report": pick the kind of report, the directive it reviews (the corpus lookup,
// diacritics optional), the issuing body, place and date; the server composes the draft
// (vanban.newReport) and it opens as an untitled Markdown document — nothing is written to disk
// until the writer saves it. Answers are remembered for the next report.

import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { Commands, type NewReportParams, type NewReportResult } from '../../server/src/protocol';
import { pickDocument } from './lookup';

interface KindChoice extends vscode.QuickPickItem {
  report: string;
  needsDirective: boolean;
  years: boolean;
}

function kinds(): KindChoice[] {
  return [
    { report: 'tong-ket', label: vscode.l10n.t('Final review of a directive after N years'), needsDirective: true, years: true },
    { report: 'so-ket', label: vscode.l10n.t('Interim review of a directive after N years'), needsDirective: true, years: true },
    { report: 'bao-cao-nam', label: vscode.l10n.t('Annual report'), needsDirective: false, years: false },
    { report: 'chuyen-de', label: vscode.l10n.t('Topical report on carrying out a directive'), needsDirective: true, years: false },
  ];
}

/** "3/6/2023" or "2023-06-03" → ISO; null when it is not a date. */
export function parseDateInput(s: string): string | null {
  const t = s.trim();
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  const [y, mo, d] = m ? [+m[1]!, +m[2]!, +m[3]!] : (m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(t)) ? [+m[3]!, +m[2]!, +m[1]!] : [0, 0, 0];
  if (!y) return null;
  const dt = new Date(Date.UTC(y, mo - 1, d));
  if (dt.getUTCFullYear() !== y || dt.getUTCMonth() !== mo - 1 || dt.getUTCDate() !== d) return null;
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

async function ask(state: vscode.Memento, key: string, prompt: string, placeHolder: string, value?: string): Promise<string | undefined> {
  const v = await vscode.window.showInputBox({ prompt, placeHolder, value: value ?? state.get<string>(`newReport.${key}`) ?? '', ignoreFocusOut: true });
  if (v !== undefined) await state.update(`newReport.${key}`, v);
  return v;
}

export async function createReport(client: LanguageClient, state: vscode.Memento): Promise<void> {
  const kind = await vscode.window.showQuickPick(kinds(), { title: vscode.l10n.t('New report'), placeHolder: vscode.l10n.t('Kind of report') });
  if (!kind) return;
  let directive: string | null = null;
  let directiveDate: string | null = null;
  if (kind.needsDirective) {
    const picked = await pickDocument(client, vscode.window.activeTextEditor?.document.uri.toString(), vscode.l10n.t('The document the report reviews'));
    if (!picked) return;
    directive = picked.key;
    directiveDate = picked.date;
  }
  const issuer = await ask(state, 'issuer', vscode.l10n.t('Issuing body, as it heads the report'), 'BAN DÂN VẬN TỈNH ỦY');
  if (issuer === undefined) return;
  const superior = await ask(state, 'superior', vscode.l10n.t('The body above it (may be empty)'), 'ĐẢNG BỘ TỈNH …');
  if (superior === undefined) return;
  const place = await ask(state, 'place', vscode.l10n.t('Place of the date line'), 'Hà Tĩnh');
  if (place === undefined) return;
  const today = new Date();
  const todayText = `${today.getDate()}/${today.getMonth() + 1}/${today.getFullYear()}`;
  const dateText = await vscode.window.showInputBox({
    prompt: vscode.l10n.t('Date of the report (day/month/year)'),
    value: todayText,
    ignoreFocusOut: true,
    validateInput: (v) => (parseDateInput(v) ? null : vscode.l10n.t('Not a date: write it as 25/8/2023')),
  });
  if (dateText === undefined) return;
  const date = parseDateInput(dateText)!;
  let years: number | null = null;
  if (kind.years && directiveDate && /^\d{4}/.test(directiveDate)) {
    const suggested = Math.max(1, +date.slice(0, 4) - +directiveDate.slice(0, 4));
    const y = await vscode.window.showInputBox({
      prompt: vscode.l10n.t('How many years does the review cover?'),
      value: String(suggested),
      ignoreFocusOut: true,
      validateInput: (v) => (/^\d{1,2}$/.test(v.trim()) && +v > 0 ? null : vscode.l10n.t('A whole number of years')),
    });
    if (y === undefined) return;
    years = +y.trim();
  }
  const params: NewReportParams = { kind: kind.report, directive, date, issuer, superior, place, years };
  const r = await client.sendRequest<NewReportResult | null>('workspace/executeCommand', { command: Commands.newReport, arguments: [params] });
  if (!r) return;
  const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: r.text });
  await vscode.window.showTextDocument(doc);
  for (const n of r.notes) void vscode.window.showWarningMessage(`vanban: ${n}`);
}
