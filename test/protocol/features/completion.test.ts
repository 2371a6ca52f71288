// Completion over the real protocol: numbers, full citations, people, organisations (a snippet),
// the date line; typed with and without diacritics; documentation on completionItem/resolve.

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { CompletionItem, CompletionList } from 'vscode-languageserver-protocol';
import type { TestClient } from '../../helpers/lsp';
import { DRAFT, end, startWithSmallCorpus } from './setup';

describe('completion', () => {
  let c: TestClient;
  let n = 0;
  before(async () => {
    c = await startWithSmallCorpus();
  });
  after(async () => {
    assert.equal(await c.stop(), 0);
  });

  /** Open the draft with `line` typed at its end and ask for completion there. */
  async function complete(line: string, base = DRAFT): Promise<{ list: CompletionList; text: string; uri: string }> {
    const text = `${base}${line}`;
    const uri = await c.open(`completion-${++n}.md`, text);
    const list = (await c.conn.sendRequest('textDocument/completion', { textDocument: { uri }, position: end(text) })) as CompletionList;
    return { list, text, uri };
  }

  function edit(item: CompletionItem): { range: { start: { line: number; character: number }; end: { line: number; character: number } }; newText: string } {
    return item.textEdit as never;
  }

  test('advertises completion with resolve, triggered by digits (VS Code never suggests on its own inside a number)', () => {
    assert.ok(c.init.capabilities.completionProvider);
    assert.equal(c.init.capabilities.completionProvider!.resolveProvider, true);
    for (const d of '0123456789') assert.ok(c.init.capabilities.completionProvider!.triggerCharacters?.includes(d), d);
  });

  for (const typed of ['Quyết định số 1', 'Quyet dinh so 1']) {
    test(`"${typed}": the province's own document, number and full citation; filterText continues what was typed`, async () => {
      const { list, text } = await complete(`\n${typed}`);
      assert.equal(list.isIncomplete, true);
      const [id, full] = list.items;
      assert.equal(id!.label, '12-QĐ/TU');
      assert.equal(edit(id!).newText, '12-QĐ/TU');
      assert.equal(edit(full!).newText, '12-QĐ/TU ngày 2/3/2020 của Ban Thường vụ Tỉnh ủy Thử Nghiệm ban hành Quy định thử nghiệm về tiếp nhận ý kiến của Nhân dân');
      // The range replaces the "1" just typed; the filter text is the number and symbol it leads to.
      const e = end(text);
      assert.deepEqual(edit(id!).range, { start: { line: e.line, character: e.character - 1 }, end: e });
      assert.equal(id!.filterText, '12-QĐ/TU');
      assert.ok(!list.items.some((i) => edit(i).newText.includes('Đối Chứng')), "another province's 12-QĐ/TU is not offered");
      assert.equal(id!.documentation, undefined, 'documentation comes on resolve');
      const resolved = (await c.conn.sendRequest('completionItem/resolve', id)) as CompletionItem;
      const doc = resolved.documentation as { kind: string; value: string };
      assert.equal(doc.kind, 'markdown');
      assert.match(doc.value, /Ban Thường vụ Tỉnh ủy Thử Nghiệm/);
      assert.match(doc.value, /còn hiệu lực/);
      assert.match(doc.value, /tài liệu của bạn trích 3 lần/);
    });
  }

  test('"quy che dan van" finds the Quy chế công tác dân vận: 290-QĐ/TW and its successor', async () => {
    const { list } = await complete('\nCăn cứ quy che dan van');
    const labels = list.items.map((i) => i.label);
    assert.ok(labels.some((l) => l.startsWith('Quyết định 290-QĐ/TW')), labels.join('\n'));
    assert.ok(labels.some((l) => l.startsWith('Quyết định 23-QĐ/TW')), labels.join('\n'));
    for (const i of list.items) assert.equal(i.filterText, 'quy che dan van');
  });

  test('a person, with the title held on the report’s date', async () => {
    const { list } = await complete('\nĐồng chí Nguyen Van Th');
    assert.equal(list.items[0]!.label, 'Nguyễn Văn Thử');
    assert.match(list.items[0]!.detail ?? '', /Bí thư Tỉnh ủy/);
  });

  test('a provincial organisation is a snippet with the report’s province', async () => {
    const { list } = await complete('\nỦy ban MTTQ');
    const item = list.items.find((i) => i.label.startsWith('Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh'))!;
    assert.equal(item.insertTextFormat, 2);
    assert.equal(edit(item).newText, 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh ${1:Thử Nghiệm}');
  });

  test('the date line: today as NĐ 30 writes it', async () => {
    const { list } = await complete('Thử Nghiệm, ngày', '');
    assert.equal(list.items[0]!.label, 'ngày 05 tháng 3 năm 2026');
  });

  test('an English document of some length gets no completion', async () => {
    const english = 'This README explains how to build the project and run its tests. '.repeat(40);
    const { list } = await complete('\nQuyet dinh so 1', english);
    assert.equal(list, null);
  });
});
