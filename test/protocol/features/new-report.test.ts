// vanban.newReport through workspace/executeCommand: the draft it returns, opened in the server
// like any document, is checked like any report — the full citation of 25-NQ/TW, and
// anniversary-mismatch exactly when the N asked for does not fit the dates.

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import type { NewReportParams, NewReportResult } from '../../../server/src/protocol';
import { startServer, type TestClient } from '../../helpers/lsp';

describe('vanban.newReport', () => {
  let c: TestClient;
  before(async () => {
    c = await startServer({ today: '2026-12-01' });
  });
  after(async () => {
    await c.stop();
  });

  const create = async (p: NewReportParams) => (await c.conn.sendRequest('workspace/executeCommand', { command: 'vanban.newReport', arguments: [p] })) as NewReportResult | null;
  const diagnosticsOf = async (name: string, text: string): Promise<Diagnostic[]> => {
    const uri = await c.open(name, text);
    const p = await c.waitFor(`diagnostics for ${name}`, () => c.published.get(uri));
    return p.diagnostics;
  };
  const HT = { issuer: 'BAN DÂN VẬN TỈNH ỦY', superior: 'ĐẢNG BỘ TỈNH HÀ TĨNH', place: 'Hà Tĩnh' };

  test('is announced in the server’s command list', () => {
    assert.ok(c.init.capabilities.executeCommandProvider?.commands.includes('vanban.newReport'));
  });

  test('tổng kết of 25-NQ/TW dated 2023: the full citation, N = 10, no anniversary finding', async () => {
    const r = await create({ kind: 'tong-ket', directive: '25-NQ/TW', date: '2023-06-03', ...HT });
    assert.ok(r);
    assert.equal(r.years, 10);
    // Three documents carry 25-NQ/TW (2003, 2008, 2013): the note says which one the draft cites.
    assert.deepEqual(r.notes.length, 1);
    assert.match(r.notes[0]!, /^Có 3 văn bản cùng số 25-NQ\/TW: đã dùng văn bản ngày 3\/6\/2013 \(khóa XI\)/);
    assert.match(r.text, /\*\*Tổng kết 10 năm thực hiện Nghị quyết số 25-NQ\/TW ngày 3\/6\/2013 của Ban Chấp hành Trung ương khóa XI về "Tăng cường và đổi mới sự lãnh đạo của Đảng đối với công tác dân vận trong tình hình mới"\*\*/);
    const codes = (await diagnosticsOf('tong-ket-2023.md', r.text)).map((d) => d.code);
    assert.ok(!codes.includes('anniversary-mismatch'), codes.join(', '));
    assert.ok(!codes.includes('citation-incomplete'), codes.join(', '));
    assert.ok(!codes.includes('section-missing'), codes.join(', '));
  });

  test('tổng kết 10 năm of 25-NQ/TW dated 2021: the note says 8, and anniversary-mismatch fires on the title', async () => {
    const r = await create({ kind: 'tong-ket', directive: '25-NQ/TW', date: '2021-06-03', years: 10, ...HT });
    assert.ok(r);
    assert.equal(r.years, 10);
    assert.equal(r.notes.length, 2);
    assert.match(r.notes[1]!, /là 8 năm, không phải 10 năm/);
    const ann = (await diagnosticsOf('tong-ket-2021.md', r.text)).filter((d) => d.code === 'anniversary-mismatch');
    assert.ok(ann.length >= 1);
    const titleLine = r.text.split('\n').findIndex((l) => l.startsWith('**Tổng kết 10 năm'));
    assert.equal(ann[0]!.range.start.line, titleLine);
  });

  test('a bad request gets null, not a draft', async () => {
    assert.equal(await create({ kind: 'bao-cao-gi-do' }), null);
  });
});
