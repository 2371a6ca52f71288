// Hover over the real protocol: a citation's card (issuer, status, evidence, corpus version), an
// unknown citation, a date's weekday, a term; plain text for a client without Markdown; English.

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Hover } from 'vscode-languageserver-protocol';
import { PUSH_ONLY, type TestClient } from '../../helpers/lsp';
import { at, DRAFT, startWithSmallCorpus } from './setup';

async function hover(c: TestClient, uri: string, needle: string, delta = 1): Promise<Hover | null> {
  return (await c.conn.sendRequest('textDocument/hover', { textDocument: { uri }, position: at(DRAFT, needle, delta) })) as Hover | null;
}
const value = (h: Hover | null) => (h?.contents as { value: string } | undefined)?.value ?? '';

describe('hover (Markdown, Vietnamese)', () => {
  let c: TestClient;
  let uri: string;
  before(async () => {
    c = await startWithSmallCorpus();
    uri = await c.open('hover.md', DRAFT);
  });
  after(async () => {
    await c.stop();
  });

  test('a citation: record, status at the report’s date, evidence, sources, corpus version', async () => {
    const h = await hover(c, uri, '12-QĐ/TU');
    const v = value(h);
    assert.equal((h!.contents as { kind: string }).kind, 'markdown');
    for (const s of ['**Quyết định số 12-QĐ/TU** — Ban Thường vụ Tỉnh ủy Thử Nghiệm', 'Ngày ban hành: 2/3/2020 (Thứ Hai)', 'Hiệu lực vào ngày của báo cáo (10/6/2024): còn hiệu lực', 'tài liệu của bạn trích 3 lần (với ngày 2/3/2020: 2)', 'Nguồn: Dữ liệu thử nghiệm', '_Kho văn bản '])
      assert.ok(v.includes(s), `"${s}" in\n${v}`);
    assert.deepEqual(h!.range!.start, at(DRAFT, 'Quyết định số 12-QĐ/TU'));
  });

  test('a replaced document says by what and when', async () => {
    assert.match(value(await hover(c, uri, '29-NQ/TU')), /đã được thay thế bởi Nghị quyết 45-NQ\/TU \(5\/1\/2023\)/);
  });

  test('an unknown document: the corpus does not know it', async () => {
    assert.match(value(await hover(c, uri, '999-QĐ/TU')), /Kho văn bản chưa có văn bản này/);
  });

  test('a date: its weekday', async () => {
    assert.match(value(await hover(c, uri, '25/2/2010')), /\*\*Thứ Năm\*\*, 25\/2\/2010/);
  });

  test('a term: its span', async () => {
    assert.match(value(await hover(c, uri, 'khóa X', 5)), /khóa X\*\*: 25\/4\/2006 – 19\/1\/2011/);
  });
});

describe('hover (plain text, English)', () => {
  let c: TestClient;
  let uri: string;
  before(async () => {
    c = await startWithSmallCorpus({
      settings: { locale: 'en' },
      capabilities: { ...PUSH_ONLY, textDocument: { ...PUSH_ONLY.textDocument, hover: { contentFormat: ['plaintext'] } } },
    });
    uri = await c.open('hover-en.md', DRAFT);
  });
  after(async () => {
    await c.stop();
  });

  test('English text without Markdown marks', async () => {
    const h = await hover(c, uri, '12-QĐ/TU');
    assert.equal((h!.contents as { kind: string }).kind, 'plaintext');
    const v = value(h);
    assert.match(v, /Issued: 2\/3\/2020 \(Monday\)/);
    assert.match(v, /in force/);
    assert.doesNotMatch(v, /\*\*/);
  });
});
