// "vanban: Export to Word (.docx)" as a writer uses it in VS Code (code-server 4.100.3, the packaged
// .vsix, Debian's Chromium): the button in the editor title of a Markdown draft and the Command
// Palette entry ask where to save (next to the draft by default), write only the chosen file, and
// say in a notification which layout was used and what the draft still lacks or gets wrong. Waits
// for what the writer sees (a dialog, a file on disk, a notification), never for a fixed time.
//
// Needs what editor.test.ts needs: `npm run package`, `bash scripts/editor/install-code-server.sh`.

import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import JSZip from 'jszip';
import type { Page } from 'playwright-core';
import { RESULTS, ROOT, VSIX, WORKSPACE, waitUntil } from '../helpers/env';
import { openSession, type Session } from './harness';

const FULL = 'bao-cao-xuat-word.md';
const WITH_ERRORS = 'bao-cao-so-ket.md';
const STEP = { timeout: 180_000 };

let s: Session;
let page: Page;

async function shot(name: string): Promise<void> {
  await page.screenshot({ path: path.join(RESULTS, `${name}.png`) });
}

async function openFile(name: string): Promise<void> {
  await page.getByRole('treeitem', { name: new RegExp(`^${name.replace(/\./g, '\\.')}`) }).first().click();
  await page.locator('.tabs-container .tab.active').filter({ hasText: name }).waitFor();
  await page.locator('.editor-group-container.active .monaco-editor .view-lines').first().waitFor();
}

/** The save dialog (code-server's own, a quick input holding a path): its value, then accept `target`. */
async function saveDialog(target?: string): Promise<string> {
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ timeout: 60_000 });
  // The dialog fills its proposal in steps (the folder first, then the file name): wait for the whole path.
  const value = await waitUntil('the dialog to propose a .docx path', async () => {
    const v = await input.inputValue();
    return v.endsWith('.docx') ? v : false;
  });
  if (target) await input.fill(target);
  await page.keyboard.press('Enter');
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
  return value;
}

const docxFiles = () => readdirSync(s.workspace).filter((f) => f.endsWith('.docx')).sort();

async function documentXml(file: string): Promise<string> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  return zip.file('word/document.xml')!.async('string');
}

function step(name: string, shotName: string, fn: () => Promise<void>): void {
  test(name, STEP, async () => {
    try {
      await fn();
    } catch (e) {
      await shot(`${shotName}-FAILED`).catch(() => undefined);
      throw e;
    }
  });
}

describe('vanban: Export to Word in VS Code (code-server, packaged .vsix)', { timeout: 10 * 60_000 }, () => {
  before(async () => {
    s = await openSession({ vsix: VSIX, workspaceFrom: WORKSPACE, extraFiles: { [FULL]: readFileSync(path.join(ROOT, 'examples', FULL), 'utf8') } });
    page = s.page;
  }, { timeout: 300_000 });

  after(async () => {
    await s?.close();
  });

  step('the editor-title button exports a full report next to the draft', 'export-1', async () => {
    await openFile(FULL);
    const button = page.locator('.editor-actions .action-label[aria-label*="Word (.docx)"]');
    await button.first().waitFor({ timeout: 60_000 });
    await button.first().click();
    const proposed = await saveDialog();
    assert.ok(proposed.endsWith(`${path.basename(s.workspace)}/bao-cao-xuat-word.docx`), `next to the draft: ${proposed}`);
    const out = path.join(s.workspace, 'bao-cao-xuat-word.docx');
    await waitUntil('the .docx on disk', () => existsSync(out), 60_000);
    const toast = page.locator('.notifications-toasts .notification-toast').filter({ hasText: /bao-cao-xuat-word\.docx/ });
    await toast.first().waitFor({ timeout: 60_000 });
    const said = await toast.first().innerText();
    assert.match(said, /Party document|văn bản của Đảng/);
    assert.doesNotMatch(said, /errors|lỗi|missing|thiếu/);
    await waitUntil('the whole file written', async () => /BÁO CÁO/.test(await documentXml(out).catch(() => '')), 30_000);
    assert.match(await documentXml(out), /<w:pgSz w:w="11906" w:h="16838"/);
    // The Explorer lists the new file; waiting for it also keeps the next click off a moving row.
    await page.getByRole('treeitem', { name: /^bao-cao-xuat-word\.docx/ }).first().waitFor({ timeout: 30_000 });
    await shot('export-1');
    await page.keyboard.press('Escape');
  });

  step('the Command Palette exports a draft with errors where the writer chose, and says what is wrong', 'export-2', async () => {
    await openFile(WITH_ERRORS);
    await page.keyboard.press('Control+Shift+P');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor();
    await input.fill('>vanban: Export to Word');
    await page.locator('.quick-input-list .monaco-list-row').filter({ hasText: /Word \(\.docx\)/ }).first().click();
    const target = path.join(s.workspace, 'gui-tinh-uy.docx');
    await saveDialog(target);
    await waitUntil('the .docx on disk', () => existsSync(target), 60_000);
    const toast = page.locator('.notifications-toasts .notification-toast').filter({ hasText: /gui-tinh-uy\.docx/ });
    await toast.first().waitFor({ timeout: 60_000 });
    const said = (await toast.first().innerText()).replace(/\s+/g, ' ');
    assert.match(said, /the draft still has [1-9]\d* errors|bản thảo còn [1-9]\d* lỗi/);
    await shot('export-2');
    // Only the files the writer chose were written.
    assert.deepEqual(docxFiles(), ['bao-cao-xuat-word.docx', 'gui-tinh-uy.docx']);
  });
});
