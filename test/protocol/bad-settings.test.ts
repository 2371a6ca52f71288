// Issue 12, defect 1: a mistyped setting used to throw before the server was ready, so every
// request waited forever. Each row is a bad value a writer (or another editor's config) can send:
// the server still becomes ready, still checks, and names the key in a message the user sees.
// Issue 12, defect 4: a .vanban.json saved with a UTF-8 BOM, and "corpus" written as a string.

import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import { Commands, type CorpusStatus } from '../../server/src/protocol';
import { PULL, PUSH_ONLY, startServer } from '../helpers/lsp';

const DRAFT = 'Báo cáo của Ban Dân vận. Hội nghị được tổ chức ngày 31/4/2020 tại hội trường tỉnh.\n';

interface Row {
  name: string;
  /** The "vanban" section the client answers with. */
  settings?: Record<string, unknown>;
  /** Settings sent at initialize (clients without workspace/configuration). */
  initSettings?: unknown;
  /** What the problem must say (the key it names), or null when the value is fine. */
  names: RegExp | null;
  /** Corpus folders that must (not) appear among the problems. */
  folders?: { present?: string[]; absent?: string[] };
}

const ROWS: Row[] = [
  { name: 'corpus.paths [5]', settings: { corpus: { paths: [5] } }, names: /vanban\.corpus\.paths\[0\]/ },
  { name: 'corpus.paths [null]', settings: { corpus: { paths: [null] } }, names: /vanban\.corpus\.paths\[0\]/ },
  { name: 'corpus.paths 5', settings: { corpus: { paths: 5 } }, names: /vanban\.corpus\.paths/ },
  // A plain string is one folder, not the folders k, h and o.
  { name: 'corpus.paths "kho"', settings: { corpus: { paths: 'kho' } }, names: /vanban\.corpus\.paths.*một thư mục/, folders: { present: ['kho'], absent: ['k', 'h', 'o'] } },
  { name: 'corpus "x"', settings: { corpus: 'x' }, names: /vanban\.corpus\b/ },
  { name: 'enable 1', settings: { enable: 1 }, names: /vanban\.enable/ },
  { name: 'enable "yes"', settings: { enable: 'yes' }, names: /vanban\.enable/ },
  { name: 'reportDate 2025', settings: { reportDate: 2025 }, names: /vanban\.reportDate/ },
  { name: 'reportDate "5/3/2025"', settings: { reportDate: '5/3/2025' }, names: /vanban\.reportDate/ },
  { name: 'rules "off"', settings: { rules: 'off' }, names: /vanban\.rules/ },
  { name: 'rules with an unknown code', settings: { rules: { 'date-wrong': 'off' } }, names: /vanban\.rules\.date-wrong/ },
  { name: 'rules with a bad severity', settings: { rules: { 'date-invalid': 'loud' } }, names: /vanban\.rules\.date-invalid/ },
  { name: 'knownAbbreviations [1, "UBND"]', settings: { knownAbbreviations: [1, 'UBND'] }, names: /vanban\.knownAbbreviations/ },
  { name: 'toneMarkStyle "old"', settings: { toneMarkStyle: 'old' }, names: /vanban\.toneMarkStyle/ },
  { name: 'locale 7', settings: { locale: 7 }, names: /vanban\.locale/ },
  { name: 'the whole section is a string', settings: 'vanban' as unknown as Record<string, unknown>, names: /vanban: cấu hình phải là một đối tượng/ },
  { name: 'initialize settings with corpus.paths [5]', initSettings: { corpus: { paths: [5] } }, names: /vanban\.corpus\.paths\[0\]/ },
  // Negative rows: good values raise nothing.
  { name: 'good settings', settings: { enable: 'always', rules: { 'date-format': 'off' }, knownAbbreviations: ['BCĐ'] }, names: null },
  { name: 'corpus.paths []', settings: { corpus: { paths: [] } }, names: null },
];

