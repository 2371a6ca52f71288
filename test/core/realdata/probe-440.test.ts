// Outside probe 440 (test/realdata/probe-2026-12-440/): 15 year-end and half-year reviews of 2025 by the new communes
// and wards, their People's Councils and Front committees, and provincial Front and women's union items (October 2025 –
// January 2026). Thin on citations: the first run raised no error or warning; three openings were dated today (an emoji
// before the time of day, no comma after a bare date), now read.

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-440');
const { loud, doc } = probeSet(DIR);

test('probe 440: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
});

test('probe 440: an opening after an emoji, or a bare day without its comma, dates the item', () => {
  const dated = ['001', '013', '014'].map((f) => doc(f).a.reportDate);
  assert.deepEqual(dated, ['2025-12-30', '2026-01-15', '2025-11-04']);
});
