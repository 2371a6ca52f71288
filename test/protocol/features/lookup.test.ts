// The vanban.lookup command through workspace/executeCommand: any LSP client can call it.

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { LookupResult } from '../../../server/src/protocol';
import type { TestClient } from '../../helpers/lsp';
import { DRAFT, startWithSmallCorpus } from './setup';

describe('vanban.lookup', () => {
  let c: TestClient;
  let uri: string;
  before(async () => {
    c = await startWithSmallCorpus();
    uri = await c.open('lookup.md', DRAFT);
  });
  after(async () => {
    await c.stop();
  });

  const lookup = async (...args: unknown[]) => (await c.conn.sendRequest('workspace/executeCommand', { command: 'vanban.lookup', arguments: args })) as LookupResult[];

  test('is advertised', () => {
    assert.ok(c.init.capabilities.executeCommandProvider?.commands.includes('vanban.lookup'));
  });

  test('without diacritics: the Quy chế công tác dân vận and its successor, ready to insert', async () => {
    const r = await lookup('quy che dan van', 10);
    const ids = r.map((x) => x.id);
    assert.ok(ids.includes('290-QĐ/TW') && ids.includes('23-QĐ/TW'), ids.join(', '));
    const q290 = r.find((x) => x.id === '290-QĐ/TW')!;
    assert.equal(q290.kind, 'Quyết định');
    assert.equal(q290.date, '2010-02-25');
    assert.match(q290.citation, /^Quyết định số 290-QĐ\/TW ngày 25\/2\/2010 của Bộ Chính trị khóa X /);
    assert.equal(typeof q290.status, 'string');
  });

  test('by id, in the context of a document: its province’s document only', async () => {
    const r = await lookup('12-qd/tu', 10, uri);
    assert.deepEqual(r.map((x) => x.issuer), ['Ban Thường vụ Tỉnh ủy Thử Nghiệm']);
    assert.match(r[0]!.status!, /còn hiệu lực/);
    const all = await lookup('12-qd/tu', 10);
    assert.equal(all.length, 2);
  });

  test('a limit, and an empty query', async () => {
    assert.equal((await lookup('', 5)).length, 5);
    assert.deepEqual(await lookup('khong co van ban nao nhu the nay', 5), []);
  });
});
