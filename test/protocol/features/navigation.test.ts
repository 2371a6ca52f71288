// Go to definition (the record in the corpus file, or the user's document that defines it) and
// find references (every citation of the same record in the workspace's documents).

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { Location } from 'vscode-languageserver-protocol';
import { ROOT } from '../../helpers/corpus';
import { positionOf, type TestClient } from '../../helpers/lsp';
import { at, DRAFT, startWithSmallCorpus } from './setup';

const SMALL = path.join(ROOT, 'test', 'fixtures', 'corpus-small');
const rel = (l: Location) => path.relative(ROOT, fileURLToPath(l.uri)).split(path.sep).join('/');

/** 0-based line of the "{" that opens the first record with this id in a corpus file. */
function recordLine(file: string, id: string): number {
  const lines = readFileSync(file, 'utf8').split('\n');
  let i = lines.findIndex((l) => l.includes(`"id": "${id}"`));
  while (i > 0 && lines[i]!.trim() !== '{') i--;
  return i;
}

describe('definition and references', () => {
  let c: TestClient;
  let uri: string;
  before(async () => {
    c = await startWithSmallCorpus();
    uri = await c.open('navigation.md', DRAFT);
  });
  after(async () => {
    await c.stop();
  });

  const definition = async (needle: string) =>
    (await c.conn.sendRequest('textDocument/definition', { textDocument: { uri }, position: at(DRAFT, needle, 1) })) as Location[] | null;

  test('a record of the user’s corpus file, at its line', async () => {
    const locs = await definition('12-QĐ/TU');
    assert.ok(locs && locs.length >= 1);
    assert.equal(rel(locs[0]!), 'test/fixtures/corpus-small/records.json');
    assert.equal(locs[0]!.range.start.line, recordLine(path.join(SMALL, 'records.json'), '12-QĐ/TU'));
  });

  test('a document defined by the header of a user document', async () => {
    const locs = await definition('88-BC/BDVTU');
    assert.equal(rel(locs![0]!), 'test/fixtures/corpus-small/bao-cao-so-ket.md');
    assert.equal(locs![0]!.range.start.line, 0);
  });

  test('a bundled record', async () => {
    const locs = await definition('290-QĐ/TW');
    assert.equal(rel(locs![0]!), 'corpus/directives/party-central.json');
    assert.equal(locs![0]!.range.start.line, recordLine(path.join(ROOT, 'corpus', 'directives', 'party-central.json'), '290-QĐ/TW'));
  });

  test('an unknown document has no definition', async () => {
    assert.equal(await definition('999-QĐ/TU'), null);
  });

  test('references: open documents and the workspace’s files, the province’s 12-QĐ/TU only', async () => {
    const refs = (await c.conn.sendRequest('textDocument/references', {
      textDocument: { uri },
      position: at(DRAFT, '12-QĐ/TU', 1),
      context: { includeDeclaration: false },
    })) as Location[];
    const soKet = readFileSync(path.join(SMALL, 'bao-cao-so-ket.md'), 'utf8');
    const keHoach = readFileSync(path.join(SMALL, 'ke-hoach-trien-khai.md'), 'utf8');
    const got = refs.map((l) => `${l.uri === uri ? 'navigation.md' : rel(l)}:${l.range.start.line}:${l.range.start.character}`).sort();
    const want = [
      `navigation.md:${positionOf(DRAFT, 'Quyết định số 12-QĐ/TU').line}:${positionOf(DRAFT, 'Quyết định số 12-QĐ/TU').character}`,
      `test/fixtures/corpus-small/bao-cao-so-ket.md:${positionOf(soKet, 'Quyết định số 12-QĐ/TU').line}:${positionOf(soKet, 'Quyết định số 12-QĐ/TU').character}`,
      `test/fixtures/corpus-small/bao-cao-so-ket.md:${positionOf(soKet, 'Quyết định số 12-QĐ/TU', 1).line}:${positionOf(soKet, 'Quyết định số 12-QĐ/TU', 1).character}`,
      `test/fixtures/corpus-small/ke-hoach-trien-khai.md:${positionOf(keHoach, 'Quyết định số 12-QĐ/TU').line}:${positionOf(keHoach, 'Quyết định số 12-QĐ/TU').character}`,
    ].sort();
    assert.deepEqual(got, want);
  });

  test('references with the declaration: the record comes first', async () => {
    const refs = (await c.conn.sendRequest('textDocument/references', {
      textDocument: { uri },
      position: at(DRAFT, '12-QĐ/TU', 1),
      context: { includeDeclaration: true },
    })) as Location[];
    assert.equal(rel(refs[0]!), 'test/fixtures/corpus-small/records.json');
  });
});
