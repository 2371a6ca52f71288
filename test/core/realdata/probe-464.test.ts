// Outside probe 464 (test/realdata/probe-2026-12-464/): local defence and security in 2020–2026 — Hà Nội council
// resolutions, a Nghệ An plan, military-service plans quoted by legal Q&A pages, ministry circulars in the Government's
// news: 16 texts, 1 error, real

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-464');
const { loud, cite } = probeSet(DIR);

test('probe 464: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
});

test('probe 464: a joint circular "của Bộ Quốc phòng và Bộ Công an" resolves, with both ministries read', () => {
  const { c, res } = cite('005', 'Thông tư liên tịch số 50/2016/TTLT-BQP-BCA', 10);
  assert.equal(res?.entry.record.id, '50/2016/TTLT-BQP-BCA');
  assert.equal(c.issuer?.written, 'Bộ Quốc phòng');
  assert.deepEqual(c.issuers?.map((i) => i.written), ['Bộ Quốc phòng', 'Bộ Công an']);
});
