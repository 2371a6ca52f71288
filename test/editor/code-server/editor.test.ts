// vanban as a writer sees it: the packaged .vsix installed into a real VS Code (code-server
// 4.100.3, VS Code 1.100.3) and driven through Debian's Chromium. Seven steps, one test each;
// every step waits for what the writer would see (a squiggle, a widget, a changed line, a file on
// disk) and never for a fixed time. Each step leaves screenshots in test-results/.
//
// Needs: `npm run package` (vanban.vsix), `bash scripts/editor/install-code-server.sh`, and
// chromium, fonts-noto-mono (Debian). `npm run test:editor` does the first two.

import assert from 'node:assert/strict';
import { readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Locator, Page } from 'playwright-core';
import { RESULTS, ROOT, VSIX, WORKSPACE, waitUntil } from '../helpers/env';
import { listZip, readZipEntry } from '../helpers/zip';
import { openSession, type Session } from './harness';

const DRAFT = 'bao-cao-so-ket.md';
const README = 'README.md';
const NEW_REPORT = 'bao-cao-moi.md';
const STEP = { timeout: 180_000 };

let s: Session;
let page: Page;

// ---------------------------------------------------------------------------------------------
// What the page shows

const activeEditor = () => page.locator('.editor-group-container.active .monaco-editor').first();

// The page's DOM, as far as these tests touch it (the test tsconfig has no DOM library).
interface DomNode {
  querySelectorAll(selector: string): Iterable<DomNode>;
  style: { top: string };
  textContent: string | null;
}

/** The text of the active editor's rendered lines, joined; Monaco draws spaces as U+00A0. */
async function editorText(): Promise<string> {
  return activeEditor()
    .locator('.view-lines')
    .evaluate((el) =>
      [...(el as unknown as DomNode).querySelectorAll('.view-line')]
        .sort((a, b) => parseFloat(a.style.top) - parseFloat(b.style.top))
        .map((l) => l.textContent ?? '')
        .join('\n'),
    )
    .then((t) => t.replace(/\u00a0/g, ' '));
}

/** Wrapped lines are drawn as separate rows; a phrase may straddle two of them. */
const flat = (t: string) => t.replace(/\s+/g, ' ');

async function shot(name: string): Promise<void> {
  await page.screenshot({ path: path.join(RESULTS, `${name}.png`) });
}

/** Opens a workspace file by clicking it in the Explorer, as a writer does. */
async function openFile(name: string): Promise<void> {
  await page.getByRole('treeitem', { name: new RegExp(`^${name.replace(/\./g, '\\.')}`) }).first().click();
  await page.locator('.tabs-container .tab.active').filter({ hasText: name }).waitFor();
  await activeEditor().locator('.view-lines').waitFor();
}

/** Opens the draft and waits until the server has judged it (its squiggles are drawn). */
async function openDraft(): Promise<void> {
  await openFile(DRAFT);
  try {
    await activeEditor().locator('.squiggly-error').first().waitFor({ timeout: 90_000 });
  } catch {
    throw new Error(
      `no squiggle in ${DRAFT} within 90 s: did the extension activate and its server start? ` +
        `See test-results/code-server-logs/*/exthost1/remoteexthost.log and the vanban output channel log there.`,
    );
  }
}

/** The 1-based line and column (UTF-16, as VS Code counts) of `needle` in a workspace file on disk. */
function positionIn(file: string, needle: string, offset = 0): { line: number; column: number } {
  const text = readFileSync(path.join(s.workspace, file), 'utf8');
  const at = text.indexOf(needle);
  assert.ok(at >= 0, `${needle} is in ${file}`);
  const before = text.slice(0, at + offset);
  const line = before.split('\n').length;
  return { line, column: at + offset - before.lastIndexOf('\n') };
}

/** Moves the cursor with Go to Line (Ctrl+G "line:column"). */
async function goTo(pos: { line: number; column: number }): Promise<void> {
  await activeEditor().click({ position: { x: 200, y: 10 } });
  await page.keyboard.press('Control+G');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor();
  await input.fill(`:${pos.line}:${pos.column}`);
  await page.keyboard.press('Enter');
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
  await waitUntil(`the cursor at ${pos.line}:${pos.column}`, async () => {
    const status = await page.locator('.statusbar').innerText();
    return status.includes(`Ln ${pos.line}, Col ${pos.column}`);
  });
}

