// Outside probe 480 (test/realdata/probe-2026-12-480/): ethnic affairs and religion, 2021–2025 (the national target
// programme 1719, the 2025 Bộ Dân tộc và Tôn giáo, decisions and news): 16 texts, 1 error and 1 warning, both real

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-480');
const { loud, runs } = probeSet(DIR);

test('probe 480: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
  assert.deepEqual(raised, ['003.txt:9:citation-date-mismatch', '008.txt:20:citation-format']);
});

test('probe 480: "Nghị định số 225/2025/NĐ-CP ngày 29 tháng 9 năm 2025" on ethnic groups is told it may be 255/2025/NĐ-CP', () => {
  const r = runs().get('003.txt')!;
  const f = r.a.findings.find((x) => x.code === 'citation-date-mismatch')!;
  assert.match(f.message.vi, /255\/2025\/NĐ-CP/);
});

test('probe 480: "Nghị quyết 24-NQ/TW … khóa 9 về công tác dân tộc" is the resolution of 12/3/2003, not that of 1990 on religion', () => {
  const r = runs().get('006.txt')!;
  const i = r.a.reading.citations.findIndex((c) => c.number === '24' && c.symbol === 'NQ/TW');
  assert.ok(i >= 0);
  assert.equal(r.a.resolutions[i]?.entry.record.date, '2003-03-12');
});
