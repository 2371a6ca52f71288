// Outside probe 508 (test/realdata/probe-2026-12-508/): studying and following Hồ Chí Minh's thought, Party members' ethics (Party
// news archives, Wikipedia, legal Q&A pages): 13 texts, nothing loud on the first run

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-508');
const { loud, doc } = probeSet(DIR);

test('probe 508: nothing loud is raised', () => {
  const { raised, judged } = loud();
  assert.deepEqual(judged, []);
  assert.deepEqual(raised, []);
});

test('probe 508: UNESCO\'s "Nghị quyết số 18 C/4.351" is no citation of the Government\'s resolution 18', () => {
  const r = doc('006');
  assert.deepEqual(r.a.reading.citations.filter((c) => r.line(c.span.start) === 95).map((c) => r.text.slice(c.span.start, c.span.end)), []);
});
