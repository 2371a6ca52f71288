// Outside probe 48 (test/realdata/probe-2026-12zr/): 25 real texts of late 2025 and 2026 — communes and merged
// provinces, the first year of the 2025–2030 term, the newest resolutions. No error or warning, then and now; the
// one false hint is gone.

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12zr');
const { doc, resolved, loud } = probeSet(DIR);

test('probe 48: no error or warning', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, []);
  assert.deepEqual(judged, []);
});

test('probe 48: "các tỉnh uỷ, thành uỷ và đảng uỷ xã, phường, đặc khu" is a plural list, not a name to capitalise', () => {
  assert.deepEqual(doc('024').a.findings.filter((f) => f.code === 'title-capitalization'), []);
});

test('probe 48: the 2026 resolutions resolve', () => {
  assert.equal(resolved('006', 'Nghị quyết số 79-NQ/TW'), '79-NQ/TW 2026-01-06');
});
