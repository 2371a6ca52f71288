// Quick fixes through the protocol: the edit a code action returns, applied to the text, gives
// the expected text. Also "Fix all" and settings that turn a rule off.

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, Diagnostic, TextEdit } from 'vscode-languageserver-protocol';
import { PUSH_ONLY, startServer, type TestClient } from '../helpers/lsp';

function apply(text: string, edits: TextEdit[]): string {
  return TextDocument.applyEdits(TextDocument.create('file:///x', 'markdown', 1, text), edits);
}

async function diagnosticsOf(c: TestClient, name: string, text: string): Promise<{ uri: string; diags: Diagnostic[] }> {
  const uri = await c.open(name, text);
  const p = await c.waitFor(`diagnostics for ${name}`, () => c.published.get(uri));
  return { uri, diags: p.diagnostics };
}

async function actions(c: TestClient, uri: string, diags: Diagnostic[], only?: string[]): Promise<CodeAction[]> {
  return (await c.conn.sendRequest('textDocument/codeAction', {
    textDocument: { uri },
    range: diags[0]?.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    context: { diagnostics: diags, ...(only ? { only } : {}) },
  })) as CodeAction[];
}

describe('quick fixes', () => {
  let c: TestClient;
  before(async () => {
    c = await startServer({ capabilities: PUSH_ONLY });
  });
  after(async () => {
    await c.stop();
  });

  const table: { name: string; code: string; text: string; expected: string }[] = [
    {
      name: 'date.md',
      code: 'citation-date-mismatch',
      text: 'Các cấp ủy quán triệt Quyết định số 290-QĐ/TW ngày 25/3/2010 của Bộ Chính trị khóa X về Quy chế công tác dân vận.\n',
      expected: 'Các cấp ủy quán triệt Quyết định số 290-QĐ/TW ngày 25/2/2010 của Bộ Chính trị khóa X về Quy chế công tác dân vận.\n',
    },
    {
      name: 'issuer.md',
      code: 'citation-issuer-mismatch',
      text: 'Thực hiện Kết luận số 43-KL/TW ngày 7/1/2019 của Bộ Chính trị về tiếp tục thực hiện Nghị quyết số 25-NQ/TW.\n',
      expected: 'Thực hiện Kết luận số 43-KL/TW ngày 7/1/2019 của Ban Bí thư về tiếp tục thực hiện Nghị quyết số 25-NQ/TW.\n',
    },
    {
      name: 'term.md',
      code: 'citation-term-mismatch',
      text: 'Quán triệt Quyết định số 290-QĐ/TW ngày 25/2/2010 của Bộ Chính trị khóa XI về Quy chế công tác dân vận.\n',
      expected: 'Quán triệt Quyết định số 290-QĐ/TW ngày 25/2/2010 của Bộ Chính trị khóa X về Quy chế công tác dân vận.\n',
    },
    {
      name: 'kind.md',
      code: 'citation-type-mismatch',
      text: 'Các chi bộ quán triệt Quyết định số 213-QĐ/TW ngày 2/1/2020 của Bộ Chính trị về trách nhiệm của đảng viên.\n',
      expected: 'Các chi bộ quán triệt Quy định số 213-QĐ/TW ngày 2/1/2020 của Bộ Chính trị về trách nhiệm của đảng viên.\n',
    },
  ];

  for (const t of table) {
    test(`${t.code}: the quick fix's edit gives the expected text`, async () => {
      const { uri, diags } = await diagnosticsOf(c, t.name, t.text);
      const d = diags.filter((x) => x.code === t.code);
      assert.equal(d.length, 1, `one ${t.code} in ${JSON.stringify(diags.map((x) => x.code))}`);
      const acts = (await actions(c, uri, d)).filter((a) => a.kind === 'quickfix');
      assert.ok(acts.length >= 1);
      const preferred = acts.find((a) => a.isPreferred) ?? acts[0]!;
      assert.equal(apply(t.text, preferred.edit!.changes![uri]!), t.expected);
    });
  }

  test('fix all applies every safe fix at once', async () => {
    const text = 'Quán triệt Quyết định số 290-QĐ/TW ngày 25/3/2010 của Bộ Chính trị khóa X về Quy chế công tác dân vận; Quy định 66/QĐ/TW của Ban Bí thư về thể thức văn bản.\n';
    const { uri, diags } = await diagnosticsOf(c, 'all.md', text);
    const acts = await actions(c, uri, diags, ['source.fixAll']);
    const fixAll = acts.find((a) => a.kind === 'source.fixAll.vanban');
    assert.ok(fixAll, JSON.stringify(acts.map((a) => a.kind)));
    assert.equal(
      apply(text, fixAll.edit!.changes![uri]!),
      'Quán triệt Quyết định số 290-QĐ/TW ngày 25/2/2010 của Bộ Chính trị khóa X về Quy chế công tác dân vận; Quy định 66-QĐ/TW của Ban Bí thư về thể thức văn bản.\n',
    );
  });

  // A diagnostic the client still shows after further edits: its fixes are those of the current
  // analysis's finding with the same code, range and message, with edits for the current text.
  const LINE = 'Quán triệt Quyết định số 290-QĐ/TW ngày 25/3/2010 của Bộ Chính trị.\n';
  const shift = (r: Diagnostic['range'], by: number): Diagnostic['range'] => ({
    start: { line: r.start.line, character: r.start.character + by },
    end: { line: r.end.line, character: r.end.character + by },
  });
  const later: { name: string; edit: (t: string) => string; range: (r: Diagnostic['range']) => Diagnostic['range']; expected: string | null }[] = [
    { name: 'a line added after it: fixed in the new text', edit: (t) => t + 'Thêm một dòng.\n', range: (r) => r, expected: LINE.replace('25/3', '25/2') + 'Thêm một dòng.\n' },
    { name: 'words typed before it, the marker moved by the client', edit: (t) => 'Tiếp tục ' + t, range: (r) => shift(r, 9), expected: 'Tiếp tục ' + LINE.replace('25/3', '25/2') },
    { name: 'words typed before it, the marker left where it was', edit: (t) => 'Tiếp tục ' + t, range: (r) => r, expected: null },
    { name: 'the mistake edited away', edit: (t) => t.replace('25/3', '25/2'), range: (r) => r, expected: null },
  ];
  later.forEach((t, i) =>
    test(`a diagnostic of an older version, ${t.name}`, async () => {
      const { uri, diags } = await diagnosticsOf(c, `later-${i}.md`, LINE);
      const d = diags.filter((x) => x.code === 'citation-date-mismatch');
      assert.equal(d.length, 1);
      const now = t.edit(LINE);
      await c.change(uri, 2, [{ text: now }]);
      const acts = (await actions(c, uri, [{ ...d[0]!, range: t.range(d[0]!.range) }])).filter((a) => a.kind === 'quickfix');
      if (t.expected === null) assert.deepEqual(acts, []);
      else assert.equal(apply(now, acts.find((a) => a.isPreferred)!.edit!.changes![uri]!), t.expected);
    }),
  );
});

describe('settings', () => {
  let c: TestClient;
  before(async () => {
    c = await startServer({ capabilities: PUSH_ONLY, settings: { rules: { 'date-invalid': 'off', 'citation-date-mismatch': 'warning' } } });
  });
  after(async () => {
    await c.stop();
  });

  test('rules can be turned off and given another severity', async () => {
    const text = 'Ngày 31/4/2020, quán triệt Quyết định số 290-QĐ/TW ngày 25/3/2010 của Bộ Chính trị.\n';
    const { diags } = await diagnosticsOf(c, 'settings.md', text);
    assert.deepEqual(diags.filter((d) => d.code === 'date-invalid'), []);
    assert.deepEqual(diags.filter((d) => d.code === 'citation-date-mismatch').map((d) => d.severity), [2]);
  });
});
