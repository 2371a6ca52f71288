// Outside probe 458 (test/realdata/probe-2026-12-458/): public finance — budget, taxes, fees, public investment — in
// 2023–2026: ministry circulars, letters, provincial resolutions and decisions, policy news: 16 texts, 3 warnings, all real

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-458');
const { loud, cite, resolved } = probeSet(DIR);

test('probe 458: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  // The second finding on 55/2023/TT-BTC's day (citation-inconsistent) is no longer raised once corpus round 169 holds the
  // circular: citation-date-mismatch tells the slip once, with the record's day.
  assert.deepEqual(raised, judgedTrue(judged, ['001.txt:93:citation-inconsistent']));
});

test('probe 458: "Quyết định số 920/QĐ-TTg, hướng dẫn của Bộ …" has no subject, and the decision stays itself to the end', () => {
  assert.equal(cite('001', 'Quyết định số 920/QĐ-TTg', 36).c.subject, null);
  for (const line of [36, 48, 66, 85]) assert.equal(resolved('001', 'Quyết định số 920/QĐ-TTg', line), '920/QĐ-TTg 2025-05-14', String(line));
});