/** Closes whatever a failed or finished step left open (menus, pickers, widgets). */
async function resetUi(): Promise<void> {
  const open = page.locator('.context-view-pointerBlock, .quick-input-widget:visible, .suggest-widget.visible, .action-widget:visible, .monaco-hover:visible');
  for (let i = 0; i < 5 && (await open.count()) > 0; i++) await page.keyboard.press('Escape');
  await page.mouse.move(5, 500);
}

/** One step of the tour: starts from a calm workbench, leaves a picture of the failure if it fails. */
function step(name: string, shotName: string, fn: () => Promise<void>): void {
  test(name, STEP, async () => {
    await resetUi();
    try {
      await fn();
    } catch (e) {
      await shot(`${shotName}-FAILED`).catch(() => undefined);
      throw e;
    }
  });
}

async function hidePanel(): Promise<void> {
  const panel = page.locator('.part.panel');
  if (await panel.isVisible()) {
    await page.keyboard.press('Control+J');
    await panel.waitFor({ state: 'hidden' });
  }
}

async function showProblems(): Promise<Locator> {
  const panel = page.locator('.markers-panel');
  if (!(await panel.isVisible())) await page.keyboard.press('Control+Shift+M');
  await panel.waitFor();
  return panel;
}

/**
 * Waits until the suggest widget's first row (the selected one, data-index 0) is `label`: what the
 * writer sees at the top of the list once the answers for the last keystroke are in.
 */
async function firstSuggestion(label: string | RegExp): Promise<void> {
  const row = page.locator('.suggest-widget.visible .monaco-list-row[data-index="0"]');
  const fits = (t: string) => (typeof label === 'string' ? t.startsWith(label) : label.test(t));
  let seen = '';
  try {
    await waitUntil(`"${String(label)}" first in the suggestions`, async () => {
      seen = ((await row.count()) ? await row.innerText() : '').replace(/\s+/g, ' ').trim();
      return fits(seen) && (await row.getAttribute('class'))?.includes('focused');
    }, 30_000);
  } catch (e) {
    const all = await page.locator('.suggest-widget.visible .monaco-list-row').allInnerTexts().catch(() => []);
    throw new Error(`${(e as Error).message}; first row "${seen}", rows: ${all.map((r) => r.replace(/\s+/g, ' ').slice(0, 50)).join(' | ')}`);
  }
}

/** Saves the active editor and waits until the file on disk satisfies `ok`. */
async function saveAndRead(file: string, what: string, ok: (text: string) => boolean): Promise<string> {
  const p = path.join(s.workspace, file);
  const before = statSync(p).mtimeMs;
  await page.keyboard.press('Control+S');
  // A fresh write, not what an earlier step saved.
  return waitUntil(what, () => {
    if (statSync(p).mtimeMs === before) return false;
    const t = readFileSync(p, 'utf8');
    return ok(t) && t;
  });
}

// ---------------------------------------------------------------------------------------------

