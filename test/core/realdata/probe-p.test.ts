// Outside probe 20 (test/realdata/probe-2026-12p/): 23 real Party-committee texts of 2018–2025 from
// northern and north-central provinces. No error or warning, as judged; what the first run read wrong is
// read right; what is still wrong is asserted as it is (FIXME).

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12p');
const { cite, loud } = probeSet(DIR);

test('probe 20: no error or warning, as judged', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judged.map((v) => v.finding).sort());
  assert.deepEqual(judged, []);
});

test('probe 20: the words of the sentence choose the 2003 resolution on ethnic affairs', () => {
  assert.equal(cite('013', 'Nghị quyết số 24-NQ/TW').res?.entry.record.date, '2003-03-12');
});

test('probe 20: "nghị quyết 39-NQ/TW" after "Nghị quyết 39 của Bộ Chính trị (khóa IX)" is that of khóa IX', () => {
  assert.equal(cite('012', 'nghị quyết 39-NQ/TW').res?.entry.record.date, '2004-08-16');
});
