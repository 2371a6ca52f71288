// Outside probe 153 (test/realdata/probe-2026-12-153/): 21 real texts of 2018–2025, People's Council resolutions with
// their bases and the submissions (Tờ trình) they follow. The first run raised no error and no warning.

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-153');
const { doc, loud } = probeSet(DIR);

test('probe 153: nothing loud is raised, as judged', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, []);
  assert.deepEqual(judged, []);
});

test('probe 153: readings the first run got wrong', () => {
  // A department the corpus knows ceased in 2025, its day not known: "không còn từ năm 2025", not "từ ngày 2025".
  const renamed = doc('016').a.findings.filter((f) => f.code === 'organisation-renamed');
  assert.ok(renamed.length > 0);
  assert.ok(renamed.every((f) => f.message.vi.includes('không còn từ năm 2025') && !f.message.vi.includes('từ ngày 2025')));
});