describe('vanban in VS Code (code-server, packaged .vsix)', { timeout: 20 * 60_000 }, () => {
  before(async () => {
    s = await openSession({ vsix: VSIX, workspaceFrom: WORKSPACE, extraFiles: { [NEW_REPORT]: '' } });
    page = s.page;
  }, { timeout: 300_000 });

  after(async () => {
    await s?.close();
  });

  step('1. the seeded mistakes are squiggled and listed in Problems with Vietnamese messages', '01-diagnostics', async () => {
    await openDraft();
    const panel = await showProblems();
    const rows = panel.locator('.monaco-list-row');
    // What the draft gets wrong (test/editor/workspace/bao-cao-so-ket.md), in the writer's language.
    const expected: [RegExp, string][] = [
      [/Ngày không hợp lệ: "31\/4\/2023" — tháng 4 chỉ có 30 ngày/, 'date-invalid'],
      // The impossible day of a known decision is told once, with its day and why the day cannot be.
      [/290-QĐ\/TW ban hành ngày 25\/2\/2010, không phải "30\/2\/2010" \(ngày không có thật: tháng 2 chỉ có 28 ngày\)/, 'citation-date-mismatch'],
      [/thuộc khóa XII .{0,40}không phải khóa XI/, 'citation-term-mismatch'],
    ];
    for (const [message, code] of expected) {
      const row = rows.filter({ hasText: message });
      await row.first().waitFor({ timeout: 30_000 });
      assert.match(await row.first().innerText(), new RegExp(`vanban\\s*\\(?${code}`), `${message} is reported as ${code}`);
    }
    // Reveal the impossible meeting date in the editor for the picture.
    await rows.filter({ hasText: /"31\/4\/2023"/ }).first().click();
    await waitUntil('the editor to show line 26', async () => flat(await editorText()).includes('ngày 31/4/2023'));
    await shot('01-diagnostics');
  });

  step('2. hovering a citation shows its card', '02-hover', async () => {
    await hidePanel();
    await openDraft();
    // A citation written correctly, so the card is not mixed with a problem's message.
    const record = corpusRecord('25-NQ/TW');
    await goTo(positionIn(DRAFT, 'Nghị quyết số 25-NQ/TW', 'Nghị quyết số 25'.length));
    const cursor = await activeEditor().locator('.cursors-layer .cursor').first().boundingBox();
    assert.ok(cursor, 'the cursor is drawn');
    await page.mouse.move(cursor.x + 2, cursor.y + cursor.height / 2);
    const hover = page.locator('.monaco-hover').filter({ hasText: record.id });
    await hover.first().waitFor({ timeout: 30_000 });
    const card = await hover.first().innerText();
    assert.match(card, /25-NQ\/TW/);
    assert.ok(flat(card).includes(record.subject), `the card names the subject: ${card}`);
    await shot('02-hover');
    await page.keyboard.press('Escape');
    await page.mouse.move(5, 400);
  });

  step('3. typing "Quyết định số 29" at a writer\'s pace puts 290-QĐ/TW first, and Enter inserts it', '03-completion', async () => {
    await hidePanel();
    await openDraft();
    await activeEditor().click({ position: { x: 200, y: 10 } });
    await page.keyboard.press('Control+End');
    // Key by key at about a writer's speed (10 characters a second), not a robot's.
    await page.keyboard.type('Tiếp tục thực hiện Quyết định số 29', { delay: 100 });
    await firstSuggestion('290-QĐ/TW');
    await shot('03-completion');
    // The first item is the selected one: Enter, with no arrow key, takes it.
    await page.keyboard.press('Enter');
    await page.locator('.suggest-widget.visible').waitFor({ state: 'hidden' });
    const text = await saveAndRead(DRAFT, 'the accepted citation in the file', (t) => t.includes('Tiếp tục thực hiện Quyết định số 290-QĐ/TW'));
    const last = text.trimEnd().split('\n').pop()!;
    assert.match(last, /^Tiếp tục thực hiện Quyết định số 290-QĐ\/TW(?!\d)/, `the completed line: ${last}`);
    await shot('03-completion-accepted');
  });

  // Typed without diacritics, and a title: the first visible item is what the writer is after.
  for (const [n, typed, first, name] of [
    ['3b', 'Căn cứ quy che dan van', /^Quyết định (?:23|290)-QĐ\/TW/, '03b-completion-no-diacritics'],
    ['3c', 'Đồng chí Phó Trưởng ban D', /^Phó Trưởng ban Dân vận/, '03c-completion-title'],
  ] as const)
    step(`${n}. typing "${typed}" key by key puts ${first.source} first`, name, async () => {
      await hidePanel();
      await openDraft();
      await activeEditor().click({ position: { x: 200, y: 10 } });
      await page.keyboard.press('Control+End');
      await page.keyboard.press('Enter');
      await page.keyboard.type(typed, { delay: 100 });
      await firstSuggestion(first);
      await shot(name);
      // Leave the draft as it was for the steps that follow.
      await page.keyboard.press('Escape');
      await page.keyboard.press('Shift+Home');
      await page.keyboard.press('Backspace');
      await page.keyboard.press('Backspace');
      await saveAndRead(DRAFT, 'the draft without the probe line', (t) => !t.includes(typed));
    });

  step('4. the quick fix on a wrong date rewrites it from the corpus record', '04-quick-fix', async () => {
    await hidePanel();
    await openDraft();
    // "30/2/2010" is impossible and is not the date of 290-QĐ/TW (25/2/2010 in the corpus): citation-date-mismatch
    // tells it once and offers the record's date.
    await goTo(positionIn(DRAFT, '290-QĐ/TW ngày 30/2/2010', '290-QĐ/TW ngày 3'.length));
    await page.keyboard.press('Control+.');
    const menu = page.locator('.action-widget');
    const fix = menu.getByText('Sửa thành ngày 25/2/2010');
    await fix.first().waitFor({ timeout: 30_000 });
    await shot('04-quick-fix');
    // The menu takes the keyboard: move onto the fix and accept it.
    for (let i = 0; i < 10 && !(await menu.locator('.monaco-list-row.focused').filter({ hasText: 'Sửa thành ngày 25/2/2010' }).count()); i++)
      await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await menu.waitFor({ state: 'hidden' });
    await waitUntil('the date rewritten in the editor', async () => flat(await editorText()).includes('290-QĐ/TW ngày 25/2/2010 của Bộ Chính trị'));
    const text = await saveAndRead(DRAFT, 'the fixed date in the file', (t) => t.includes('Các cấp ủy tiếp tục thực hiện Quyết định số 290-QĐ/TW ngày 25/2/2010 của'));
    assert.ok(!text.includes('30/2/2010'), 'the wrong date is gone');
    // And the findings on that date are gone from Problems while the others stay.
    const panel = await showProblems();
    await waitUntil('Problems without "30/2/2010"', async () => !(await panel.innerText()).includes('30/2/2010'));
    assert.match(await panel.innerText(), /31\/4\/2023/);
    await goTo(positionIn(DRAFT, '290-QĐ/TW ngày 25/2/2010'));
    await shot('04-quick-fix-applied');
  });

  step('5. a snippet expands to a report skeleton', '05-snippet', async () => {
    await hidePanel();
    const snippet = reportSnippet();
    await openFile(NEW_REPORT);
    await activeEditor().click({ position: { x: 200, y: 10 } });
    await page.keyboard.type(snippet.prefix, { delay: 40 });
    await page.keyboard.press('Control+Space');
    const widget = page.locator('.suggest-widget.visible');
    const item = widget.locator('.monaco-list-row').filter({ hasText: snippet.prefix });
    await item.first().waitFor({ timeout: 30_000 });
    for (let i = 0; i < 20 && !(await widget.locator('.monaco-list-row.focused').filter({ hasText: snippet.prefix }).count()); i++)
      await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await widget.waitFor({ state: 'hidden' });
    await waitUntil('the skeleton in the editor', async () => flat(await editorText()).includes(snippet.fixedLines[0]!));
    await shot('05-snippet');
    await page.keyboard.press('Escape'); // leave snippet mode before saving
    const text = await saveAndRead(NEW_REPORT, 'the skeleton in the file', (t) => t.length > 0);
    for (const line of snippet.fixedLines) assert.ok(text.includes(line), `the skeleton has "${line}"`);
    assert.ok(!text.includes(snippet.prefix + '\n') || snippet.fixedLines.some((l) => l.includes(snippet.prefix)), 'the prefix was replaced');
  });

  step('6. an English README in the same workspace gets no vanban diagnostics', '06-english-readme', async () => {
    await openFile(README);
    // A positive signal first: the server has the README and has judged it. The command answers
    // with the number of findings and the client shows it in the status bar.
    await page.keyboard.press('F1');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor();
    await input.fill('>vanban: ');
    await page.locator('.quick-input-widget .monaco-list-row').filter({ hasText: /Check the current document|Kiểm tra văn bản hiện tại/ }).first().click();
    // The client's own strings follow VS Code's display language (English here, no language pack).
    await page.locator('.statusbar').getByText(/vanban: 0 (vấn đề|problems)/).waitFor({ timeout: 30_000 });
    const panel = await showProblems();
    // The draft is still checked (so silence here is a decision, not a dead server)…
    await panel.locator('.monaco-list-row').filter({ hasText: DRAFT }).first().waitFor();
    // …and the README, with its impossible 31/4/2020, has nothing.
    assert.doesNotMatch(await panel.innerText(), /README\.md|31\/4\/2020/);
    assert.equal(await activeEditor().locator('.squiggly-error, .squiggly-warning, .squiggly-info').count(), 0, 'no squiggles in README.md');
    assert.ok((await editorText()).includes('31/4/2020'), 'the README with its date is on screen');
    await shot('06-english-readme');
  });

  step("7. the Outline view shows the report's sections", '07-outline', async () => {
    await hidePanel();
    await openDraft();
    const header = page.locator('.pane-header').filter({ hasText: /^outline$/i });
    if ((await header.getAttribute('aria-expanded')) !== 'true') await header.click();
    // Fold the file list away so the outline has the whole side bar.
    const files = page.locator('.pane-header').filter({ hasText: /^workspace$/i });
    if ((await files.getAttribute('aria-expanded')) === 'true') await files.click();
    await page.getByRole('treeitem', { name: /^README\.md/ }).waitFor({ state: 'hidden' });
    const outline = page.locator('.pane').filter({ has: header });
    const want = [/PHẦN THỨ NHẤT/, /CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO/, /Công tác quán triệt/, /HẠN CHẾ, NGUYÊN NHÂN/, /PHẦN THỨ HAI/];
    const level = async (re: RegExp) => {
      const row = outline.getByRole('treeitem').filter({ hasText: re }).first();
      await row.waitFor({ timeout: 30_000 });
      return Number(await row.getAttribute('aria-level'));
    };
    const levels: number[] = [];
    for (const re of want) levels.push(await level(re));
    // Sections nest: PHẦN > I. > 1.
    assert.ok(levels[0]! < levels[1]! && levels[1]! < levels[2]!, `nesting levels ${levels.join(', ')}`);
    assert.equal(levels[0], levels[4], 'both PHẦN are at the same level');
    await shot('07-outline');
  });
});

