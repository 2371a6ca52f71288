// Outside probe 457 (test/realdata/probe-2026-12-457/): công tác dân vận, the Fatherland Front and the mass organisations in
// 2024–2026 — People's Council resolutions of Hà Nội, union and Front plans, news and Q&A pieces: 16 texts, no loud finding

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-457');
const { loud, cite } = probeSet(DIR);

test('probe 457: the loud findings raised are the ones judged true (none)', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
  assert.deepEqual(raised, []);
});

test("probe 457: a union's name with small letters, and the Confederation's presidium, are read whole as issuers", () => {
  assert.equal(cite('002', 'Kế hoạch 1471/KH-CĐNH', 15).c.issuer?.written, 'Ban Thường vụ Công đoàn Ngân hàng Việt Nam');
  assert.equal(cite('002', 'Kế hoạch 22/KH-TLĐ', 15).c.issuer?.written, 'Đoàn Chủ tịch Tổng Liên đoàn Lao động Việt Nam');
});
