import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sourceName } from '../../../server/src/core/corpus/sources';

test('sourceName: a short title and its site, the site once (sixth outside probe: "(vbpl.ts24.com.vn) (vbpl.ts24.com.vn)")', () => {
  const table: [Parameters<typeof sourceName>[0], string][] = [
    [{ title: 'Công báo: Quyết định số 982/QĐ-TTg', url: 'https://congbao.chinhphu.vn/van-ban/x.htm' }, 'Công báo: Quyết định số 982/QĐ-TTg (congbao.chinhphu.vn)'],
    [{ title: 'Văn bản Quy chế 09-QC/TW (vbpl.ts24.com.vn)', url: 'https://vbpl.ts24.com.vn/support/a' }, 'Văn bản Quy chế 09-QC/TW (vbpl.ts24.com.vn)'],
    [{ url: 'https://www.nhandan.vn/tag/x' }, 'nhandan.vn'],
    [{ title: 'seed article' }, 'seed article'],
  ];
  for (const [s, want] of table) assert.equal(sourceName(s), want);
});
