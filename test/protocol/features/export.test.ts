// The vanban.export command through workspace/executeCommand: any LSP client can lay a draft out as
// .docx. The open document's text is exported (unsaved edits included); the bytes come back as
// base64, or go to an absolute .docx path the client chose.

import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import JSZip from 'jszip';
import type { ExportResult } from '../../../server/src/protocol';
import { ROOT } from '../../helpers/corpus';
import type { TestClient } from '../../helpers/lsp';
import { startWithSmallCorpus } from './setup';

const FULL = readFileSync(path.join(ROOT, 'examples', 'bao-cao-xuat-word.md'), 'utf8');
const ERRORS = readFileSync(path.join(ROOT, 'examples', 'bao-cao-tong-ket-co-loi.md'), 'utf8');

describe('vanban.export', () => {
  let c: TestClient;
  let full: string;
  let withErrors: string;
  before(async () => {
    c = await startWithSmallCorpus({ today: '2023-03-10' });
    full = await c.open('full.md', FULL, 'markdown');
    withErrors = await c.open('errors.md', ERRORS, 'markdown');
  });
  after(async () => {
    await c.stop();
  });
  const run = async (...args: unknown[]) => (await c.conn.sendRequest('workspace/executeCommand', { command: 'vanban.export', arguments: args })) as ExportResult | null;

  test('is advertised', () => {
    assert.ok(c.init.capabilities.executeCommandProvider?.commands.includes('vanban.export'));
  });

  test('returns the .docx as base64 with the layout and what is missing', async () => {
    const r = (await run(full))!;
    assert.equal(r.layout, 'party');
    assert.deepEqual(r.missing, []);
    assert.equal(r.errors, 0);
    assert.equal(r.written, null);
    const zip = await JSZip.loadAsync(Buffer.from(r.base64!, 'base64'));
    assert.match(await zip.file('word/document.xml')!.async('string'), /BÁO CÁO/);
  });

  test('a draft with errors still exports and counts them; missing parts are named in both languages', async () => {
    const r = (await run(withErrors))!;
    assert.ok(r.base64);
    assert.ok(r.errors >= 1, String(r.errors));
    assert.deepEqual(r.missing, [
      { vi: 'nơi nhận', en: 'recipients (Nơi nhận)' },
      { vi: 'khối chữ ký', en: 'signature block' },
    ]);
  });

  test('the layout option and a target path the client chose', async () => {
    const target = path.join(mkdtempSync(path.join(tmpdir(), 'vanban-export-lsp-')), 'out.docx');
    const r = (await run(full, { layout: 'state', target }))!;
    assert.equal(r.layout, 'state');
    assert.equal(r.written, target);
    assert.equal(r.base64, null);
    assert.ok(existsSync(target));
  });

  test('an unknown document gives null; a relative or non-.docx target is not written', async () => {
    assert.equal(await run('file:///nowhere.md'), null);
    const r = (await run(full, { target: 'relative.docx' }))!;
    assert.equal(r.written, null);
    assert.ok(r.base64);
  });
});
