// Outside probe 125 (test/realdata/probe-2026-12-125/): 24 real texts of 2010–2025 on religion and belief work. The first
// run raised one warning, unsure ("chương trình hành động số 08-CT/HU" of a district of about 2003: the kind or the
// symbol is wrong, and no public page gave the programme's real symbol).

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-125');
const { doc, loud } = probeSet(DIR);

test('probe 125: the errors and warnings raised are the judged unsure one', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judged.filter((v) => v.verdict === 'true' || v.verdict === 'unsure').map((v) => v.finding).sort());
  assert.deepEqual(raised, ['023.txt:10:citation-type-mismatch']);
});

test('probe 125: "các quy định của Luật ở nhiều cấp độ" is no citation', () => {
  // The first run read a law named "ở".
  const r = doc('020');
  const onLine5 = r.a.reading.citations.filter((c) => r.line(c.span.start) === 5);
  assert.deepEqual(onLine5, []);
});
