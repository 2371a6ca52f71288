// The gazette-derived layer (corpus/gazette/, built by scripts/build-gazette-layer.ts): every
// record says what it rests on, no fact rests on one citation, the layer never repeats or
// contradicts the bundled corpus a person read, and it stays small.

import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import type { DirectiveRecord } from '../../server/src/core/index';
import { loadCorpus } from '../../server/src/host/corpus-loader';
import { BUNDLED } from '../helpers/corpus';

const DIR = path.join(BUNDLED, 'gazette');
const files = readdirSync(DIR).filter((f) => f.endsWith('.json')).map((f) => path.join(DIR, f));
const records = files.flatMap((f) => (JSON.parse(readFileSync(f, 'utf8')) as { records: DirectiveRecord[] }).records);

test('gazette layer: every record carries its evidence; a date rests on a header or on two documents', () => {
  assert.ok(records.length > 0);
  const bad = records.filter((r) => {
    const e = r.evidence;
    if (!e || !['reported', 'conflict'].includes(r.confidence ?? '')) return true;
    if (!e.header && e.agreeing < 2) return true;
    return !r.sources.every((s) => s.title?.startsWith('Công báo: '));
  });
  assert.deepEqual(bad.map((r) => r.id), []);
});

test('gazette layer: loads as its own layer, repeats no bundled record and contradicts none', async () => {
  const { index, problems } = await loadCorpus({ bundledDir: BUNDLED, userDirs: [] });
  assert.deepEqual(problems, []);
  const gazette = index.directives.filter((d) => d.origin.layer === 'gazette');
  assert.equal(gazette.length, records.length, 'every gazette record is an entry of its own');
  const joined = index.directives.filter((d) => d.conflicts.some((c) => c.origin.layer === 'gazette'));
  assert.deepEqual(joined.map((d) => d.record.id), []);
});

test('gazette layer: small enough to ship (< 512 KB)', () => {
  const bytes = files.reduce((n, f) => n + statSync(f).size, 0);
  assert.ok(bytes < 512 * 1024, `${bytes} bytes`);
});

// The header reader keeps four lines; a gazette title can run longer. wholeTitle continues the
// header's subject line by line and stops where the title ends (spot check of 2026-12-15).
test('gazette layer: a subject is the whole title, no more', async () => {
  const { wholeTitle } = await import('../../scripts/gazette-layer');
  const rows: { name: string; text: string; subject: string; want: string }[] = [
    {
      name: 'six lines, the reader kept four',
      text: 'THÔNG TƯ\nNgưng hiệu lực của Thông tư số 08/2022/TT-BKHĐT\nngày 31 tháng 5 năm 2022 của Bộ trưởng\nquy định chi tiết việc cung cấp\nthông tin trên Hệ thống mạng đấu thầu\nquốc gia và Thông tư số 10/2022/TT-BKHĐT\nngày 15 tháng 6 năm 2022\n \nCăn cứ Luật Đấu thầu;',
      subject: 'Ngưng hiệu lực của Thông tư số 08/2022/TT-BKHĐT ngày 31 tháng 5 năm 2022 của Bộ trưởng quy định chi tiết việc cung cấp thông tin trên Hệ thống mạng đấu thầu',
      want: 'Ngưng hiệu lực của Thông tư số 08/2022/TT-BKHĐT ngày 31 tháng 5 năm 2022 của Bộ trưởng quy định chi tiết việc cung cấp thông tin trên Hệ thống mạng đấu thầu quốc gia và Thông tư số 10/2022/TT-BKHĐT ngày 15 tháng 6 năm 2022',
    },
    { name: 'a number alone continues the title', text: 'THÔNG TƯ\nSửa đổi Thông tư số\n13/2020/TT-BTC\n\nCăn cứ', subject: 'Sửa đổi Thông tư số', want: 'Sửa đổi Thông tư số 13/2020/TT-BTC' },
    { name: 'complete: a blank line follows', text: 'NGHỊ ĐỊNH\nQuy định về xử phạt\n \nCăn cứ Luật', subject: 'Quy định về xử phạt', want: 'Quy định về xử phạt' },
    { name: 'stops at a căn cứ line', text: 'THÔNG TƯ\nHướng dẫn một số nội dung\nCăn cứ Luật Đấu thầu;', subject: 'Hướng dẫn một số nội dung', want: 'Hướng dẫn một số nội dung' },
    { name: 'stops at the signer in capitals', text: 'QUYẾT ĐỊNH\nVề việc công bố thủ tục\nBỘ TRƯỞNG BỘ TÀI CHÍNH\nCăn cứ', subject: 'Về việc công bố thủ tục', want: 'Về việc công bố thủ tục' },
    { name: 'stops at a rule of dashes', text: 'QUYẾT ĐỊNH\nBan hành Kế hoạch\ntrong giai đoạn mới\n––––––\nCăn cứ', subject: 'Ban hành Kế hoạch', want: 'Ban hành Kế hoạch trong giai đoạn mới' },
    { name: 'not found line for line: kept as read', text: 'THÔNG TƯ\nMột tiêu đề khác\ntiếp tục', subject: 'Tiêu đề đã đọc', want: 'Tiêu đề đã đọc' },
  ];
  for (const r of rows) assert.equal(wholeTitle(r.text, r.subject), r.want, r.name);
});
