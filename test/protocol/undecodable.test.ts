// Issue 12, defect 2 in the editor: VS Code opens a TCVN3 or VNI file as UTF-8 and shows "�"
// where the legacy bytes were. The server does not check that text (its findings would be false
// or missing); one diagnostic at the top says so and how to fix it.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { encodeTcvn3, encodeVni, encodeWin1258 } from '../../server/src/host/encoding';
import { ROOT } from '../helpers/corpus';
import { PUSH_ONLY, startServer } from '../helpers/lsp';

const ORIGINAL = readFileSync(path.join(ROOT, 'examples', 'bao-cao-tong-ket-co-loi.md'), 'utf8');
/** What an editor shows for these bytes when it assumes UTF-8. */
const asUtf8 = (bytes: Uint8Array) => new TextDecoder('utf-8').decode(bytes);

const ROWS: { name: string; text: string; settings?: Record<string, unknown>; notice: boolean }[] = [
  { name: 'TCVN3 read as UTF-8', text: asUtf8(encodeTcvn3(ORIGINAL)), notice: true },
  { name: 'VNI read as UTF-8', text: asUtf8(encodeVni(ORIGINAL)), notice: true },
  { name: 'Windows-1258 read as UTF-8', text: asUtf8(encodeWin1258(ORIGINAL)), notice: true },
  // Negative rows: the UTF-8 original is checked; a lone "�" between spaces is a symbol, not garbling.
  { name: 'the UTF-8 original', text: ORIGINAL, notice: false },
  { name: 'a stray replacement character', text: 'Ký hiệu � lạ. Hội nghị ngày 31/4/2020.\n', notice: false },
  { name: 'TCVN3 read as UTF-8 with vanban.enable never', text: asUtf8(encodeTcvn3(ORIGINAL)), settings: { enable: 'never' }, notice: false },
];

for (const row of ROWS)
  test(`undecodable text: ${row.name}`, async () => {
    const c = await startServer({ capabilities: PUSH_ONLY, ...(row.settings ? { settings: row.settings } : {}) });
    try {
      const uri = await c.open('legacy.md', row.text);
      const p = await c.waitFor('a push', () => c.published.get(uri));
      const codes = p.diagnostics.map((d) => d.code);
      if (row.notice) {
        assert.deepEqual(codes, ['text-undecodable']);
        assert.match(String(p.diagnostics[0]!.message), /KHÔNG kiểm tra.*TCVN3, VNI.*NOT checking.*vanban convert/s);
      } else {
        assert.ok(!codes.includes('text-undecodable'), JSON.stringify(codes));
        if (!row.settings) assert.ok(codes.includes('date-invalid'), 'the text is checked');
        else assert.deepEqual(codes, []);
      }
    } finally {
      await c.stop();
    }
  });
