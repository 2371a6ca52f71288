// Document symbols (the Outline view) and folding ranges from the report's headings.

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { DocumentSymbol, FoldingRange } from 'vscode-languageserver-protocol';
import { positionOf, type TestClient } from '../../helpers/lsp';
import { DRAFT, startWithSmallCorpus } from './setup';

const tree = (s: DocumentSymbol[]): unknown[] => s.map((x) => (x.children?.length ? [x.name, tree(x.children)] : x.name));

describe('document symbols and folding', () => {
  let c: TestClient;
  let uri: string;
  before(async () => {
    c = await startWithSmallCorpus();
    uri = await c.open('symbols.md', DRAFT);
  });
  after(async () => {
    await c.stop();
  });

  test('the outline nests the headings', async () => {
    const symbols = (await c.conn.sendRequest('textDocument/documentSymbol', { textDocument: { uri } })) as DocumentSymbol[];
    assert.deepEqual(tree(symbols), [['I. KẾT QUẢ', ['1. Quán triệt']], 'II. HẠN CHẾ']);
    assert.deepEqual(symbols[0]!.selectionRange.start, positionOf(DRAFT, 'I. KẾT QUẢ'));
  });

  test('each section folds from its heading to its last line', async () => {
    const ranges = (await c.conn.sendRequest('textDocument/foldingRange', { textDocument: { uri } })) as FoldingRange[];
    const line = (s: string) => positionOf(DRAFT, s).line;
    assert.deepEqual(
      ranges.map((r) => [r.startLine, r.endLine]).sort((a, b) => a[0]! - b[0]!),
      [
        [line('I. KẾT QUẢ'), line('Tỉnh ủy Thử Nghiệm đã')],
        [line('1. Quán triệt'), line('Tỉnh ủy Thử Nghiệm đã')],
        [line('II. HẠN CHẾ'), line('Việc triển khai')],
      ],
    );
  });
});
