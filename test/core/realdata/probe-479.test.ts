// Outside probe 479 (test/realdata/probe-2026-12-479/): the Mặt trận Tổ quốc and the mass organisations (Hội LHPN, Đoàn
// Thanh niên, Hội Nông dân, Công đoàn, Hội Cựu chiến binh), 2024–2025, news and reports: 15 texts, no loud finding, and
// every central document cited resolved

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-479');
const { loud, runs } = probeSet(DIR);

test('probe 479: no loud finding is raised, as none was judged', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
  assert.deepEqual(raised, []);
});

test('probe 479: "Nghị quyết số 57 của Bộ Chính trị", written without its symbol, is the resolution of 22/12/2024', () => {
  const ids = [...runs().values()].flatMap((r) =>
    r.a.reading.citations.flatMap((c, i) => (c.number === '57' && r.a.resolutions[i] ? [`${r.a.resolutions[i]!.entry.record.id} ${r.a.resolutions[i]!.entry.record.date}`] : [])),
  );
  assert.ok(ids.length > 0);
  assert.deepEqual([...new Set(ids)], ['57-NQ/TW 2024-12-22']);
});