async function check(row: Row): Promise<void> {
  const ws = mkdtempSync(path.join(tmpdir(), 'vanban-settings-'));
  const capabilities = row.initSettings !== undefined ? { ...PUSH_ONLY, workspace: {} } : PUSH_ONLY;
  const c = await startServer({
    workspace: ws,
    capabilities,
    ...(row.settings !== undefined ? { settings: row.settings } : {}),
    ...(row.initSettings !== undefined ? { initializationOptions: { settings: row.initSettings } } : {}),
  });
  try {
    if (typeof row.settings === 'string') {
      // The helper spreads settings into an object; send the bare string as the client would.
      c.conn.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => row.settings));
      await c.conn.sendNotification('workspace/didChangeConfiguration', { settings: null });
    }
    const uri = await c.open('draft.md', DRAFT);
    // Ready and checking: the impossible date is found.
    const p = await c.waitFor(`diagnostics despite ${row.name}`, () => {
      const x = c.published.get(uri);
      return x && x.diagnostics.some((d) => d.code === 'date-invalid') && x;
    });
    assert.ok(p);
    const status = (await c.conn.sendRequest('workspace/executeCommand', { command: Commands.corpusStatus, arguments: [] })) as CorpusStatus;
    const settingProblems = status.problems.filter((q) => q.file === 'settings');
    if (row.names) {
      assert.ok(settingProblems.some((q) => row.names!.test(q.message)), `${row.name}: ${JSON.stringify(status.problems)}`);
      // Said where the user looks, in both languages.
      const shown = await c.waitFor(`a message for ${row.name}`, () => c.messages.find((m) => /cấu hình sai.*bad setting/.test(m.message)));
      assert.match(shown.message, row.names);
    } else {
      assert.deepEqual(settingProblems, []);
      assert.deepEqual(c.messages, []);
    }
    for (const f of row.folders?.present ?? []) assert.ok(status.problems.some((q) => q.file === path.join(ws, f)), `folder ${f} tried`);
    for (const f of row.folders?.absent ?? []) assert.ok(!status.problems.some((q) => q.file === path.join(ws, f)), `folder ${f} not tried`);
  } finally {
    await c.stop();
  }
}

for (const row of ROWS) test(`bad setting: ${row.name}`, () => check(row));

test('a pull client gets diagnostics and hover despite corpus.paths [5]', async () => {
  const c = await startServer({ capabilities: PULL, settings: { corpus: { paths: [5] } } });
  try {
    const uri = await c.open('pull.md', DRAFT);
    const r = (await c.conn.sendRequest('textDocument/diagnostic', { textDocument: { uri } })) as { items: { code: string }[] };
    assert.deepEqual(r.items.map((d) => d.code), ['date-invalid']);
  } finally {
    await c.stop();
  }
});

// .vanban.json: a BOM is accepted; "corpus" as a string is one folder; bad items are named.
const CONFIG_ROWS: { name: string; bytes: string; names: RegExp | null; folder?: string; severityOff?: boolean }[] = [
  { name: 'UTF-8 BOM', bytes: '\ufeff{ "rules": { "date-invalid": "off" } }', names: null, severityOff: true },
  // The schema allows one folder as a string: accepted, nothing to report, the folder is loaded.
  { name: '"corpus": "kho"', bytes: '{ "corpus": "kho" }', names: null, folder: 'kho' },
  { name: '"corpus": [5]', bytes: '{ "corpus": [5] }', names: /corpus\[0\]/ },
  { name: '"corpus": 5', bytes: '{ "corpus": 5 }', names: /corpus: 5 không phải danh sách/ },
  { name: 'not JSON', bytes: '{ "rules": ', names: /không phải JSON hợp lệ/ },
];

for (const row of CONFIG_ROWS)
  test(`.vanban.json: ${row.name}`, async () => {
    const ws = mkdtempSync(path.join(tmpdir(), 'vanban-config-'));
    writeFileSync(path.join(ws, '.vanban.json'), row.bytes);
    if (row.folder) mkdirSync(path.join(ws, row.folder));
    const c = await startServer({ workspace: ws });
    try {
      const uri = await c.open('draft.md', DRAFT);
      const p = await c.waitFor('a push', () => c.published.get(uri));
      assert.equal(p.diagnostics.some((d) => d.code === 'date-invalid'), !row.severityOff, 'the file was read (or ignored) as a whole');
      const status = (await c.conn.sendRequest('workspace/executeCommand', { command: Commands.corpusStatus, arguments: [] })) as CorpusStatus;
      const mine = status.problems.filter((q) => q.file.endsWith('.vanban.json'));
      if (row.names) assert.ok(mine.some((q) => row.names!.test(q.message)), JSON.stringify(status.problems));
      else assert.deepEqual(mine, []);
      // The folder named as a string exists, so no "does not exist" problem names it.
      if (row.folder) assert.ok(!status.problems.some((q) => q.file === path.join(ws, row.folder!)), JSON.stringify(status.problems));
    } finally {
      await c.stop();
    }
  });
