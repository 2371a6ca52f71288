// Diagnostics over the real protocol: pushed to a client that cannot pull (Neovim, Emacs,
// Helix), pulled by one that can (VS Code); updated after an incremental edit.

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { positionOf, PULL, PUSH_ONLY, startServer, type TestClient } from '../helpers/lsp';

const DRAFT = 'Báo cáo của Ban Dân vận. Hội nghị được tổ chức ngày 31/4/2020 tại hội trường tỉnh.\n';

describe('push-only client', () => {
  let c: TestClient;
  before(async () => {
    c = await startServer({ capabilities: PUSH_ONLY });
  });
  after(async () => {
    assert.equal(await c.stop(), 0, 'server exits cleanly after shutdown/exit');
  });

  test('advertises no pull diagnostics', () => {
    assert.equal(c.init.capabilities.diagnosticProvider, undefined);
    assert.equal(c.init.capabilities.textDocumentSync && typeof c.init.capabilities.textDocumentSync === 'object' ? c.init.capabilities.textDocumentSync.change : null, 2);
  });

  test('gets pushed diagnostics on open, with a Vietnamese message', async () => {
    const uri = await c.open('push.md', DRAFT);
    const p = await c.waitFor('push on open', () => {
      const x = c.published.get(uri);
      return x && x.diagnostics.length > 0 ? x : undefined;
    });
    assert.equal(p.diagnostics.length, 1);
    const d = p.diagnostics[0]!;
    assert.equal(d.code, 'date-invalid');
    assert.equal(d.source, 'vanban');
    assert.equal(d.severity, 1);
    assert.deepEqual(d.range.start, positionOf(DRAFT, '31/4/2020'));
    assert.match(typeof d.message === 'string' ? d.message : d.message.value, /tháng 4 chỉ có 30 ngày/);
  });

  test('a diagnostic carries no data: its fixes are found again by the code action', async () => {
    const text = 'Thực hiện Quyết định số 290-QĐ/TW ngày 25/3/2010 của Bộ Chính trị và Quyết định số 9876-QĐ/TW của Bộ Chính trị.\n';
    const uri = await c.open('data.md', text);
    const p = await c.waitFor('push with both', () => {
      const x = c.published.get(uri);
      return x && x.diagnostics.length >= 2 ? x : undefined;
    });
    const byCode = new Map(p.diagnostics.map((d) => [d.code, d]));
    const wrongDate = byCode.get('citation-date-mismatch')!; // the record: 25/2/2010
    assert.equal('data' in wrongDate, false);
    const acts = (await c.conn.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: wrongDate.range,
      context: { diagnostics: [wrongDate], only: ['quickfix'] },
    })) as { title: string }[];
    assert.ok(acts.length > 0, 'the date mismatch still has its quick fix');
    const unknown = byCode.get('citation-unknown')!;
    assert.equal(unknown.severity, 4); // a hint: nothing near it in the corpus
    assert.equal('data' in unknown, false);
  });

  test('gets updated diagnostics after an incremental edit', async () => {
    const uri = await c.open('edit.md', DRAFT);
    await c.waitFor('first push', () => c.published.get(uri)?.diagnostics.length === 1);
    const at = positionOf(DRAFT, '31/4/2020');
    // Replace "31" by "30": the date becomes valid.
    await c.change(uri, 2, [{ range: { start: at, end: { line: at.line, character: at.character + 2 } }, text: '30' }]);
    const p = await c.waitFor('push after edit', () => {
      const x = c.published.get(uri);
      return x && x.version === 2 && x;
    });
    assert.deepEqual(p.diagnostics, []);
    // And breaking it again brings the finding back, at the edited place.
    await c.change(uri, 3, [{ range: { start: at, end: { line: at.line, character: at.character + 2 } }, text: '31' }]);
    const q = await c.waitFor('push after second edit', () => {
      const x = c.published.get(uri);
      return x && x.version === 3 && x;
    });
    assert.equal(q.diagnostics.length, 1);
  });

  test('a document\'s language is judged again when its start changes (the server keeps it between versions)', async () => {
    // The server keeps the judgement while the first characters stay (server.ts, ctx.vietnamese).
    const english = '# Project\n\nThis README explains how to build the project. Released on 31/4/2020 by the team.\n';
    const uri = await c.open('lang.md', english);
    await c.waitFor('push for English', () => c.published.get(uri));
    const vietnamese = 'Báo cáo của Ban Dân vận. Hội nghị được tổ chức ngày 31/4/2020 tại hội trường tỉnh.\n';
    await c.change(uri, 2, [{ text: vietnamese + english }]);
    const p = await c.waitFor('push after the start became Vietnamese', () => {
      const x = c.published.get(uri);
      return x && x.version === 2 && x;
    });
    assert.deepEqual(p.diagnostics.map((d) => d.code), ['date-invalid']);
    // English again, the Vietnamese line kept after a long English part: quiet again.
    await c.change(uri, 3, [{ text: english.repeat(12) + vietnamese }]);
    const q = await c.waitFor('push after the start became English', () => {
      const x = c.published.get(uri);
      return x && x.version === 3 && x;
    });
    assert.deepEqual(q.diagnostics, []);
  });

  test('an English document gets no vanban diagnostics', async () => {
    const text = '# Project\n\nThis README explains how to build the project. Released on 31/4/2020 by the team.\n';
    const uri = await c.open('README.md', text);
    const p = await c.waitFor('push for README', () => c.published.get(uri));
    assert.deepEqual(p.diagnostics, []);
  });
});

describe('pull client', () => {
  let c: TestClient;
  before(async () => {
    c = await startServer({ capabilities: PULL });
  });
  after(async () => {
    await c.stop();
  });

  test('advertises pull diagnostics and answers textDocument/diagnostic', async () => {
    assert.ok(c.init.capabilities.diagnosticProvider);
    const uri = await c.open('pull.md', DRAFT);
    const report = (await c.conn.sendRequest('textDocument/diagnostic', { textDocument: { uri } })) as { kind: string; items: { code: string }[] };
    assert.equal(report.kind, 'full');
    assert.deepEqual(report.items.map((d) => d.code), ['date-invalid']);
    assert.equal(c.pushes.filter((p) => p.uri === uri).length, 0, 'nothing pushed to a pull client');
  });
});