// ---------------------------------------------------------------------------------------------
// Facts the steps expect come from the repository's own data, never typed into the test.

function corpusRecord(id: string): { id: string; subject: string } {
  const file = JSON.parse(readFileSync(path.join(ROOT, 'corpus', 'directives', 'party-central.json'), 'utf8')) as { records?: unknown[] } | unknown[];
  const records = (Array.isArray(file) ? file : (file.records ?? [])) as { id?: string; subject?: string }[];
  const r = records.find((x) => x.id === id);
  assert.ok(r?.subject, `${id} with a subject is in corpus/directives/party-central.json`);
  return { id, subject: r.subject };
}

/** The Markdown snippet the package contributes that writes a report ("BÁO CÁO"), read from the
 * .vsix under test, and the lines of its body that have no placeholder. */
function reportSnippet(): { prefix: string; fixedLines: string[] } {
  const entries = listZip(VSIX);
  const read = (name: string) => {
    const e = entries.find((x) => x.name === `extension/${path.posix.normalize(name.replace(/^\.\//, ''))}`);
    assert.ok(e, `${name} is in the .vsix`);
    return JSON.parse(readZipEntry(VSIX, e).toString('utf8')) as unknown;
  };
  const pkg = read('package.json') as { contributes: { snippets?: { language: string; path: string }[] } };
  const files = (pkg.contributes.snippets ?? []).filter((x) => x.language === 'markdown').map((x) => x.path);
  assert.ok(files.length > 0, 'the package contributes Markdown snippets');
  for (const f of files) {
    const snippets = read(f) as Record<string, { prefix: string | string[]; body: string | string[] }>;
    for (const sn of Object.values(snippets)) {
      const body = Array.isArray(sn.body) ? sn.body : sn.body.split('\n');
      if (!body.some((l) => /BÁO CÁO/.test(l))) continue;
      const prefix = Array.isArray(sn.prefix) ? sn.prefix[0]! : sn.prefix;
      const fixedLines = body.map((l) => l.trim()).filter((l) => l.length > 3 && !l.includes('$'));
      return { prefix, fixedLines: fixedLines.slice(0, 6) };
    }
  }
  assert.fail('no Markdown snippet with "BÁO CÁO" in its body');
}
