// Outside probe 68 (test/realdata/probe-2026-12zzl/): 20 real texts of 2019–2024 of the Veterans', Farmers' and
// Elderly associations, run first on this session's build. The false error is gone; the warning is the judged true one.

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12zzl');
const { doc, loud } = probeSet(DIR);

test('probe 68: the false error of the first run is gone; the warning raised is the judged true one', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judged.filter((v) => v.verdict === 'true').map((v) => v.finding).sort());
  // "673/QĐ TTg" and "182-QĐ-TTg" told since ids with a separator swapped are read (fifteenth session).
  assert.deepEqual(raised, ['004.txt:6:citation-format', '005.txt:2:citation-format', '009.txt:6:citation-format']);
});

test('probe 68: a date opening the Prime Minister\'s clause without a comma is not the resolution\'s before it', () => {
  const r = doc('009');
  const c = r.a.reading.citations.filter((x) => r.line(x.span.start) === 6 && x.number === '46');
  assert.deepEqual(c.map((x) => x.date?.iso ?? null), ['2023-12-20', null]);
});
