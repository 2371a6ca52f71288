// Outside probe 519 (test/realdata/probe-2026-12-519/): ethnic minorities and religion — the 2025 decisions on mountain
// communes, the Ministry of Ethnic Minorities and Religion's circulars, the law on belief and religion: 16 texts, nothing
// loud on the first run

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-519');
const { loud, doc } = probeSet(DIR);

test('probe 519: nothing loud is raised', () => {
  const { raised, judged } = loud();
  assert.deepEqual(judged, []);
  assert.deepEqual(raised, []);
});

test('probe 519: what is left', () => {
  // FIXME: "Sắc lệnh số 58, ngày 03/5/1946" (009, line 7): the President's decrees of 1945–1959 are no kind the reader knows.
  const r = doc('009');
  assert.equal(r.a.reading.citations.some((c) => r.text.slice(c.span.start, c.span.end).startsWith('Sắc lệnh')), false);
});
